// Command newsner turns news article URLs into a stream of named entities.
//
// This package wires flags and environment variables to the packages that
// do the work (ingest and its sources, ingest/watch, extract, sink,
// sink/web, internal/kafka), and
// holds what belongs to the terminal: the batch progress display and
// summary of reprocess (progress.go). Each command's body parses and
// validates its options, opens its parts, runs and closes; see `newsner help`.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/internal/cmdline"
)

func main() {
	// The first SIGINT or SIGTERM ends ctx: a command stops, finishing
	// the work in flight; a second ends abort too: the work in flight is
	// cut short, left undone (ingest.Pipeline's Abort).
	signals := make(chan os.Signal, 2)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	ctx, stop := context.WithCancel(context.Background())
	abort, stopNow := context.WithCancel(context.Background())
	go func() {
		<-signals
		stop()
		<-signals
		stopNow()
	}()
	env := &Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv, Abort: abort}
	os.Exit(Main(ctx, env, os.Args[1:]))
}

// Env is what a command sees of its process, so tests can run commands
// in-process with their own streams and environment.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
	// Abort, if set, ends at a second signal: the work a stop lets
	// finish (run's and reprocess's in flight) is cut short.
	Abort context.Context
}

// command is one `newsner <name>` subcommand.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *Env, args []string) error
	// service marks a command that runs until stopped (run, watch,
	// serve): SIGINT or SIGTERM asks it to stop, which is no failure
	// whether it comes while the command starts or while it runs
	// (stoppedOnSignal). A batch command (extract, reprocess) stopped
	// so has not done its work and exits 1.
	service bool
}

func commands() []command {
	return []command{
		{"extract", "extract articles and entities from URLs, files or stdin to stdout", runExtract, false},
		{"run", "the service: consume URLs (Kafka or stdin), write records (Kafka or stdout)", runRun, true},
		{"feed", "put URLs on the URL topic", runFeed, false},
		{"watch", "watch sites' feeds and sitemaps; new article URLs to the URL topic (or stdout)", runWatch, true},
		{"consume", "read article records from the articles topic", runConsume, false},
		{"serve", "serve a live page of the articles, their entities and what is trending", runServe, true},
		{"reprocess", "re-extract archived pages (raw topic, WARC files, directories)", runReprocess, false},
		{"eval", "score the extractor (eval extract) or the entity model (eval ner)", runEval, false},
		{"train", "train the entity model (train ner)", runTrain, false},
		{"version", "print the version and the record versions it writes (also --version, -v)", runVersion, false},
	}
}

// errSilent marks an error already reported to the user (a failed input in
// extract, say): Main exits non-zero without printing it again.
var errSilent = errors.New("failed")

// Main runs the command named by args[0] and returns the exit status.
func Main(ctx context.Context, env *Env, args []string) int {
	if len(args) == 0 {
		usage(env.Stderr)
		return 2
	}
	if args[0] == "help" && len(args) > 1 {
		// "newsner help extract" is "newsner extract --help", as with the
		// Go tools.
		return Main(ctx, env, append(slices.Clip(args[1:]), "--help"))
	}
	if args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		// Help asked for goes to stdout (`newsner help | less`); usage
		// after a mistake goes to stderr.
		usage(env.Stdout)
		return 0
	}
	if args[0] == "--version" || args[0] == "-v" || args[0] == "-version" {
		args = append([]string{"version"}, args[1:]...)
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, env, args[1:])
		if c.service && stoppedOnSignal(ctx, err) {
			fmt.Fprintf(env.Stderr, "newsner %s: stopped on a signal while starting\n", c.name)
			return 0
		}
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errUsage):
			return 2
		case errors.Is(err, errSilent):
			return 1
		default:
			// A subcommand's error names it already ("eval extract: ...");
			// the command's name is then not said twice.
			if msg := err.Error(); strings.HasPrefix(msg, c.name+" ") {
				fmt.Fprintf(env.Stderr, "newsner %s\n", msg)
			} else {
				fmt.Fprintf(env.Stderr, "newsner %s: %s\n", c.name, msg)
			}
			if cmdline.IsMistake(err) {
				return 2
			}
			return 1
		}
	}
	if strings.HasPrefix(args[0], "-") {
		// "newsner --workers 2 extract x" said the flag was an unknown
		// command.
		fmt.Fprintf(env.Stderr, "newsner: %s before the command: the command comes first, then its flags\n\n", args[0])
		usage(env.Stderr)
		return 2
	}
	names := make([]string, 0, len(commands())+1)
	for _, c := range commands() {
		names = append(names, c.name)
	}
	fmt.Fprintf(env.Stderr, "newsner: unknown command %q%s\n\n", args[0], didYouMean(args[0], append(names, "help"), ""))
	usage(env.Stderr)
	return 2
}

