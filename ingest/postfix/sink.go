package postfix

import (
	"bytes"
	"context"
	"fmt"
	"io"

	"github.com/mailflow/mailflow/schemas"
)

// WriteJSONLines returns a Sink that writes each event to w as one line of
// version-1 JSON (the wire form of schemas.MarshalDeliveryEvent), for
// `--dry-run` and for piping into `mailflow produce`. Each batch is written
// with a single Write, so concurrent readers of w see whole lines.
func WriteJSONLines(w io.Writer) Sink {
	var buf bytes.Buffer
	return func(ctx context.Context, events []schemas.DeliveryEvent) error {
		buf.Reset()
		for i := range events {
			b, err := schemas.MarshalDeliveryEvent(&events[i])
			if err != nil {
				return err
			}
			buf.Write(b)
			buf.WriteByte('\n')
		}
		if _, err := w.Write(buf.Bytes()); err != nil {
			return fmt.Errorf("write %d events: %w", len(events), err)
		}
		return nil
	}
}
