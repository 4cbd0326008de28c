package archive

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/newsner/newsner"
	"github.com/newsner/newsner/ingest"
	"github.com/newsner/newsner/internal/offsets"
)

// Config configures an Archive. The zero value reads without a
// checkpoint and only counts the inputs it skips.
type Config struct {
	// BatchOptions are those of every batch source: for an archive,
	// progress is saved to Checkpoint every SaveEvery; Skip is told about
	// each input that is skipped (a damaged WARC record, a non-HTML record,
	// an unreadable file); Logger receives warnings (a checkpoint that
	// could not be saved, a WARC file that changed since its checkpoint);
	// Flags names the command's flag of Checkpoint, for the line that says
	// an input is done.
	ingest.BatchOptions
	// Checkpoint, where set, is where progress is kept and resumed from.
	// Default: none (every run starts from the beginning).
	Checkpoint *Checkpoint
	// MaxBodyBytes caps a page's decompressed body; a larger page is
	// skipped as too_large. Default: newsner.DefaultMaxBodyBytes (16 MiB),
	// the one size cap of every command.
	MaxBodyBytes int64
}

func (c Config) withDefaults() Config {
	c.BatchOptions = c.BatchOptions.WithDefaults()
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = newsner.DefaultMaxBodyBytes
	}
	return c
}

// Archive is a Source of pages saved on disk: directory trees of .html and
// .html.gz files (read in sorted order of their paths), single such files,
// and WARC files (.warc, .warc.gz; see warc.go), named or found in a
// directory tree (read after its pages). The inputs are read in the
// order given, one page at a time on a producer goroutine ahead of the
// workers; every job carries its page. Inputs that cannot be made into a
// page are reported to Config.Skip and passed over. With a
// Checkpoint, each input's contiguous progress is saved, and a new Archive
// over the same inputs resumes after the last page done without a gap.
type Archive struct {
	cfg    Config
	inputs []*archiveInput
	batch  *ingest.Batch

	mu sync.Mutex // guards the inputs' trackers

	// total and done are the bytes to read in this run and read so far.
	total     int64
	doneBytes atomic.Int64
}

// inputKind is what an archive input is.
type inputKind int

const (
	kindFiles   inputKind = iota // a directory tree, or a single page file
	kindWARC                     // a WARC file
	kindInvalid                  // nothing that can be read: skipped
)

// archiveInput is one path given to the Archive.
type archiveInput struct {
	key  string // absolute path: the checkpoint key
	kind inputKind
	err  error // kindInvalid: why

	// kindFiles: root is the directory the relative paths in files (sorted,
	// '/'-separated) are under; sizes are their sizes in bytes; walkErrs
	// are the parts of the tree that could not be listed.
	root     string
	files    []string
	sizes    []int64
	walkErrs []error

	// kindWARC: the file's size and modification time, and whether it is
	// gzipped as one stream (oneStream): its offsets are then those of
	// the gunzipped bytes.
	size    int64
	modTime time.Time
	stream  bool

	// start is where this run begins (an index in files, a byte offset):
	// after the work a checkpoint recorded as done.
	start    int64
	complete bool // a checkpoint says it is done: nothing to read

	track   *offsets.Tracker
	readAll bool // the producer has read the whole input
}

// archiveToken is the Job.Token of an archive job.
type archiveToken struct {
	in    *archiveInput
	start int64
	bytes int64
}

