package parser

import (
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/refparse/refparse/gbt7714"
)

// restore puts back into the text fields of the record the characters the
// user wrote, which normalize folded only so that the structure could be
// read: a 2025-edition title keeps its full-width colon (组织理论：理性…),
// a journal its full-width parentheses. White space stays folded, and a
// run of it becomes one space.
// Identifiers, numbers, pages and dates keep their normalised form.
func (p *entryParser) restore() {
	r := p.rec
	p.restoreNames(r.Author)
	r.Title = p.original(r.Title)
	p.restoreNames(r.Translator)
	p.restoreNames(r.Editor)
	// In the order they stand in a reference, so that original walks on.
	for _, f := range []*string{&r.ContainerTitle, &r.Place, &r.Publisher, &r.Genre} {
		*f = p.original(*f)
	}
}

func (p *entryParser) restoreNames(names []gbt7714.Name) {
	for i := range names {
		n := &names[i]
		n.Literal, n.Family, n.Given = p.original(n.Literal), p.original(n.Family), p.original(n.Given)
	}
}

// oneSpace collapses every run of spaces in s into one.
func oneSpace(s string) string {
	if !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// original returns the raw text under sub, a substring of the normalised
// text, with runs of spaces collapsed; any other string is returned as it
// is, spaces collapsed.
func (p *entryParser) original(sub string) string {
	off, ok := offsetIn(p.s, sub)
	if !ok || sub == "" || p.raw == p.s {
		return oneSpace(sub)
	}
	start := p.rawOffset(off)
	raw := p.raw[start:]
	if end := p.rawOffset(off + len(sub)); !hasOddSpace(p.raw[start:end]) {
		return oneSpace(p.raw[start:end]) // the common case: a substring of raw
	}
	out := make([]byte, 0, len(sub)+len(sub)/2)
	changed := false
	for _, folded := range sub {
		r, size := utf8.DecodeRuneInString(raw)
		raw = raw[size:]
		if folded == ' ' {
			r = ' '
		}
		changed = changed || r != folded
		out = utf8.AppendRune(out, r)
	}
	if !changed {
		return oneSpace(sub)
	}
	return oneSpace(string(out))
}

// rawOffset returns the byte offset in raw of the rune at byte offset off
// in the normalised text (normalize keeps every rune in its place). It
// walks on from the last offset asked for, as the fields are restored in
// the order they stand.
func (p *entryParser) rawOffset(off int) int {
	if off < p.cursor[0] {
		p.cursor = [2]int{}
	}
	s, r := p.cursor[0], p.cursor[1]
	for s < off {
		n, m := runeLen(p.s, s), runeLen(p.raw, r)
		s, r = s+n, r+m
	}
	p.cursor = [2]int{s, r}
	return r
}

// hasOddSpace reports whether s may hold white space or a control
// character other than the plain space, which original must fold: it looks
// for the bytes that start them (a false alarm only costs the slow path).
func hasOddSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < ' ', c == 0x7f, c == 0xC2, c == 0xE1, c == 0xE2, c == 0xEF && i+1 < len(s) && s[i+1] == 0xBB:
			return true
		case c == 0xE3 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x80:
			return true
		}
	}
	return false
}

// runeLen returns the length in bytes of the rune at s[i], as a range
// loop steps over it (1 for a byte that starts no valid rune).
func runeLen(s string, i int) int {
	switch {
	case s[i] < utf8.RuneSelf:
		return 1
	case isCJK3(s, i):
		return 3
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return n
}

// offsetIn returns the byte offset of sub within s when sub is a substring
// of s's memory (not merely equal to a part of it).
func offsetIn(s, sub string) (int, bool) {
	if len(s) == 0 || len(sub) == 0 {
		return 0, false
	}
	base := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	at := uintptr(unsafe.Pointer(unsafe.StringData(sub)))
	if at < base || at+uintptr(len(sub)) > base+uintptr(len(s)) {
		return 0, false
	}
	return int(at - base), true
}
