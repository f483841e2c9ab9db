package parser

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// maxLine is the longest line read; a longer one is an error.
const maxLine = 16 << 20

// maxEntry bounds the text of one entry: lines are not joined past it, and
// a longer entry is kept whole but not parsed (no reference is that long).
const maxEntry = 16 << 10

// Reader cuts one input into entries. It holds at most the entry being
// built, so memory does not grow with the input.
type Reader struct {
	file     string
	opts     Options
	in       io.Reader
	sc       *bufio.Scanner
	check    bool              // the input is UTF-8 as read: check every line
	lineDec  *encoding.Decoder // decodes each line (GB18030, GBK)
	nonASCII bool              // a byte over 0x7F has been read
	line     int
	offset   int64 // byte offset of the next line, for UTF-8 input
	advance  int   // bytes the scanner consumed for the current line
	pending  Entry // the entry being built (auto mode), when building is set
	building bool
	queue    []Entry // entries complete but not yet returned, from head on
	head     int
	pieces   []string // splitInline's result, reused
	// The brackets and number of the last list label, to find the next
	// label inside a line.
	lastOpen, lastClose string
	lastN               int
	openRune, closeRune rune // lastOpen and lastClose
	labels              bool // a labelled line has been seen
	entries             int  // entries returned so far
	err                 error
}

// NewReader returns a Reader of the list in r, whose name in positions is
// file.
func NewReader(r io.Reader, file string, opts Options) *Reader {
	return &Reader{file: file, opts: opts, in: r}
}

// start decodes the input; it runs at the first call of Next.
func (r *Reader) start() error {
	d, err := decode(r.in, r.opts.Encoding)
	r.in = nil
	if err != nil {
		if e, ok := err.(*Error); ok {
			e.Pos.File = r.file
			return e
		}
		return &Error{Pos: Pos{File: r.file}, Code: "read", Msg: err.Error()}
	}
	if !d.utf8 || d.name != "utf-8" {
		r.report("encoding", "read as "+d.name)
	}
	r.check = d.utf8
	r.nonASCII = !d.ascii
	if d.lines != nil {
		r.lineDec = d.lines.NewDecoder()
	}
	r.sc = bufio.NewScanner(d.r)
	r.sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	r.sc.Split(r.scanLines)
	return nil
}

// scanLines is bufio.ScanLines that remembers how many bytes each line took.
func (r *Reader) scanLines(data []byte, atEOF bool) (int, []byte, error) {
	advance, token, err := bufio.ScanLines(data, atEOF)
	r.advance = advance
	return advance, token, err
}

// Next returns the next entry; ok is false at the end of the input or on an
// error, which Err then returns.
func (r *Reader) Next() (e Entry, ok bool) {
	if r.err != nil {
		return Entry{}, false
	}
	if r.sc == nil {
		if r.err = r.start(); r.err != nil {
			return Entry{}, false
		}
	}
	for r.head == len(r.queue) && r.sc.Scan() {
		r.line++
		line, err := r.decodeLine(r.sc.Bytes())
		if err != nil {
			r.err = err
			return r.flush()
		}
		r.offset += int64(r.advance)
		r.take(string(line))
	}
	if r.head < len(r.queue) {
		e := r.queue[r.head]
		r.head++
		if r.head == len(r.queue) {
			r.queue, r.head = r.queue[:0], 0
		}
		r.entries++
		return e, true
	}
	if err := r.sc.Err(); err != nil {
		r.err = r.wrapErr(err)
	}
	e, ok = r.flush()
	if ok {
		r.entries++
	} else if r.entries == 0 && r.err == nil {
		r.entries = -1 // say it once
		r.report("empty", "no references found")
	}
	return e, ok
}

// decodeLine turns a line into UTF-8. Input read as UTF-8 is checked: at
// its first line that is not UTF-8, an input that was all ASCII so far
// switches to GB18030 if the line decodes cleanly (with a note); anything
// else is an error naming the byte offset — nothing is silently replaced.
func (r *Reader) decodeLine(line []byte) ([]byte, error) {
	switch {
	case r.lineDec != nil:
		out, err := r.lineDec.Bytes(line)
		if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
			return nil, r.badByte(line, invalidGB18030Offset(line))
		}
		return out, nil
	case !r.check:
		return line, nil
	case utf8.Valid(line):
		r.nonASCII = r.nonASCII || !isASCII(line)
		return line, nil
	case !r.nonASCII && r.opts.Encoding == "" && decodesCleanly(line, simplifiedchinese.GB18030):
		r.check, r.lineDec = false, simplifiedchinese.GB18030.NewDecoder()
		r.report("encoding", "read as gb18030 from this line on")
		return r.decodeLine(line)
	}
	return nil, r.badByte(line, invalidOffset(line))
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// invalidGB18030Offset returns the offset of the first byte of line that
// does not decode as GB18030 (the first non-ASCII byte, when unsure).
func invalidGB18030Offset(line []byte) int {
	dec := simplifiedchinese.GB18030.NewDecoder()
	for i := range line[:min(len(line), 4096)] {
		if line[i] < utf8.RuneSelf {
			continue
		}
		if out, err := dec.Bytes(line[:i]); err != nil || bytes.ContainsRune(out, utf8.RuneError) {
			return max(i-1, 0)
		}
	}
	for i, c := range line {
		if c >= utf8.RuneSelf {
			return i
		}
	}
	return 0
}

