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
	for _, f := range []*string{&r.Title, &r.ContainerTitle, &r.Publisher, &r.Place, &r.Genre} {
		*f = p.original(*f)
	}
	for _, names := range [][]gbt7714.Name{r.Author, r.Editor, r.Translator} {
		for i := range names {
			n := &names[i]
			n.Family, n.Given, n.Literal = p.original(n.Family), p.original(n.Given), p.original(n.Literal)
		}
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
	// Walk to the same rune in raw, then copy rune for rune.
	raw := p.raw[len(prefixRunes(p.raw, utf8.RuneCountInString(p.s[:off]))):]
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
