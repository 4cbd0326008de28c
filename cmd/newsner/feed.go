package main

import (
	"context"
	"errors"
	"fmt"
	iofs "io/fs"
	"slices"
	"strings"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/ingest"
	"github.com/newsner/newsner/internal/kafka"
	"github.com/newsner/newsner/sink"
	kgo "github.com/segmentio/kafka-go"
)

func runFeed(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "feed", "[flags] [URL|FILE|-]...",
		`Puts URLs on the URL topic, for newsner run to process. Each argument is a URL
(it contains "://"), a file of URLs one a line, or - for stdin; with no argument
the URLs are read from stdin. Blank lines and lines starting with # are skipped.
Each URL is trimmed of white space, as on every input path; run validates it
(once, for every path), so a URL that is not a usable http(s) URL ends as a
dead letter, not lost. Each URL is one message, keyed by the URL. The topic
is created if missing. Returns once every URL is acknowledged by the brokers;
an input of no URL is warned of, and the brokers are not asked.`)
	var kf kafka.Flags
	kf.RegisterFlags(fs.FlagSet, kafka.DefaultBroker)
	topic := fs.String("topic", kafka.URLsTopic, "topic of URLs")
	partitions := fs.Int("partitions", kafka.DefaultPartitions, "partitions of the URL topic when it is created (the most run processes that can share it)")
	quiet := fs.Bool("quiet", false, "do not print the count on stderr")
	fs.needPositive("partitions")
	stopOps, err := parseAndServe(fs, args)
	if err != nil {
		return err
	}
	defer stopOps()
	conn, err := kf.Config(env.Getenv)
	if err != nil {
		return err
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	if slices.Contains(inputs, "-") {
		if err := readsSTDIN(env, "feed", "URLs from stdin, one a line", "newsner feed < urls.txt"); err != nil {
			return err
		}
	}
	// A file that is not there, or no list (a directory, an image), is
	// said before the brokers are asked; so is a URL typed without its
	// scheme, which is taken for a file.
	for _, in := range inputs {
		if !isURLArg(in) && in != "-" {
			f, _, err := openList(in)
			if errors.Is(err, iofs.ErrNotExist) {
				return fmt.Errorf("%s: no such file (%s)", in, ingest.NotAURL)
			} else if err != nil {
				return err
			}
			f.Close()
		}
	}
	// The brokers are asked once there is a URL to send: an empty input
	// (a list of comments, an empty pipe) is warned of and done, as
	// reprocess's empty directory is.
	var k *sink.Kafka
	defer func() {
		if k != nil {
			k.Close()
		}
	}()
	open := func(ctx context.Context) (*sink.Kafka, error) {
		if k == nil {
			var err error
			if k, err = sink.OpenKafka(ctx, sink.KafkaConfig{Conn: conn, Logger: fs.log}, kafka.TopicSpecs(kafka.Topics{URLs: *topic}, *partitions, 0)...); err != nil {
				return nil, err
			}
		}
		return k, nil
	}
	n, err := feedURLs(ctx, env, open, *topic, inputs)
	if err != nil {
		return err
	}
	if n == 0 {
		fs.log.Warn("no URL in the input: nothing put on the topic, the brokers not asked", "inputs", inputs, "topic", *topic)
		return nil
	}
	if !*quiet {
		fmt.Fprintf(env.Stderr, "newsner feed: %s on %s\n", newsner.Count(n, "URL"), *topic)
	}
	return nil
}

// isURLArg reports whether a feed argument is a URL rather than a file.
func isURLArg(in string) bool { return strings.Contains(in, "://") }

// feedURLs writes the URLs the inputs name to topic, trimmed
// (newsner.TrimURL), in batches, and returns how many it wrote. The
// writer is opened with the first batch: none, for inputs of no URL.
func feedURLs(ctx context.Context, env *Env, open func(context.Context) (*sink.Kafka, error), topic string, inputs []string) (n int, err error) {
	batch := make([]kgo.Message, 0, 500)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		k, err := open(ctx)
		if err != nil {
			return err
		}
		if err := k.WriteMessages(ctx, batch...); err != nil {
			return fmt.Errorf("write to %s: %w", topic, err)
		}
		n += len(batch)
		batch = batch[:0]
		return nil
	}
	add := func(u string) error {
		u = newsner.TrimURL(u)
		batch = append(batch, kgo.Message{Topic: topic, Key: []byte(u), Value: []byte(u), Time: time.Now()})
		if len(batch) == cap(batch) {
			return flush()
		}
		return nil
	}
	for _, in := range inputs {
		var err error
		switch {
		case isURLArg(in):
			err = add(in)
		case in == "-":
			err = eachStdinLine(ctx, env.Stdin, add)
		default:
			err = eachFileLine(ctx, in, add)
		}
		if err != nil {
			return n, err
		}
	}
	return n, flush()
}
