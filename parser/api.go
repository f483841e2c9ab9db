// Package parser turns GB/T 7714 reference lists into records: it decodes and
// normalises the input, splits a list into entries, and parses one entry into
// a gbt7714.Record. It never writes to standard output or error; problems are
// values (Error, and the warnings of each Record).
package parser

import (
	"fmt"

	"github.com/refparse/refparse/gbt7714"
)

// SplitMode says how a list is cut into references.
type SplitMode int

const (
	// SplitAuto recognises list labels ([12], ［12］, 【12】, 12., 12、, (12), ①)
	// and joins a label-less line to the entry before it.
	SplitAuto SplitMode = iota
	// SplitLine takes every non-blank line as one reference.
	SplitLine
)

// ParseSplitMode reads the name of a split mode: "auto" or "line".
func ParseSplitMode(s string) (SplitMode, error) {
	switch s {
	case "auto", "":
		return SplitAuto, nil
	case "line":
		return SplitLine, nil
	}
	return 0, fmt.Errorf("unknown split mode %q (want auto or line)", s)
}

// Options control reading.
type Options struct {
	Split SplitMode
	// Encoding forces the input encoding ("utf-8", "gb18030", "gbk",
	// "utf-16le", "utf-16be"); "" detects it.
	Encoding string
	// Report, when set, receives notes about the input as a whole that do
	// not stop reading: the encoding detected, a heading or page number
	// skipped. It is called from the goroutine that calls Reader.Next.
	Report func(*Error)
}

// Entry is one reference as cut from a list, before parsing.
type Entry struct {
	File  string // file name, "-" for standard input
	Line  int    // 1-based line where the entry starts
	Label string // list label as written ("[12]"), "" if none
	Text  string // the reference, label removed, lines joined
	// Col is the 1-based column (in characters) of Text's first character
	// on its line, after the label; 0 is taken as 1.
	Col int
}

// Parse parses one entry into a record. It never fails: what it cannot make
// sense of stays in the record's Raw text and is reported in its warnings.
func Parse(e Entry) *gbt7714.Record {
	rec := new(gbt7714.Record)
	parseEntry(rec, e)
	return rec
}

// ParseInto is Parse into a record the caller provides, whose old contents
// are dropped: a pipeline can reuse its records.
func ParseInto(rec *gbt7714.Record, e Entry) {
	*rec = gbt7714.Record{}
	parseEntry(rec, e)
}
