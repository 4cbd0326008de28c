package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/internal/kafka"
	kgo "github.com/segmentio/kafka-go"
)

func runConsume(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "consume", "[flags]",
		`Reads the articles topic and prints each record: as the JSON line it is
(--format json) or as a short line per article with its entities (--format short).
Reads every partition from the start (--from earliest) or only new records
(--from latest); with --group, as a member of that consumer group, committing
what was printed, so a second run goes on where the first stopped. Works on the
dead-letter topic too (--topic newsner.dlq). Stops on SIGINT, after --max records,
or with --until-end once it has read what the topic held when it started.`)
	var kf kafka.Flags
	kf.RegisterFlags(fs.FlagSet, kafka.DefaultBroker)
	topic := fs.String("topic", kafka.ArticlesTopic, "topic to read: the articles or the dead-letter topic (NEWSNER_TOPIC too is read here, though run, feed, watch and serve read it as the URL topic)")
	format := fs.String("format", "json", "output: json (the record as is) or short (one human-readable line)")
	from := fs.String("from", "earliest", "where to start without a committed group offset: earliest or latest")
	group := fs.String("group", "", "consumer group to read in (commits what was printed); empty: no group")
	max := fs.Int("max", 0, "stop after this many records (0: no limit)")
	untilEnd := fs.Bool("until-end", false, "stop at the end of the topic as it was at start (not with --group)")
	fs.needNonNegative("max")
	stopOps, err := parseFlagsAndServe(fs, args, "consume reads the topic --topic names")
	if err != nil {
		return err
	}
	defer stopOps()
	if *format != "json" && *format != "short" {
		return usageErrorf("--format %q: want json or short", *format)
	}
	if *from != "earliest" && *from != "latest" {
		return usageErrorf("--from %q: want earliest or latest", *from)
	}
	if *untilEnd && *group != "" {
		return usageErrorf("--until-end cannot be used with --group")
	}
	conn, err := kf.Config(env.Getenv)
	if err != nil {
		return err
	}
	n := 0
	noted := false
	err = kafka.Read(ctx, kafka.ReadConfig{
		Conn:     conn,
		Topic:    *topic,
		GroupID:  *group,
		Latest:   *from == "latest",
		UntilEnd: *untilEnd,
	}, func(m kgo.Message) error {
		if !noted {
			noted = noteNotRecord(env.Stderr, *topic, m)
		}
		if err := printRecord(env.Stdout, *format, m); err != nil {
			return err
		}
		n++
		if *max > 0 && n >= *max {
			return kafka.ErrStop
		}
		return nil
	})
	if errors.Is(err, kafka.ErrNoTopic) {
		return fmt.Errorf("%w (run and feed create the URL, articles and dead-letter topics; --topic, or NEWSNER_TOPIC, names the one to read)", err)
	}
	return err
}

// noteNotRecord says on w, and reports, whether m is neither an article
// record nor a dead letter: consume then most likely reads the URL topic,
// named by --topic or by NEWSNER_TOPIC, which is the URL topic's variable
// for run, feed, watch and serve but the topic read for consume. It is
// said once a run, for the first such message; the messages are printed
// all the same (consume reads any topic).
func noteNotRecord(w io.Writer, topic string, m kgo.Message) bool {
	switch schema, _ := newsner.RecordSchema(m.Value); schema {
	case newsner.ArticleSchema, newsner.DeadLetterSchema:
		return false
	}
	fmt.Fprintf(w, "newsner consume: %s holds messages that are no article record or dead letter (partition %d, offset %d: %s); "+
		"consume reads the articles topic (%s) or the dead-letter topic (%s): is %s the URL topic? "+
		"NEWSNER_TOPIC names the URL topic for run, feed, watch and serve, but the topic read for consume\n",
		topic, m.Partition, m.Offset, oneLine(string(m.Value), 80), kafka.ArticlesTopic, kafka.DLQTopic, topic)
	return true
}

// printRecord prints one message in the chosen format.
func printRecord(w io.Writer, format string, m kgo.Message) error {
	if format == "json" {
		_, err := fmt.Fprintf(w, "%s\n", m.Value)
		return err
	}
	_, err := fmt.Fprintln(w, shortLine(m.Value))
	return err
}

// shortLine summarises an article record (or a dead letter) on one line:
// time, title, URL and the entities by type with their counts.
func shortLine(value []byte) string {
	schema, _ := newsner.RecordSchema(value)
	switch schema {
	case newsner.DeadLetterSchema:
		var d newsner.DeadLetter
		if err := json.Unmarshal(value, &d); err != nil {
			return "unreadable dead letter: " + err.Error()
		}
		return fmt.Sprintf("%s  DEAD  %s  %s: %s", d.Time.UTC().Format("2006-01-02T15:04:05Z"), printable(d.URL), printable(d.Class), oneLine(d.Error, 160))
	case newsner.ArticleSchema:
	default:
		return fmt.Sprintf("unknown record (schema %q): %s", schema, oneLine(string(value), 160))
	}
	var a newsner.Article
	if err := json.Unmarshal(value, &a); err != nil {
		return "unreadable article: " + err.Error()
	}
	when := a.FetchedAt
	if a.PublishedAt != nil {
		when = *a.PublishedAt
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s  %s  %s", when.UTC().Format("2006-01-02T15:04:05Z"), oneLine(a.Title, 100), printable(a.URL))
	for _, typ := range []newsner.EntityType{newsner.Person, newsner.Organization, newsner.Location} {
		var names []string
		for _, e := range a.Entities {
			if e.Type == typ {
				names = append(names, fmt.Sprintf("%s (%d)", oneLine(e.Text, 100), e.Count))
			}
		}
		if len(names) > 0 {
			fmt.Fprintf(&b, "  %s: %s", typ, strings.Join(names, ", "))
		}
	}
	return b.String()
}

// oneLine flattens s to a single line of at most n runes, printable.
func oneLine(s string, n int) string {
	s = printable(strings.Join(strings.Fields(s), " "))
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// printable replaces the control characters of s (C0, DEL and C1: a
// terminal's escape sequences start with them) by U+FFFD, so that a
// record's text shown on a terminal cannot drive it: a URL is dead-lettered
// as fed, and a page's title or names are the page's.
func printable(s string) string {
	if !strings.ContainsFunc(s, unicode.IsControl) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return utf8.RuneError
		}
		return r
	}, s)
}
