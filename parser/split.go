package parser

import (
	"bufio"
	"io"
	"strings"
	"unicode/utf8"
)

// maxLine is the longest line read; a longer one is an error.
const maxLine = 16 << 20

// Reader cuts one input into entries. It holds at most the entry being
// built, so memory does not grow with the input.
type Reader struct {
	file    string
	opts    Options
	sc      *bufio.Scanner
	line    int
	pending *Entry // the entry being built (auto mode)
	labels  bool   // a labelled line has been seen
	err     error
}

// NewReader returns a Reader of the list in r, whose name in positions is
// file.
func NewReader(r io.Reader, file string, opts Options) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	return &Reader{file: file, opts: opts, sc: sc}
}

// Next returns the next entry; ok is false at the end of the input or on an
// error, which Err then returns.
func (r *Reader) Next() (e Entry, ok bool) {
	for r.sc.Scan() {
		r.line++
		if e, ok := r.take(r.sc.Text()); ok {
			return e, true
		}
	}
	if err := r.sc.Err(); err != nil {
		r.err = r.wrapErr(err)
	}
	return r.flush()
}

func (r *Reader) wrapErr(err error) error {
	pos := Pos{File: r.file, Line: r.line + 1}
	if err == bufio.ErrTooLong {
		return &Error{Pos: pos, Code: "line-too-long", Msg: "line longer than 16 MiB; is this a reference list?"}
	}
	return &Error{Pos: pos, Code: "read", Msg: err.Error()}
}

// take handles one line; it returns an entry when the line completes one.
func (r *Reader) take(raw string) (Entry, bool) {
	if r.line == 1 {
		raw = strings.TrimPrefix(raw, "\uFEFF")
	}
	text := strings.TrimRightFunc(trimLeftSpace(raw), isSpaceRune)
	if text == "" {
		return Entry{}, false
	}
	if r.opts.Split == SplitLine {
		return r.newEntry(raw, text), true
	}
	if isHeading(text) {
		r.report("skipped-heading", "skipped heading "+quote(text))
		return Entry{}, false
	}
	if r.pending != nil && r.continues(text) {
		r.pending.Text = joinLines(r.pending.Text, text)
		return Entry{}, false
	}
	done, ok := r.flush()
	e := r.newEntry(raw, text)
	r.pending = &e
	return done, ok
}

// continues reports whether an unlabelled line belongs to the pending entry:
// in a labelled list always, otherwise when the pending entry does not end
// like a finished reference.
func (r *Reader) continues(text string) bool {
	if label, _ := cutLabel(text); label != "" {
		return false
	}
	if r.labels {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(r.pending.Text)
	return last != '.' && last != '。' && last != '．'
}

func (r *Reader) newEntry(raw, text string) Entry {
	label, rest := cutLabel(text)
	if label != "" {
		r.labels = true
		text = rest
	}
	return Entry{File: r.file, Line: r.line, Label: label, Text: text, Col: colAfter(raw, text)}
}

// colAfter returns the 1-based column of text's first character within
// line, of which text is a suffix after trimming.
func colAfter(line, text string) int {
	i := strings.Index(line, text)
	if i < 0 {
		return 1
	}
	return utf8.RuneCountInString(line[:i]) + 1
}

func (r *Reader) flush() (Entry, bool) {
	if r.pending == nil {
		return Entry{}, false
	}
	e := *r.pending
	r.pending = nil
	return e, true
}

func (r *Reader) report(code, msg string) {
	if r.opts.Report != nil {
		r.opts.Report(&Error{Pos: Pos{File: r.file, Line: r.line}, Code: code, Msg: msg})
	}
}

// Err returns the error that ended reading, if any.
func (r *Reader) Err() error { return r.err }

// joinLines joins a line broken inside a reference to its start: with no
// space between Han characters or inside a URL, with one space otherwise.
func joinLines(a, b string) string {
	last, _ := utf8.DecodeLastRuneInString(a)
	first, _ := utf8.DecodeRuneInString(b)
	if isHan(last) || isHan(first) || endsInURL(a) || last == '/' || last == '-' {
		return a + b
	}
	return a + " " + b
}

func endsInURL(s string) bool {
	i := strings.LastIndexByte(s, ' ')
	w := s[i+1:]
	return strings.HasPrefix(w, "http://") || strings.HasPrefix(w, "https://")
}

var headings = map[string]bool{
	"参考文献": true, "参考书目": true, "主要参考文献": true, "引用文献": true, "文献": true,
	"references": true, "bibliography": true, "works cited": true, "literature cited": true,
}

// isHeading reports whether a line is a list heading such as 参考文献 or
// References (with an optional colon).
func isHeading(text string) bool {
	t := strings.TrimRight(text, ":：")
	if len(t) > 40 {
		return false
	}
	return headings[strings.ToLower(strings.TrimSpace(t))]
}

func quote(s string) string {
	if utf8.RuneCountInString(s) > 40 {
		s = string([]rune(s)[:40]) + "…"
	}
	return "“" + s + "”"
}
