package main

import (
	"context"
	"errors"
)

// runReprocess is not written yet.
func runReprocess(ctx context.Context, env *Env, args []string) error {
	return errors.New("reprocess: not implemented yet")
}
