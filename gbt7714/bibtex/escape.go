package bibtex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Escaping. BibTeX itself knows no escapes: it only counts braces, so a
// field value must have balanced braces whatever the input. LaTeX then reads
// the value, so every character special to it is written as a command:
//
//	\  → \textbackslash{}     ~ → \textasciitilde{}   ^ → \textasciicircum{}
//	%  → \%   & → \&   $ → \$   # → \#   _ → \_
//	{ } → \{ \} when they pair up in the value, else \textbraceleft{} and
//	      \textbraceright{}, so that the braces BibTeX counts still balance.
//
// Every backslash in the output is one of these, so no command from the
// input (\input, \write18) survives. UTF-8 is kept; invalid UTF-8 becomes
// U+FFFD, tab, newline and carriage return become spaces, and other control
// characters are dropped.

// escapes are the replacements of the ASCII characters special to LaTeX;
// braces are handled apart (see appendEscaped).
var escapes = [utf8.RuneSelf]string{
	'\\': `\textbackslash{}`,
	'~':  `\textasciitilde{}`,
	'^':  `\textasciicircum{}`,
	'%':  `\%`,
	'&':  `\&`,
	'$':  `\$`,
	'#':  `\#`,
	'_':  `\_`,
}

// clean returns s as valid UTF-8 without control characters, with runs of
// white space collapsed to one space and trimmed.
func clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return ' '
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// inspect reports whether s may need clean (dirty is false only when
// clean(s) == s) and whether it has a character to escape (special); a
// dirty s is reported special too. It is the fast path of escaping: most
// values are neither, and are copied in one go.
func inspect[T string | []byte](s T) (dirty, special bool) {
	if len(s) == 0 {
		return false, false
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return true, true
	}
	space := false // the previous character was a space
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ':
				if space {
					return true, true
				}
				space = true
			case c < ' ' || c == 0x7f:
				return true, true
			default:
				space = false
				special = special || c == '{' || c == '}' || escapes[c] != ""
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(string(s[i:min(i+utf8.UTFMax, len(s))]))
		// Invalid UTF-8, a C1 control or other white space (none is above
		// U+3000).
		if size == 1 || unicode.IsControl(r) || r <= 0x3000 && unicode.IsSpace(r) {
			return true, true
		}
		space = false
		i += size
	}
	return false, special
}

// appendEscape appends s to dst cleaned and escaped for a BibTeX field
// value. When protect is set it also puts braces around every word that a
// style changing the title's case must leave alone: a word with a capital
// letter, except a first word whose only capital is its first letter. "The
// DNA of Zotero" becomes "The {DNA} of {Zotero}".
func appendEscape(dst []byte, s string, protect bool) []byte {
	dirty, special := inspect(s)
	if !special && !protect {
		return append(dst, s...)
	}
	if dirty {
		s = clean(s)
	}
	return appendEscaped(dst, s, protect)
}

// appendEscaped appends s, already clean, escaped, copying runs that need
// no escaping in one go.
func appendEscaped(dst []byte, s string, protect bool) []byte {
	matched := matchBraces(s)
	first := true
	done := 0 // s[:done] is written
	for i := 0; i < len(s); {
		c := s[i]
		if protect && (c >= utf8.RuneSelf || isWordByte(c)) {
			r, size := decodeRune(s, i)
			if isWordRune(r) {
				j := wordEnd(s, i+size)
				dst = appendWord(append(dst, s[done:i]...), s[i:j], first)
				first = false
				i, done = j, j
				continue
			}
			i += size
			continue
		}
		if rep := replacement(c, matched, i); rep != "" {
			dst = append(append(dst, s[done:i]...), rep...)
			done = i + 1
		}
		i++
	}
	return append(dst, s[done:]...)
}

// replacement returns what byte c at offset i of a value is written as,
// or "" when it is written as it is. matched is from matchBraces.
func replacement(c byte, matched []bool, i int) string {
	switch {
	case c == '{' && matched[i]:
		return `\{`
	case c == '}' && matched[i]:
		return `\}`
	case c == '{':
		return `\textbraceleft{}`
	case c == '}':
		return `\textbraceright{}`
	case c < utf8.RuneSelf:
		return escapes[c]
	}
	return ""
}

