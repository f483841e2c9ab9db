package parser

import (
	"fmt"
	"strings"

	"golang.org/x/text/width"
)

// Pos is a position in an input file. Col counts characters from 1; 0 means
// the whole line.
type Pos struct {
	File string
	Line int
	Col  int
}

func (p Pos) String() string {
	s := p.File
	if p.Line > 0 {
		s += fmt.Sprintf(":%d", p.Line)
		if p.Col > 0 {
			s += fmt.Sprintf(":%d", p.Col)
		}
	}
	return s
}

// Error is a positioned problem: with the input as a whole (it cannot be
// read or decoded), a note about it (a heading skipped), or a warning on one
// reference. Code is short and stable, for filtering.
type Error struct {
	Pos  Pos
	Code string
	Msg  string
	// Source, when set, is the text the position points into (a reference
	// with its label), and SourceCol the 1-based character column in it;
	// Caret shows them.
	Source    string
	SourceCol int
}

func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// Caret returns Source and, below it, a caret under SourceCol, aligned for
// wide (CJK) characters, each line indented by four spaces; "" when there
// is no source.
func (e *Error) Caret() string {
	if e.Source == "" || e.SourceCol <= 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("    ")
	b.WriteString(e.Source)
	b.WriteString("\n    ")
	col := 1
	for _, r := range e.Source {
		if col >= e.SourceCol {
			break
		}
		b.WriteString(strings.Repeat(" ", displayWidth(r)))
		col++
	}
	b.WriteString("^")
	return b.String()
}

// displayWidth is the number of terminal columns r takes.
func displayWidth(r rune) int {
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}
