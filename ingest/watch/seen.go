package watch

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"io/fs"
	"os"
	"strings"
	"sync"

	"github.com/newsner/newsner"
)

// Seen is the set of normalised article URLs already emitted (or being
// emitted), in memory: 8 bytes a URL (a 64-bit hash; a collision, about
// one in 10^7 at a million URLs, makes one article be taken for seen). Safe
// for concurrent use.
type Seen struct {
	mu   sync.Mutex
	seed maphash.Seed
	m    map[uint64]struct{}
}

// NewSeen returns an empty set.
func NewSeen() *Seen {
	return &Seen{seed: maphash.MakeSeed(), m: make(map[uint64]struct{})}
}

func (s *Seen) key(u string) uint64 { return maphash.String(s.seed, u) }

// Add records u as seen (a URL loaded from a store, or recorded by another
// watch process).
func (s *Seen) Add(u string) {
	k := s.key(u)
	s.mu.Lock()
	s.m[k] = struct{}{}
	s.mu.Unlock()
}

// Has reports whether u was seen.
func (s *Seen) Has(u string) bool {
	k := s.key(u)
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.m[k]
	return ok
}

// Len is the number of URLs seen.
func (s *Seen) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.m)
}

// claim returns the records whose URLs were not seen, and marks them seen,
// at once: of two polls finding one URL, one gets it.
func (s *Seen) claim(recs []newsner.URLRecord) []newsner.URLRecord {
	keys := make([]uint64, len(recs))
	for i, r := range recs {
		keys[i] = s.key(r.URL)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []newsner.URLRecord
	for i, r := range recs {
		if _, ok := s.m[keys[i]]; ok {
			continue
		}
		s.m[keys[i]] = struct{}{}
		out = append(out, r)
	}
	return out
}

// forget unmarks claimed records whose emission failed, so that a later
// poll emits them.
func (s *Seen) forget(recs []newsner.URLRecord) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, r := range recs {
		delete(s.m, s.key(r.URL))
	}
}

// Store keeps the seen URLs across restarts. Add returns once the records
// are durably kept.
type Store interface {
	Add(ctx context.Context, recs []newsner.URLRecord) error
}

// FileStore keeps seen URLs in a file, one normalised URL a line, appended
// to as URLs are emitted: the store of the stdout mode.
type FileStore struct {
	mu sync.Mutex
	f  *os.File
}

// OpenFileStore opens (creating it if missing) the file at path, adds the
// URLs it holds to seen, and returns the store that appends to it.
func OpenFileStore(path string, seen *Seen) (*FileStore, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("seen file: %w", err)
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), maxURLLength+1024)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" {
			seen.Add(line)
		}
	}
	if err := sc.Err(); err != nil {
		f.Close()
		return nil, fmt.Errorf("seen file %s: %w", path, err)
	}
	return &FileStore{f: f}, nil
}

// Add appends the URLs and syncs the file.
func (s *FileStore) Add(_ context.Context, recs []newsner.URLRecord) error {
	var b strings.Builder
	for _, r := range recs {
		b.WriteString(r.URL)
		b.WriteByte('\n')
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := s.f.WriteString(b.String()); err != nil {
		return fmt.Errorf("seen file: %w", err)
	}
	if err := s.f.Sync(); err != nil && !errors.Is(err, fs.ErrInvalid) {
		return fmt.Errorf("seen file: %w", err)
	}
	return nil
}

// Close closes the file.
func (s *FileStore) Close() error { return s.f.Close() }
