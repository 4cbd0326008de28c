package main

import (
	"context"
	"errors"
)

// runConsume is not written yet.
func runConsume(ctx context.Context, env *Env, args []string) error {
	return errors.New("consume: not implemented yet")
}