// Open lists the inputs (paths to directories, page files, WARC files)
// and applies the checkpoint; it reads no page until Start, so a caller
// can see that there is nothing to read (Empty) before it opens where the
// pages go. Listing stops when ctx is done. A path that cannot be read is
// not an error here: it is reported to Skip when its turn comes.
func Open(ctx context.Context, paths []string, cfg Config) (*Archive, error) {
	cfg = cfg.withDefaults()
	a := &Archive{cfg: cfg}
	seen := map[string]bool{}
	add := func(in *archiveInput) {
		if seen[in.key] {
			return
		}
		seen[in.key] = true
		a.resume(in)
		a.inputs = append(a.inputs, in)
	}
	for _, p := range paths {
		in, warcs, err := openInput(ctx, p)
		if err != nil {
			return nil, err
		}
		if in.kind == kindFiles && len(in.files) == 0 && len(warcs) == 0 && len(in.walkErrs) == 0 {
			// It read as done, "0 pages read", whatever it held (pages
			// saved as .txt or .json, the wrong directory).
			cfg.Logger.Warn("a directory holds no saved page (.html, .htm, .xhtml, gzipped or not) nor WARC file (.warc, .warc.gz), in it or below: nothing read from it", "dir", in.root)
		}
		add(in)
		// The WARC files in a directory tree are inputs of their own,
		// after its pages.
		for _, w := range warcs {
			wi, _, err := openInput(ctx, w)
			if err != nil {
				return nil, err
			}
			add(wi)
		}
	}
	return a, nil
}

// Empty reports whether the archive has nothing to read nor report: no
// page file, WARC file, unreadable path or unlisted part of a tree that a
// checkpoint does not record as done.
func (a *Archive) Empty() bool {
	for _, in := range a.inputs {
		if in.complete {
			continue
		}
		if in.kind != kindFiles || len(in.walkErrs) > 0 || in.start < int64(len(in.files)) {
			return false
		}
	}
	return true
}

// Start starts reading ahead, once, after Open. The reading stops when
// ctx is done or at Close.
func (a *Archive) Start(ctx context.Context) {
	var save func() error
	if a.cfg.Checkpoint != nil {
		save = a.cfg.Checkpoint.Save
	}
	a.batch = ingest.StartBatch(ctx, ingest.BatchConfig{
		BatchOptions: a.cfg.BatchOptions, Produce: a.produce, Save: save,
		SaveFailed: func(err error) { a.cfg.Logger.Warn("save checkpoint", "error", err) },
	})
}

// openInput stats and classifies one path; a directory is listed, and the
// WARC files found in it are returned. The error is ctx's, where it ended
// the listing.
func openInput(ctx context.Context, p string) (in *archiveInput, warcs []string, err error) {
	abs, absErr := filepath.Abs(p)
	if absErr != nil {
		abs = p
	}
	in = &archiveInput{key: abs}
	fi, statErr := os.Stat(abs)
	switch {
	case statErr != nil:
		in.kind, in.err = kindInvalid, ingest.FileError("open", abs, statErr)
	case fi.IsDir():
		in.kind, in.root = kindFiles, abs
		in.files, in.sizes, warcs, in.walkErrs, err = listPages(ctx, abs)
	case isWARCName(abs):
		in.kind, in.size, in.modTime = kindWARC, fi.Size(), fi.ModTime().UTC()
		in.stream = oneStream(abs)
	case IsPageName(abs):
		in.kind, in.root = kindFiles, filepath.Dir(abs)
		in.files, in.sizes = []string{filepath.Base(abs)}, []int64{fi.Size()}
	default:
		in.kind, in.err = kindInvalid, newsner.Errorf(newsner.EUnsupported, "read %s: not a directory, .html(.gz) or .warc(.gz) file", abs)
	}
	return in, warcs, err
}

// IsPageName reports whether a file name is that of a saved HTML page:
// .html, .htm or .xhtml, optionally gzipped (.gz), in any letter case. It is
// the one test of a page file name, for archives and for `train`'s inputs.
func IsPageName(name string) bool {
	n := strings.TrimSuffix(strings.ToLower(name), ".gz")
	return strings.HasSuffix(n, ".html") || strings.HasSuffix(n, ".htm") || strings.HasSuffix(n, ".xhtml")
}

// isWARCName reports whether a file name is that of a WARC file.
func isWARCName(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".warc") || strings.HasSuffix(n, ".warc.gz")
}