// badByte is the error for an undecodable byte at line[i].
func (r *Reader) badByte(line []byte, i int) error {
	return &Error{
		Pos:  Pos{File: r.file, Line: r.line, Col: utf8.RuneCount(line[:i]) + 1},
		Code: "encoding",
		Msg: fmt.Sprintf("byte offset %d: byte 0x%02X is neither UTF-8 nor GB18030; name the encoding with --encoding, or is this a binary file?",
			r.offset+int64(i), line[i]),
	}
}

func (r *Reader) wrapErr(err error) error {
	pos := Pos{File: r.file, Line: r.line + 1}
	if err == bufio.ErrTooLong {
		return &Error{Pos: pos, Code: "line-too-long", Msg: "line longer than 16 MiB; is this a reference list?"}
	}
	return &Error{Pos: pos, Code: "read", Msg: err.Error()}
}

// take handles one line, queueing the entries it completes.
func (r *Reader) take(raw string) {
	if r.line == 1 {
		raw = strings.TrimPrefix(raw, "\uFEFF")
	}
	text := strings.TrimRightFunc(trimLeftSpace(raw), isSpaceRune)
	switch {
	case text == "":
	case r.opts.Split == SplitLine:
		r.queue = append(r.queue, r.newEntry(raw, text))
	case isHeading(text):
		r.report("skipped-heading", "skipped heading "+quote(text))
	case isPageNumber(text) && (!r.building || endsReference(r.pending.Text)):
		r.report("skipped-page-number", "skipped page number "+quote(text))
	default:
		for _, piece := range r.splitInline(text) {
			r.takePiece(raw, piece)
		}
	}
}

// takePiece adds one reference's worth of a line: the continuation of the
// pending entry, or the start of a new one.
func (r *Reader) takePiece(raw, text string) {
	if r.building && len(r.pending.Text) < maxEntry && r.continues(text) {
		r.pending.Text = joinLines(r.pending.Text, text)
		return
	}
	if e, ok := r.flush(); ok {
		r.queue = append(r.queue, e)
	}
	r.pending, r.building = r.newEntry(raw, text), true
}

// isPageNumber reports whether a line is page furniture: a bare number.
func isPageNumber(text string) bool {
	n := countDigits(text)
	return n > 0 && n <= 4 && n == len(text)
}

// endsReference reports whether text ends like a finished reference.
func endsReference(text string) bool {
	last, _ := utf8.DecodeLastRuneInString(text)
	return last == '.' || last == '。' || last == '．'
}

// splitInline cuts a line that holds the starts of further labelled
// references ("… [2] … [3] …") before each label that continues the
// numbering of the last label seen, written in ASCII or full-width forms.
func (r *Reader) splitInline(text string) []string {
	if label, _ := cutLabel(text); label != "" {
		r.noteLabel(label)
	}
	out := r.pieces[:0]
	for r.lastN > 0 {
		at := r.nextLabel(text)
		if at < 0 {
			break
		}
		out = append(out, strings.TrimRight(text[:at], " "))
		text = text[at:]
		r.lastN++
	}
	r.pieces = append(out, text)
	return r.pieces
}

// nextLabel returns where, in text after its first character, a label
// with the number after the last one stands after a finished reference;
// -1 if nowhere. It looks only at the closing brackets of the last label's
// kind, in ASCII or full-width form.
func (r *Reader) nextLabel(text string) int {
	for _, closing := range closeForms[r.closeRune] {
		for from := 1; from < len(text); {
			k := strings.Index(text[from:], closing)
			if k < 0 {
				break
			}
			k += from
			from = k + len(closing)
			if start, ok := r.labelBefore(text, k); ok {
				return start
			}
		}
	}
	return -1
}

// closeForms are the ways a closing bracket is written.
var closeForms = map[rune][]string{']': {"]", "］"}, ')': {")", "）"}, '】': {"】"}, '〕': {"〕"}}