// didYouMean is the hint after a name nothing has (a command, a
// subcommand, a flag) that a name of names is likely a typo of:
// " (did you mean PREFIX+name?)", or "" where none is, or several are
// equally close. A typo is the name in other letter case, or two edits
// from it at most (a letter added, dropped, changed, or two neighbours
// swapped: "extrct", "serv", "wrokers"), fewer than half its letters.
// "newsner extrct" said only that the command was unknown.
func didYouMean(typed string, names []string, prefix string) string {
	best, bestD, tie := "", 3, false
	for _, n := range names {
		d := typoDistance(strings.ToLower(typed), strings.ToLower(n))
		switch {
		case d < bestD:
			best, bestD, tie = n, d, false
		case d == bestD:
			tie = true
		}
	}
	if best == "" || tie || 2*bestD >= len([]rune(best)) {
		return ""
	}
	return " (did you mean " + prefix + best + "?)"
}

// typoDistance is the optimal string alignment distance of a and b: the
// fewest letters added, dropped or changed, and neighbours swapped, that
// make one the other.
func typoDistance(a, b string) int {
	x, y := []rune(a), []rune(b)
	d := make([][]int, len(x)+1)
	for i := range d {
		d[i] = make([]int, len(y)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(x); i++ {
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(x)][len(y)]
}

// sayFailed writes the line a batch ends with where some of its n items
// failed, each with its own dead letter or log line ("newsner extract: 2 of
// 5 inputs failed"), and reports whether every one did: one place for
// extract's inputs, watch --once's sources and reprocess's pages, which
// differ only in what fails the command (any input; every source, every
// page).
func sayFailed[N ~int | ~int64](w io.Writer, cmd string, failed, n N, noun string) (all bool) {
	if failed == 0 {
		return false
	}
	fmt.Fprintf(w, "newsner %s: %d of %s failed\n", cmd, failed, newsner.Count(n, noun))
	return failed >= n
}

// stoppedOnSignal reports whether err, a service's, is the end of ctx: a
// SIGINT or SIGTERM that came while the service started (waiting for its
// brokers, reading its sources or its seen URLs). A service stopped while
// running returns nil; stopped while starting it exits 0 too, so the exit
// status says whether something failed, not when the signal came.
func stoppedOnSignal(ctx context.Context, err error) bool {
	return err != nil && ctx.Err() != nil && errors.Is(err, ctx.Err())
}

// subcommandUsage answers command name, a command of subcommands (eval,
// train), given none it has: its usage on stdout where args ask for help,
// else on stderr with errUsage, after a line that says what was wrong (no
// subcommand, an unknown one, a flag before it); subs are its subcommands'
// names.
func subcommandUsage(env *Env, name string, subs, args []string, text string) error {
	if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
		fmt.Fprintln(env.Stdout, text)
		return nil
	}
	switch {
	case len(args) == 0:
		fmt.Fprintf(env.Stderr, "newsner %s: no subcommand given\n", name)
	case strings.HasPrefix(args[0], "-"):
		fmt.Fprintf(env.Stderr, "newsner %s: %s before the subcommand: the subcommand comes first, then its flags\n", name, args[0])
	default:
		fmt.Fprintf(env.Stderr, "newsner %s: unknown subcommand %q%s\n", name, args[0], didYouMean(args[0], subs, ""))
	}
	fmt.Fprintln(env.Stderr, text)
	return errUsage
}

// usageErrorf returns a mistake in the command line (cmdline.Errorf): a
// flag value, or a mix of flags and arguments, that a command refuses
// after parsing (--input-format pdf, --group with PATHs). Main prints it as
// any error and exits 2, as for a flag the flag package refused, where a
// command that failed exits 1; internal/kafka's connection flags refuse
// their values with the same class.
func usageErrorf(format string, a ...any) error {
	return cmdline.Errorf(format, a...)
}

// noArgs refuses arguments to a command that takes flags only (they were
// passed over, or printed the usage alone); hint, if any, says where the
// command's input comes from instead.
func noArgs(fs *flagSet, hint string) error {
	if fs.NArg() == 0 {
		return nil
	}
	if hint == "" {
		hint = fs.Name() + " takes flags only"
	}
	return usageErrorf("unexpected argument %q: %s", fs.Arg(0), hint)
}

// errUsage marks a usage error already printed by the flag set.
var errUsage = errors.New("usage")

func usage(w io.Writer) {
	fmt.Fprintln(w, "newsner turns news article URLs into a stream of named entities.")
	fmt.Fprintln(w, "\nUsage: newsner <command> [flags] [args]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun `newsner <command> --help` (or `newsner help <command>`) for a command's flags.")
	fmt.Fprintln(w, exitStatuses)
}

// exitStatuses is what the top-level help says of the exit status, as the
// README does (TestHelpExitStatusesAsREADME).
const exitStatuses = `
Exit status: 0 when all went well, 1 when something failed (an input of
extract, every source of watch --once, every page reprocess read, the
brokers run waited for, a stdin of run that is a page or no text, a file
argument that is not there), and 2 for a mistake in the command line. SIGINT or
SIGTERM stops run, watch, serve and consume with status 0, extract and
reprocess with 1 (their inputs are not all done).`

// flagSet is a command's flag set with what every command takes: the
// logging flags (--log-format, --log-level) and the metrics listener
// (--metrics-addr). Every flag also reads an environment variable,
// NEWSNER_ and its name in upper case with '_' for '-', listed in --help.
type flagSet struct {
	*flag.FlagSet
	env *Env
	ops opsOpts
	// log is the logger the flags ask for, set by parse.
	log *slog.Logger
	// bounded names the flags whose value may not be negative, and
	// whether 0 is refused too (needPositive, needNonNegative).
	bounded []boundedFlag
}

// given reports whether the flag name was given on the command line (not
// by its variable, which may be set for every run).
func (fs *flagSet) given(name string) bool {
	found := false
	fs.Visit(func(f *flag.Flag) { found = found || f.Name == name })
	return found
}

// kafkaFlagUnused refuses a Kafka connection flag (--kafka-sasl and the
// others kafka.Flags names --kafka-...) given on the command line to a
// command that uses no Kafka this time; why says what it does instead. It
// was passed over: run --kafka-sasl bogus without --brokers exited 0. A
// flag set by its variable is let be (it may be set for every command).
func (fs *flagSet) kafkaFlagUnused(why string) error {
	name := ""
	fs.Visit(func(f *flag.Flag) {
		if name == "" && strings.HasPrefix(f.Name, "kafka-") {
			name = f.Name
		}
	})
	if name == "" {
		return nil
	}
	return usageErrorf("--%s is for Kafka: %s", name, why)
}

// boundedFlag is a flag needPositive or needNonNegative marked.
type boundedFlag struct {
	name   string
	zeroOK bool
	most   int64 // 0: no upper bound
}

// maxWorkers is the most --workers run and reprocess take: each worker is
// a goroutine started at once, and --workers 1000000000 started them
// until the machine ran out of memory, where 10,000 URLs in flight are
// more than any host's limits let through.
const maxWorkers = 10000

// needAtMost bounds a flag needNonNegative or needPositive marked from
// above: parse refuses a value over most.
func (fs *flagSet) needAtMost(name string, most int64) {
	for i := range fs.bounded {
		if fs.bounded[i].name == name {
			fs.bounded[i].most = most
			return
		}
	}
	panic("needAtMost --" + name + ": not bounded below")
}

// needPositive marks flags (ints or durations) whose value must be above
// 0: parse refuses 0 or less as a mistake in the command line, where the
// packages below took it silently as their default (--max-attempts 0 made
// 3 tries, --connect-timeout -5s waited 10s).
func (fs *flagSet) needPositive(names ...string) {
	for _, n := range names {
		fs.bounded = append(fs.bounded, boundedFlag{name: n})
	}
}

// needNonNegative marks flags (ints or durations) whose 0 means something
// ("no limit", "none") and whose negative values nothing: parse refuses
// them (consume --max -1 read on).
func (fs *flagSet) needNonNegative(names ...string) {
	for _, n := range names {
		fs.bounded = append(fs.bounded, boundedFlag{name: n, zeroOK: true})
	}
}

// checkBounds refuses a flag needPositive or needNonNegative marked whose
// value is out of its bounds.
func (fs *flagSet) checkBounds() error {
	for _, b := range fs.bounded {
		v := fs.Lookup(b.name).Value.(flag.Getter).Get()
		var n int64
		_, isTime := v.(time.Duration)
		switch x := v.(type) {
		case int:
			n = int64(x)
		case int64:
			n = x
		case time.Duration:
			n = int64(x)
		default:
			panic(fmt.Sprintf("bounded flag --%s: a %T", b.name, v))
		}
		if n < 0 || n == 0 && !b.zeroOK {
			return usageErrorf("--%s %v: want %s", b.name, v, boundWanted(isTime, b.zeroOK))
		}
		if b.most > 0 && n > b.most {
			return usageErrorf("--%s %v: want at most %d", b.name, v, b.most)
		}
	}
	return nil
}

// boundWanted says what a bounded flag takes.
func boundWanted(isTime, zeroOK bool) string {
	switch {
	case isTime && zeroOK:
		return "0 or a time above it"
	case isTime:
		return "a time above 0"
	case zeroOK:
		return "0 or more"
	}
	return "1 or more"
}

// newFlagSet returns a flag set that writes its usage to env.Stderr (to
// env.Stdout where --help asks for it: parse), with a usage text of the
// command's synopsis and description.
func newFlagSet(env *Env, name, synopsis, description string) *flagSet {
	fs := &flagSet{FlagSet: flag.NewFlagSet(name, flag.ContinueOnError), env: env}
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: newsner %s %s\n\n%s\n\nFlags:\n", name, synopsis, description)
		fs.PrintDefaults()
	}
	fs.ops.register(fs.FlagSet)
	return fs
}