// listPages returns the page files under root, as '/'-separated paths
// relative to root in sorted order, with their sizes, and the paths of the
// WARC files under root in sorted order. It stops with ctx's error when
// ctx is done.
func listPages(ctx context.Context, root string) (files []string, sizes []int64, warcs []string, errs []error, err error) {
	type entry struct {
		rel  string
		size int64
	}
	var es []entry
	walkErr := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return ctxErr
		}
		if err != nil {
			errs = append(errs, &newsner.Error{Code: newsner.EInvalid, Message: "list " + p, Err: err})
			if d != nil && d.IsDir() && p != root {
				return fs.SkipDir
			}
			return nil
		}
		if !d.IsDir() && isWARCName(d.Name()) {
			warcs = append(warcs, p)
		}
		if d.IsDir() || !IsPageName(d.Name()) {
			return nil
		}
		var size int64
		if fi, err := d.Info(); err == nil {
			size = fi.Size()
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return nil
		}
		es = append(es, entry{filepath.ToSlash(rel), size})
		return nil
	})
	if walkErr != nil {
		return nil, nil, nil, nil, fmt.Errorf("list %s: %w", root, walkErr)
	}
	sort.Slice(es, func(i, j int) bool { return es[i].rel < es[j].rel })
	for _, e := range es {
		files = append(files, e.rel)
		sizes = append(sizes, e.size)
	}
	sort.Strings(warcs)
	return files, sizes, warcs, errs, nil
}

// sayComplete says that an input is not read because the checkpoint
// records it as done, which a run that reads 0 pages would leave unsaid.
func (a *Archive) sayComplete(in *archiveInput) {
	a.cfg.Logger.Info("skipping an input the checkpoint records as done: 0 pages to read from it (remove the checkpoint file, or give another "+a.cfg.Flags.Or("Checkpoint", "one")+", to read it again)",
		"input", in.key, "checkpoint", a.cfg.Checkpoint.Path())
}

// resume sets where this run starts on the input, from the checkpoint.
func (a *Archive) resume(in *archiveInput) {
	p, ok := a.cfg.Checkpoint.Get(in.key)
	switch in.kind {
	case kindFiles:
		if ok && p.Complete {
			in.complete = true
			a.sayComplete(in)
		} else if ok && p.Next != "" {
			in.start = int64(sort.SearchStrings(in.files, p.Next))
		}
		if !in.complete {
			for _, s := range in.sizes[in.start:] {
				a.total += s
			}
		}
	case kindWARC:
		if ok && (p.Size != in.size || !p.ModTime.Equal(in.modTime)) {
			a.cfg.Logger.Warn("WARC file changed since its checkpoint: reading it from the start", "file", in.key)
			ok = false
		}
		if ok && p.Complete {
			in.complete = true
			a.sayComplete(in)
		} else if ok && p.Offset > 0 && (p.Offset <= in.size || in.stream) {
			in.start = p.Offset
		}
		if !in.complete {
			a.total += in.size - in.start
		}
	}
	in.track = offsets.New(in.start, 0)
}

// Next returns the next page, io.EOF after the last one.
func (a *Archive) Next(ctx context.Context) (ingest.Job, error) {
	if a.batch == nil {
		return ingest.Job{}, errors.New("archive: Next before Start")
	}
	return a.batch.Next(ctx)
}

