package main

import (
	"context"
	"fmt"

	"github.com/mailflow/mailflow/diagnose"
)

func runDiagnose(ctx context.Context, env *environment, args []string) error {
	fs := newFlagSet(env, "diagnose", "[--text] < responses")
	text := fs.Bool("text", false, "read one plain SMTP response per line instead of JSON Lines")
	if err := fs.parseFlagsOnly(args); err != nil {
		return err
	}
	bad, err := diagnose.RunCLI(ctx, env.stdin, env.stdout, env.stderr, *text)
	if err != nil {
		return err
	}
	if bad > 0 {
		return &exitError{code: 3, err: fmt.Errorf("%d unparsable input lines skipped", bad)}
	}
	return nil
}
