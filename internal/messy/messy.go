// Package messy makes the messy twins of a clean reference list: the same
// references as users paste them — full-width punctuation, no spaces, lines
// broken as PDF copies break them, GBK and UTF-16 files, no labels, a whole
// list on one line, page furniture. testdata/messy holds its output for the
// seed list (go run ./internal/messy/cmd), and a test checks that refparse
// reads every twin into the same records as the clean list.
package messy

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	enc "golang.org/x/text/encoding/unicode"
)

// Variant is one kind of mess.
type Variant struct {
	Name string // file name under testdata/messy
	Make func(clean string) ([]byte, error)
}

// Variants lists every kind of mess, each applied to the whole clean list.
var Variants = []Variant{
	{"fullwidth.txt", text(fullWidth)},
	{"nospace.txt", text(noSpace)},
	{"wrapped.txt", text(wrapped)},
	{"nolabels.txt", text(noLabels)},
	{"wrapped-nolabels.txt", text(func(s string) string { return wrapped(noLabels(s)) })},
	{"oneline.txt", text(oneLine)},
	{"furniture.txt", text(furniture)},
	{"gbk.txt", func(s string) ([]byte, error) { return simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s)) }},
	{"utf16le.txt", func(s string) ([]byte, error) {
		return enc.UTF16(enc.LittleEndian, enc.UseBOM).NewEncoder().Bytes([]byte(s))
	}},
}

func text(f func(string) string) func(string) ([]byte, error) {
	return func(s string) ([]byte, error) { return []byte(f(s)), nil }
}

func lines(s string) []string { return strings.Split(strings.TrimRight(s, "\n"), "\n") }

// fullWidth writes the punctuation of every reference full-width, as Word
// does with Chinese input on: ［1］郑广怀．乡镇…［Ｊ］．学海，２０２３（５）：１３２－１４５．
func fullWidth(s string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(".,:;()[]-0123456789", r) {
			return r - '!' + 0xFF01
		}
		return r
	}, s)
}

// noSpace drops the spaces after punctuation, as CNKI's 引用 strings are
// written: 郑广怀.乡镇…[J].学海,2023(5):132-145.
func noSpace(s string) string {
	for _, p := range []string{". ", ", ", ": ", "] "} {
		s = strings.ReplaceAll(s, p, p[:1])
	}
	return s
}

// wrapWidth is the width, in characters, at which wrapped breaks lines.
const wrapWidth = 38

// wrapped breaks each reference into lines of about wrapWidth characters,
// as a list copied out of a PDF comes: between Han characters, at spaces,
// and inside long English words with a hyphen.
func wrapped(s string) string {
	var b strings.Builder
	for _, line := range lines(s) {
		b.WriteString(wrapLine(line))
	}
	return b.String()
}

func wrapLine(line string) string {
	var b strings.Builder
	rs := []rune(line)
	for len(rs) > wrapWidth {
		cut, hyphen := breakAt(rs)
		b.WriteString(strings.TrimRight(string(rs[:cut]), " "))
		if hyphen {
			b.WriteByte('-')
		}
		b.WriteByte('\n')
		rs = []rune(strings.TrimLeft(string(rs[cut:]), " "))
	}
	b.WriteString(string(rs) + "\n")
	return b.String()
}

// breakAt finds where to break rs near wrapWidth: after a Han character or
// at a space; inside a word of lower-case letters (hyphenated) when it is
// long; never right after a label or in the middle of a number.
func breakAt(rs []rune) (int, bool) {
	for i := wrapWidth; i > wrapWidth/2; i-- {
		prev, next := rs[i-1], rs[i]
		switch {
		case next == ' ':
			return i, false
		case unicode.Is(unicode.Han, prev) && unicode.Is(unicode.Han, next):
			return i, false
		case i > 2 && isLower(rs[i-2]) && isLower(prev) && isLower(next) && i+1 < len(rs) && isLower(rs[i+1]):
			return i, true
		}
	}
	return wrapWidth, false
}

func isLower(r rune) bool { return r >= 'a' && r <= 'z' }

// noLabels removes the list labels.
func noLabels(s string) string {
	var b strings.Builder
	for _, line := range lines(s) {
		if i := strings.Index(line, "] "); strings.HasPrefix(line, "[") && i > 0 {
			line = line[i+2:]
		}
		b.WriteString(line + "\n")
	}
	return b.String()
}

// oneLine puts each numbered list on one line: "[1] … [2] … [3] …".
func oneLine(s string) string {
	var b strings.Builder
	for i, line := range lines(s) {
		if i > 0 && strings.HasPrefix(line, "[1] ") {
			b.WriteByte('\n')
		} else if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(line)
	}
	b.WriteByte('\n')
	return b.String()
}

// furniture adds what a page of a document brings along: a heading, blank
// lines, a page number between references, Windows line ends, doubled
// spaces and a space before the type code.
func furniture(s string) string {
	var b strings.Builder
	b.WriteString("参考文献\r\n\r\n")
	for i, line := range lines(s) {
		if i%10 == 9 {
			b.WriteString("\r\n  23  \r\n\r\n")
		}
		line = strings.Replace(line, ". ", ".  ", 1)
		line = strings.Replace(line, "[J]", " [J]", 1)
		b.WriteString(line + "\r\n")
	}
	return b.String()
}

// Canon writes a field value the way every twin must agree on: full-width
// forms folded to ASCII and the spaces around punctuation, which the twins
// add or drop, removed.
func Canon(s string) string {
	var b bytes.Buffer
	for _, r := range s {
		if r >= 0xFF01 && r <= 0xFF5E {
			r = r - 0xFF01 + '!'
		}
		b.WriteRune(r)
	}
	out := strings.Join(strings.Fields(b.String()), " ")
	for _, p := range []string{".", ",", ":", ";", "(", ")", "[", "]"} {
		out = strings.ReplaceAll(out, p+" ", p)
		out = strings.ReplaceAll(out, " "+p, p)
	}
	if !utf8.ValidString(out) {
		return s
	}
	return out
}