// labelBefore reports whether the closing bracket at text[k] ends a label
// holding the number after the last one, which stands after the end of a
// reference; start is where the label begins.
func (r *Reader) labelBefore(text string, k int) (start int, ok bool) {
	n, i := 0, k
	for p := 1; i > 0 && p <= 1e7; p *= 10 {
		d, size := utf8.DecodeLastRuneInString(text[:i])
		if d = foldRune(d); !isDigit(d) {
			break
		}
		n += int(d-'0') * p
		i -= size
	}
	if i == k || n != r.lastN+1 {
		return 0, false
	}
	open, size := utf8.DecodeLastRuneInString(text[:i])
	if foldRune(open) != r.openRune {
		return 0, false
	}
	start = i - size
	before := strings.TrimRight(text[:start], " ")
	return start, start > 0 && len(before) < start && endsReference(before)
}

// noteLabel remembers the brackets and number of a list label.
func (r *Reader) noteLabel(label string) {
	if open, close, n, ok := labelParts(normalize(label)); ok {
		r.lastOpen, r.lastClose, r.lastN = open, close, n
		r.openRune, _ = utf8.DecodeRuneInString(open)
		r.closeRune, _ = utf8.DecodeRuneInString(close)
	}
}

// labelParts splits a bracketed label such as "[12]" into its brackets and
// number.
func labelParts(label string) (open, close string, n int, ok bool) {
	for _, p := range labelPairs {
		inner, found := strings.CutPrefix(label, p.open)
		if !found {
			continue
		}
		inner, found = strings.CutSuffix(inner, p.close)
		if found && countDigits(inner) == len(inner) {
			return p.open, p.close, atoi(inner), true
		}
	}
	return "", "", 0, false
}

// continues reports whether an unlabelled line belongs to the pending entry:
// when the pending entry does not end like a finished reference (a line
// broken in the middle), or, in a labelled list, unless the line is a whole
// reference of its own (both have a type code).
func (r *Reader) continues(text string) bool {
	if label, _ := cutLabel(text); label != "" {
		return false
	}
	if !endsReference(r.pending.Text) {
		return true
	}
	_, lineTyped := findAnchor(normalize(text))
	_, pendingTyped := findAnchor(normalize(r.pending.Text))
	if !r.labels {
		// Unlabelled, a full stop ends the reference — unless what came
		// before is plainly not a whole reference: it stops right after
		// its type code ("…[J]." then "World development, 1996…"), or it
		// is a short start with neither type code nor year ("SORRENTINO
		// M, SICILIA M." then the title).
		switch {
		case lineTyped && pendingTyped:
			return false
		case pendingTyped:
			return endsAtTypeCode(r.pending.Text)
		}
		return utf8.RuneCountInString(r.pending.Text) < shortStart && !hasYear(r.pending.Text)
	}
	return !(lineTyped && pendingTyped)
}

// shortStart is the length in characters under which an unlabelled line
// with neither type code nor year is taken for the start of a reference.
const shortStart = 80

// hasYear reports whether s holds a year: four digits from 1000 to 2199
// not inside a longer number.
func hasYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if n := countDigits(s[i:]); n > 0 {
			if n == 4 && isYear(s[i:i+4]) {
				return true
			}
			i += n - 1
		}
	}
	return false
}

// endsAtTypeCode reports whether text ends with its type code and a full
// stop, the publication details still to come: "…[J].", "…[M]//".
func endsAtTypeCode(text string) bool {
	norm := normalize(text)
	a, ok := findAnchor(norm)
	return ok && strings.TrimRight(norm[a.end:], ". /") == ""
}

func (r *Reader) newEntry(raw, text string) Entry {
	label, rest := cutLabel(text)
	if label != "" && (rest != "" || r.opts.Split == SplitAuto) {
		// In auto mode a label alone on its line waits for its reference
		// on the next; in line mode it is a reference of its own.
		r.labels = true
		text = rest
	} else {
		label = ""
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
	if !r.building {
		return Entry{}, false
	}
	e := r.pending
	r.pending, r.building = Entry{}, false
	if e.Text == "" { // a label and nothing after it
		e.Text, e.Label = e.Label, ""
	}
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
// space between Han characters or inside a URL or DOI, with one space
// otherwise. An English word hyphenated across the break ("co-" +
// "production") is joined without its hyphen.
func joinLines(a, b string) string {
	if a == "" {
		return b
	}
	last, _ := utf8.DecodeLastRuneInString(a)
	first, _ := utf8.DecodeRuneInString(b)
	switch {
	case last == '-' && isLower(prevRune(a, len(a)-1)) && isLower(first) && !endsInIdentifier(a):
		return a[:len(a)-1] + b
	case isHan(last) || isHan(first) || endsInIdentifier(a) || last == '/' || last == '-':
		return a + b
	}
	return a + " " + b
}

func isLower(r rune) bool { return r >= 'a' && r <= 'z' }

// endsInIdentifier reports whether s ends inside a URL or DOI, which a
// line break does not end.
func endsInIdentifier(s string) bool {
	w := s[strings.LastIndexByte(s, ' ')+1:]
	for _, p := range []string{"http://", "https://", "www.", "10.", "doi:", "DOI:"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) {
			return true
		}
	}
	return false
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