// parse reads the flags' environment variables, then args, mapping flag
// errors to usage errors of one line (flagMistake), and makes the logger.
func parse(fs *flagSet, args []string) error {
	if err := bindEnv(fs.FlagSet, fs.env.Getenv); err != nil {
		fmt.Fprintf(fs.env.Stderr, "newsner %s: %v\n", fs.Name(), err)
		return errUsage
	}
	// What the flag package prints while parsing (a bad flag and the
	// usage, or the usage --help asks for) is held until it is known
	// which: help asked for goes to stdout, a mistake to stderr.
	var printed bytes.Buffer
	fs.SetOutput(&printed)
	err := parseInterspersed(fs.FlagSet, args)
	fs.SetOutput(fs.env.Stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.env.Stdout.Write(printed.Bytes())
			return err
		}
		return flagMistake(fs.FlagSet, err)
	}
	if err := fs.checkBounds(); err != nil {
		return err
	}
	if err := fs.ops.check(); err != nil {
		return err
	}
	log, err := fs.ops.logger(fs.env)
	if err != nil {
		return err
	}
	fs.log = log
	return nil
}

// parseInterspersed parses args as the Go and Unix tools do: flags may
// come before, between and after the arguments ("feed URL --brokers B"),
// "--" ends the flags, and "-" is an argument (stdin). The arguments are
// left in fs.Args(), in order.
func parseInterspersed(fs *flag.FlagSet, args []string) error {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return err
		}
		left := fs.Args()
		if len(left) == 0 {
			break
		}
		if used := len(args) - len(left); used > 0 && args[used-1] == "--" {
			rest = append(rest, left...)
			break
		}
		rest = append(rest, left[0])
		args = left[1:]
	}
	// Parse again with only the arguments, so fs.Args() is them; no flag
	// is left to set.
	return fs.Parse(append([]string{"--"}, rest...))
}

