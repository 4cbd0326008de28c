package web

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"time"
)

// maxLine caps one JSON line read by ReadLines, as Kafka caps a message.
const maxLine = 64 << 20

// errLongLine is readLine's error for a line over maxLine, read past.
var errLongLine = fmt.Errorf("a line longer than %d bytes", maxLine)

// ReadLines adds each line of r, a JSON record as newsner writes them
// (articles and dead letters, as `newsner run` or `newsner extract` print
// them), to s until r ends or ctx is done. Blank lines are skipped; a line
// that is not a record is counted by the store and logged, and reading goes
// on; at r's end a warning says how many lines were skipped, if any (the
// log counts a skipped line's repeats rather than write each: a file of
// no records is one warning and the count). A blocked read of r is not
// interrupted by ctx: the caller owns r and closes it to stop.
func ReadLines(ctx context.Context, r io.Reader, s *Store, log *slog.Logger) error {
	br := bufio.NewReaderSize(r, 1<<16)
	line, skipped := 0, 0
	skip := func(err error) {
		skipped++
		if log != nil {
			log.Warn("serve: skipped a line", "line", line, "error", err)
		}
	}
	for ctx.Err() == nil {
		b, err := readLine(br)
		if errors.Is(err, errLongLine) {
			// A record too long to hold (`newsner run` prints one as long
			// as its page's text JSON-escaped makes it) is passed over as
			// a line that is no record is, not the end of the stream.
			line++
			skip(err)
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			// The line the error cut (gzip data cut short) is no record
			// to skip with a warning of its own: the error is said.
			return fmt.Errorf("line %d: %w", line+1, err)
		}
		if len(b) > 0 {
			line++
			if aerr := s.Add(b, time.Now()); aerr != nil {
				skip(aerr)
			}
		}
		if errors.Is(err, io.EOF) {
			if skipped > 0 && log != nil {
				log.Warn("serve: lines skipped at the end of an input: not newsner records (JSON Lines as newsner run and extract print them)",
					"skipped", skipped, "lines", line)
			}
			return nil
		}
	}
	return nil
}

// readLine returns the next line without its end, trimmed of white space.
// A line longer than maxLine is read to its end, without holding it, and
// is errLongLine (or the read error that cut it).
func readLine(br *bufio.Reader) ([]byte, error) {
	var buf []byte
	long := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !long {
			buf = append(buf, chunk...)
			if len(buf) > maxLine {
				long, buf = true, nil
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if long && (err == nil || errors.Is(err, io.EOF)) {
			return nil, errLongLine // at the end of r, the next read says so
		}
		return bytes.TrimSpace(buf), err
	}
}
