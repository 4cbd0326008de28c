package archive

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sync"
	"time"

	"github.com/newsner/newsner/internal/atomicfile"
)

// checkpointVersion is the version of the checkpoint file's format.
const checkpointVersion = 1

// Checkpoint is the progress of a batch over archive inputs (WARC files,
// directories), kept in a file so that a run that was interrupted (SIGINT, a
// crash) and started again resumes where it stopped. For each input it holds
// the point up to which every page is done: a byte offset in a WARC file,
// the first file not done in a directory. It is saved atomically (a new
// file renamed over the old), so a crash leaves the old or the new one.
//
// A nil *Checkpoint keeps nothing. A Checkpoint is safe for concurrent use.
type Checkpoint struct {
	path string

	mu    sync.Mutex
	state checkpointFile
	dirty bool
}

type checkpointFile struct {
	Version int                       `json:"version"`
	Inputs  map[string]*InputProgress `json:"inputs"`
}

// InputProgress is how far one input is done.
type InputProgress struct {
	// Complete is set once every page of the input is done.
	Complete bool `json:"complete,omitempty"`
	// Offset (WARC files) is the byte offset of the first record not done:
	// every record before it is done. In a file gzipped as one stream it
	// is an offset in the gunzipped bytes.
	Offset int64 `json:"offset,omitempty"`
	// Next (directories) is the path, relative to the directory with '/'
	// separators, of the first file not done in sorted order.
	Next string `json:"next,omitempty"`
	// Size and ModTime (WARC files) identify the file the offset belongs
	// to: a file that changed since is read again from its start.
	Size    int64     `json:"size,omitempty"`
	ModTime time.Time `json:"mod_time,omitzero"`
}

// OpenCheckpoint reads the checkpoint file at path, or starts an empty one
// if there is none, where one can be saved: a path it cannot be saved at
// (in a directory that is not there) is an error now, not once the work
// is done and the first save fails.
func OpenCheckpoint(path string) (*Checkpoint, error) {
	c := &Checkpoint{path: path, state: checkpointFile{Version: checkpointVersion, Inputs: map[string]*InputProgress{}}}
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		// Nothing is written (an empty checkpoint is none).
		if err := atomicfile.Check(path); err != nil {
			return nil, fmt.Errorf("checkpoint %s cannot be saved: %w", path, err)
		}
		return c, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read checkpoint: %w", err)
	}
	var st checkpointFile
	if err := json.Unmarshal(b, &st); err != nil {
		return nil, fmt.Errorf("read checkpoint %s: %w", path, err)
	}
	if st.Version != checkpointVersion {
		return nil, fmt.Errorf("read checkpoint %s: version %d, want %d", path, st.Version, checkpointVersion)
	}
	if st.Inputs == nil {
		st.Inputs = map[string]*InputProgress{}
	}
	for k, p := range st.Inputs {
		if p == nil {
			// A null input (a hand-edited file) records no progress:
			// Get and Set read each entry, and panicked on it.
			delete(st.Inputs, k)
		}
	}
	c.state = st
	return c, nil
}

// Path is the checkpoint's file ("" for none).
func (c *Checkpoint) Path() string {
	if c == nil {
		return ""
	}
	return c.path
}

// Get returns the progress recorded for the input key.
func (c *Checkpoint) Get(key string) (InputProgress, bool) {
	if c == nil {
		return InputProgress{}, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	p, ok := c.state.Inputs[key]
	if !ok {
		return InputProgress{}, false
	}
	return *p, true
}

// Set records the progress of the input key (saved by the next Save).
func (c *Checkpoint) Set(key string, p InputProgress) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if old, ok := c.state.Inputs[key]; ok && *old == p {
		return
	}
	c.state.Inputs[key] = &p
	c.dirty = true
}

// Save writes the checkpoint file if anything changed since the last save.
func (c *Checkpoint) Save() error {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.dirty {
		return nil
	}
	b, err := json.MarshalIndent(c.state, "", "  ")
	if err != nil {
		return fmt.Errorf("encode checkpoint: %w", err)
	}
	err = atomicfile.Write(c.path, func(w io.Writer) error {
		_, err := w.Write(append(b, '\n'))
		return err
	})
	if err != nil {
		return fmt.Errorf("save checkpoint %s: %w", c.path, err)
	}
	c.dirty = false
	return nil
}