// envName is the environment variable of a flag.
func envName(flagName string) string {
	return "NEWSNER_" + strings.ToUpper(strings.ReplaceAll(flagName, "-", "_"))
}

// wantOf says what a flag of the flag package's own kinds takes ("a
// whole number"), for a value it refused, in the flag's variable or on the
// command line: its "parse error" said nothing of what would do
// (NEWSNER_WORKERS="abc": parse error). Flags of newsner's own kinds say so
// in their error; they get "".
func wantOf(f *flag.Flag) string {
	kind, _ := flag.UnquoteUsage(f)
	switch kind {
	case "":
		return "true or false"
	case "int", "uint":
		return "a whole number"
	case "duration":
		return "a duration such as 30s, 5m or 1h"
	case "float":
		return "a number"
	}
	return ""
}

// flagMistake rewrites an error of the flag package as the one line that
// every other mistake in the command line is (Main prefixes the command):
// the flag as it is typed (--F), the value refused and what the flag
// takes ('--workers "abc": want a whole number'), or where the flags are
// listed ("unknown flag --bogus (newsner extract --help lists the
// flags)"). The flag package said "flag provided but not defined: -bogus"
// or 'invalid value "abc" for flag -workers: parse error', without the
// command, with one dash, and then the whole usage, which left the
// mistake some 60 lines up the screen.
func flagMistake(fs *flag.FlagSet, err error) error {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
		var names []string
		fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
		if hint := didYouMean(name, names, "--"); hint != "" {
			return usageErrorf("unknown flag --%s%s", name, hint)
		}
		return usageErrorf("unknown flag --%s (newsner %s --help lists the flags)", name, fs.Name())
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: -"); ok {
		return usageErrorf("--%s needs a value", name)
	}
	var mistake error
	fs.VisitAll(func(f *flag.Flag) {
		// "invalid value V for flag -F: CAUSE", "invalid boolean value V for -F: CAUSE"
		for _, infix := range []string{" for flag -" + f.Name + ": ", " for -" + f.Name + ": "} {
			before, cause, ok := strings.Cut(msg, infix)
			if !ok || mistake != nil {
				continue
			}
			value := before[strings.Index(before, "value ")+len("value "):] // the first: the value may hold "value "
			if want := wantOf(f); want != "" && cause == "parse error" {
				cause = "want " + want
			}
			mistake = usageErrorf("--%s %s: %s", f.Name, value, cause)
		}
	})
	if mistake == nil {
		mistake = usageErrorf("%v (newsner %s --help lists the flags)", err, fs.Name())
	}
	return mistake
}

// bindEnv sets each flag of fs whose environment variable is set to its
// value (booleans as strconv.ParseBool reads them), and names the variable
// in the flag's usage. Flags given as arguments override them.
func bindEnv(fs *flag.FlagSet, getenv func(string) string) error {
	var errs []error
	fs.VisitAll(func(f *flag.Flag) {
		key := envName(f.Name)
		if !strings.Contains(f.Usage, "(env "+key+")") {
			f.Usage += " (env " + key + ")"
		}
		if v := getenv(key); v != "" {
			if err := f.Value.Set(v); err != nil {
				if want := wantOf(f); want != "" {
					err = fmt.Errorf("%w (--%s wants %s)", err, f.Name, want)
				}
				errs = append(errs, fmt.Errorf("%s=%q: %w", key, v, err))
			}
		}
	})
	return errors.Join(errs...)
}
