// Package refparse converts reference lists written in GB/T 7714 into
// structured records, in one call: Convert reads the inputs, splits and
// parses them with package parser, and writes every record, in input order,
// with the chosen writer from package gbt7714's emitters.
//
// Records flow through in small batches, parsed and encoded on every core
// (Options.Workers) and written in input order: memory does not grow with
// the input, and output starts before the input ends.
package refparse

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"unicode/utf8"

	"github.com/refparse/refparse/gbt7714"
	"github.com/refparse/refparse/gbt7714/bibtex"
	"github.com/refparse/refparse/gbt7714/csljson"
	"github.com/refparse/refparse/gbt7714/jsonrec"
	"github.com/refparse/refparse/parser"
)

// formats maps each output format's name to its writer.
var formats = map[string]func(io.Writer) gbt7714.Writer{
	"json":   func(w io.Writer) gbt7714.Writer { return jsonrec.NewWriter(w) },
	"jsonl":  func(w io.Writer) gbt7714.Writer { return jsonrec.NewLinesWriter(w) },
	"csl":    func(w io.Writer) gbt7714.Writer { return csljson.NewWriter(w) },
	"bibtex": func(w io.Writer) gbt7714.Writer { return bibtex.NewWriter(w) },
}

// Formats lists the names of the output formats, sorted.
func Formats() []string {
	names := make([]string, 0, len(formats))
	for n := range formats {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// NewWriter returns the writer of the named format on w.
func NewWriter(format string, w io.Writer) (gbt7714.Writer, error) {
	f, ok := formats[format]
	if !ok {
		return nil, fmt.Errorf("unknown format %q (want one of %v)", format, Formats())
	}
	return f(w), nil
}

// Options say what to read and how to write it.
type Options struct {
	// Workers is how many goroutines parse and encode; 0 means
	// runtime.GOMAXPROCS(0).
	Workers int
	// Progress, when set, is called from time to time (every
	// ProgressEvery references) with the counts so far.
	Progress func(Stats)
	Files    []string // input files; none, or "-", is standard input
	Format   string   // one of Formats()
	Split    parser.SplitMode
	// Encoding forces the input encoding; "" detects it.
	Encoding string
}

// Diagnostic is one problem reported during a run: a note about an input
// (Code "skipped-heading", say) or a warning on one reference.
type Diagnostic = parser.Error

// Stats counts what a run did.
type Stats struct {
	References   int // references written
	WithWarnings int // references that carry warnings
}

// Convert reads opts.Files (stdin for "-" or none), parses every reference
// and writes it to out in opts.Format. Each problem is handed to report as
// it is found; the run goes on. A file that cannot be opened, read or
// decoded is skipped from that point, and the run goes on with the next
// one; the error returned then lists every such file. A bad option or a
// failed write stops the run at once.
func Convert(opts Options, stdin io.Reader, out io.Writer, report func(*Diagnostic)) (Stats, error) {
	bw := bufio.NewWriterSize(out, 64<<10)
	stats, err := convert(opts, stdin, bw, bw.Flush, report)
	if ferr := bw.Flush(); err == nil && ferr != nil {
		err = ferr
	}
	return stats, err
}

// warning turns a record's warning into a diagnostic positioned on the
// input line, with the reference as its source.
func warning(e parser.Entry, w gbt7714.Warning) *Diagnostic {
	d := &Diagnostic{Pos: parser.Pos{File: e.File, Line: e.Line}, Code: w.Code, Msg: w.Message}
	if w.Column > 0 {
		d.Pos.Col = max(e.Col, 1) + w.Column - 1
		d.Source = e.Text
		d.SourceCol = w.Column
		if e.Label != "" {
			d.Source = e.Label + " " + e.Text
			d.SourceCol += utf8.RuneCountInString(e.Label) + 1
		}
	}
	return d
}

func open(name string, stdin io.Reader) (io.Reader, func() error, error) {
	if name == "-" {
		if stdin == nil {
			return nil, nil, errors.New("no standard input")
		}
		return stdin, func() error { return nil }, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	return f, f.Close, nil
}
