// Package archive is the batch source of pages saved on disk, for
// reprocessing: directory trees of .html and .html.gz files, single such
// files, and WARC files (archive.go reads directories and files, warc.go
// WARC records). Damaged and non-HTML inputs are reported and passed over.
// A Checkpoint file keeps each input's contiguous progress, so an
// interrupted run resumes after the last page done.
package archive
