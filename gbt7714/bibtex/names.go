package bibtex

import (
	"bytes"

	"github.com/refparse/refparse/gbt7714"
)

// appendNames appends a name list: personal names as "Family, Given", which BibTeX,
// biber and pandoc all split right (郑, 广怀; OSTROM, E) and the gbt7714
// styles print as 郑广怀 for Chinese; literal names as one brace group
// ({中共中央}), which nothing splits; joined by " and ", with "and others"
// after the last name when etAl is set.
func appendNames(dst []byte, ns []gbt7714.Name, etAl bool) []byte {
	written := false
	for _, n := range ns {
		start := len(dst)
		if written {
			dst = append(dst, " and "...)
		}
		mark := len(dst)
		if dst = appendName(dst, n); len(dst) == mark {
			dst = dst[:start]
			continue
		}
		written = true
	}
	if etAl && written {
		dst = append(dst, " and others"...)
	}
	return dst
}

// appendName appends one name; nothing when it escapes to nothing.
func appendName(dst []byte, n gbt7714.Name) []byte {
	start := len(dst)
	if dst = appendEscape(append(dst, '{'), n.Literal, false); len(dst) > start+1 {
		return append(dst, '}')
	}
	dst = appendNamePart(dst[:start], n.Family, false)
	if len(dst) == start {
		return appendNamePart(dst, n.Given, true)
	}
	dst = append(dst, ", "...)
	given := len(dst)
	if dst = appendNamePart(dst, n.Given, false); len(dst) == given {
		return appendNamePart(dst[:start], n.Family, true)
	}
	return dst
}

var (
	wordAnd    = []byte("and")
	wordOthers = []byte("others")
)

// appendNamePart appends one part of a personal name, escaped, and puts
// braces around it when BibTeX would otherwise split it: a comma, the word
// "and", or — for a part that stands alone — a space or the word "others".
func appendNamePart(dst []byte, s string, alone bool) []byte {
	start := len(dst)
	dst = appendEscape(dst, s, false)
	e := dst[start:]
	if len(e) == 0 {
		return dst
	}
	// e is clean: its only white space is single spaces between words.
	split := bytes.IndexByte(e, ',') >= 0
	if alone && bytes.IndexByte(e, ' ') >= 0 {
		split = true
	}
	for rest := e; !split && len(rest) > 0; {
		w := rest
		if k := bytes.IndexByte(rest, ' '); k >= 0 {
			w, rest = rest[:k], rest[k+1:]
		} else {
			rest = nil
		}
		split = bytes.EqualFold(w, wordAnd) || alone && bytes.EqualFold(w, wordOthers)
	}
	if !split {
		return dst
	}
	dst = append(dst, 0)
	copy(dst[start+1:], dst[start:])
	dst[start] = '{'
	return append(dst, '}')
}