// Done records that a page's output was written; the input's progress
// moves over every page done without a gap.
func (a *Archive) Done(_ context.Context, job ingest.Job) error {
	tok, ok := job.Token.(*archiveToken)
	if !ok {
		return errors.New("archive: not an archive job")
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if _, err := tok.in.track.Done(tok.start); err != nil {
		return fmt.Errorf("archive %s: %w", tok.in.key, err)
	}
	a.doneBytes.Add(tok.bytes)
	a.recordLocked(tok.in)
	return nil
}

// Progress reports how far the archive is, in bytes of input.
func (a *Archive) Progress() ingest.BatchProgress {
	var p ingest.BatchProgress
	if a.batch != nil {
		p = a.batch.Progress()
	}
	p.Done, p.Total, p.Unit = a.doneBytes.Load(), a.total, "bytes"
	return p
}

// Close stops reading, and saves the progress of the pages done. Before
// Start there is nothing to stop nor save.
func (a *Archive) Close() error {
	if a.batch == nil {
		return nil
	}
	return a.batch.Close()
}

// recordLocked puts the input's progress in the checkpoint.
func (a *Archive) recordLocked(in *archiveInput) {
	if a.cfg.Checkpoint == nil {
		return
	}
	complete := in.readAll && in.track.Idle()
	next, _ := in.track.Next()
	switch in.kind {
	case kindFiles:
		p := InputProgress{Complete: complete}
		if i := next; !complete && i < int64(len(in.files)) {
			p.Next = in.files[i]
		}
		a.cfg.Checkpoint.Set(in.key, p)
	case kindWARC:
		a.cfg.Checkpoint.Set(in.key, InputProgress{Complete: complete, Offset: next, Size: in.size, ModTime: in.modTime})
	}
}

// produce reads the inputs in order.
func (a *Archive) produce(ctx context.Context, f *ingest.ReadAhead) error {
	emit := f.Emitter()
	for _, in := range a.inputs {
		if in.complete {
			continue
		}
		var err error
		switch in.kind {
		case kindInvalid:
			err = f.Skip(ctx, fileURL(in.key), in.err)
		case kindFiles:
			err = a.readFiles(ctx, f, emit, in)
		case kindWARC:
			err = ingest.ReadSafely(fileURL(in.key), func() error { return a.readWARC(ctx, f, emit, in) })
		}
		if err != nil {
			return err
		}
		a.mu.Lock()
		in.readAll = true
		a.recordLocked(in)
		a.mu.Unlock()
	}
	return nil
}

// track adds a job's span [start, end) to its input's tracker (done at once when pass).
func (a *Archive) track(in *archiveInput, start, end int64, pass bool) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	var err error
	if pass {
		err = in.track.Pass(start, end)
		a.recordLocked(in)
	} else {
		err = in.track.Add(start, end)
	}
	if err != nil {
		return fmt.Errorf("archive %s: %w", in.key, err)
	}
	return nil
}

// readFiles reads the page files of a directory input, from in.start.
func (a *Archive) readFiles(ctx context.Context, f *ingest.ReadAhead, emit func(context.Context, ingest.Job) error, in *archiveInput) error {
	for _, err := range in.walkErrs {
		if err := f.Skip(ctx, fileURL(in.root), err); err != nil {
			return err
		}
	}
	for i := in.start; i < int64(len(in.files)); i++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		path := filepath.Join(in.root, filepath.FromSlash(in.files[i]))
		var page newsner.Page
		err := ingest.ReadSafely(fileURL(path), func() (err error) {
			page, err = readPageFile(path, a.cfg.MaxBodyBytes)
			return err
		})
		if err != nil {
			a.doneBytes.Add(in.sizes[i])
			if terr := a.track(in, i, i+1, true); terr != nil {
				return terr
			}
			if err := f.Skip(ctx, fileURL(path), err); err != nil {
				return err
			}
			continue
		}
		if err := a.track(in, i, i+1, false); err != nil {
			return err
		}
		job := ingest.Job{URL: page.URL, Page: &page, Token: &archiveToken{in: in, start: i, bytes: in.sizes[i]}}
		if err := emit(ctx, job); err != nil {
			return err
		}
	}
	return nil
}

// readPageFile reads a saved page (gunzipped where compressed). Its
// FetchedAt is the file's modification time.
func readPageFile(path string, max int64) (newsner.Page, error) {
	u := fileURL(path)
	fh, err := ingest.OpenFile(path)
	if err != nil {
		return newsner.Page{}, ingest.FileError("open", path, err)
	}
	defer fh.Close()
	fi, err := fh.Stat()
	if err != nil {
		return newsner.Page{}, ingest.FileError("stat", path, err)
	}
	body, err := ingest.ReadCapped(fh, max, path, "MaxBodyBytes")
	if err != nil {
		return newsner.Page{}, err
	}
	return newsner.Page{
		URL:       u,
		FinalURL:  u,
		Header:    http.Header{"Content-Type": {"text/html"}},
		FetchedAt: fi.ModTime().UTC(),
		Body:      body,
	}, nil
}

// fileURL is the file:// URL of an absolute path.
func fileURL(path string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
}
