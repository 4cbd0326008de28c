package main

import (
	"context"
	"errors"
)

// runFeed is not written yet.
func runFeed(ctx context.Context, env *Env, args []string) error {
	return errors.New("feed: not implemented yet")
}
