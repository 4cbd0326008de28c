package main

import (
	"context"
	"errors"
)

// runEval is not written yet.
func runEval(ctx context.Context, env *Env, args []string) error {
	return errors.New("eval: not implemented yet")
}
