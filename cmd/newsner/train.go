package main

import (
	"context"
	"errors"
)

// runTrain is not written yet.
func runTrain(ctx context.Context, env *Env, args []string) error {
	return errors.New("train: not implemented yet")
}