// decodeRune decodes the rune at offset i of s.
func decodeRune(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// matchBraces marks, by byte offset, the braces of s that pair up; it is
// nil when s has no braces.
func matchBraces(s string) []bool {
	if !strings.ContainsAny(s, "{}") {
		return nil
	}
	matched := make([]bool, len(s))
	var open []int
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '{':
			open = append(open, i)
		case '}':
			if n := len(open); n > 0 {
				matched[open[n-1]], matched[i] = true, true
				open = open[:n-1]
			}
		}
	}
	return matched
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isWordByte(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// wordEnd returns the offset just past the word of s that goes on at i.
func wordEnd(s string, i int) int {
	for i < len(s) {
		r, size := decodeRune(s, i)
		if !isWordRune(r) {
			break
		}
		i += size
	}
	return i
}

func appendWord(dst []byte, w string, first bool) []byte {
	if needsProtection(w, first) {
		return append(append(append(dst, '{'), w...), '}')
	}
	return append(dst, w...)
}

// needsProtection reports whether word w has a capital that a change of
// case would lose: any capital, or for the first word of a title, a capital
// after its first letter (DNA, iPhone, McDonald).
func needsProtection(w string, first bool) bool {
	for i := 0; i < len(w); {
		r, size := decodeRune(w, i)
		if (r < utf8.RuneSelf && 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r)) && (!first || i > 0) {
			return true
		}
		i += size
	}
	return false
}

// appendURL appends a URL or DOI so that it stays usable: styles pass it to
// \url, which reads % and # as they are, and biber and pandoc take the field
// verbatim, so only what would break the field is percent-encoded — braces,
// backslash and spaces — and control characters are dropped.
func appendURL(dst []byte, s string) []byte {
	if plainURL(s) {
		return append(dst, s...)
	}
	s = strings.ToValidUTF8(strings.TrimSpace(s), "")
	for _, r := range s {
		switch {
		case r == ' ':
			dst = append(dst, "%20"...)
		case r == '{':
			dst = append(dst, "%7B"...)
		case r == '}':
			dst = append(dst, "%7D"...)
		case r == '\\':
			dst = append(dst, "%5C"...)
		case unicode.IsControl(r) || unicode.IsSpace(r):
		default:
			dst = utf8.AppendRune(dst, r)
		}
	}
	return dst
}

// plainURL reports whether s is printable ASCII without spaces, braces or
// backslashes: a URL that appendURL copies as it is.
func plainURL(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c >= 0x7f || c == '{' || c == '}' || c == '\\' {
			return false
		}
	}
	return true
}

// trimDOI removes a resolver or "doi:" prefix: the styles build the link
// from the bare DOI.
func trimDOI(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range []string{"https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"} {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return strings.TrimSpace(s[len(p):])
		}
	}
	return s
}

// appendPages appends page ranges the BibTeX way: a dash (or ～, ~) between
// two page numbers becomes "--", so "82-91,113,159" is "82--91,113,159".
// Only dashes and spaces are
// replaced, so the braces that pair up are those of the cleaned value, and
// the rest is escaped as it goes.
func appendPages(dst []byte, s string) []byte {
	if dirty, _ := inspect(s); dirty {
		s = clean(s)
	}
	matched := matchBraces(s)
	prevWord := false // the previous rune of s is a letter or digit
	for i := 0; i < len(s); {
		r, size := decodeRune(s, i)
		if prevWord && (r == ' ' || isDash(r)) {
			if j := dashRun(s, i); j > i {
				dst = append(dst, "--"...)
				i, prevWord = j, false
				continue
			}
		}
		if rep := replacement(s[i], matched, i); rep != "" {
			dst = append(dst, rep...)
		} else {
			dst = append(dst, s[i:i+size]...)
		}
		prevWord = isWordRune(r)
		i += size
	}
	return dst
}

// dashRun returns the end of a page-range dash that starts at offset i, just
// after a letter or digit — dashes with optional spaces around, followed by
// a letter or digit — or i if there is none. A space before the dash has
// been written already, so a run starts at a space only if a dash follows
// it.
func dashRun(s string, i int) int {
	j, dashes := i, 0
	for j < len(s) {
		r, size := decodeRune(s, j)
		if isDash(r) {
			dashes++
		} else if r != ' ' {
			break
		}
		j += size
	}
	if dashes == 0 || j == len(s) {
		return i
	}
	if r, _ := decodeRune(s, j); !isWordRune(r) {
		return i
	}
	return j
}

func isDash(r rune) bool {
	return strings.ContainsRune("-‐‑‒–—―－~～〜", r)
}
