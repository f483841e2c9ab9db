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

var specials = map[rune]string{
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

// escape returns s cleaned and escaped for a BibTeX field value.
func escape(s string) string { return escapeTitle(s, false) }

// escapeTitle is escape that, when protect is set, also puts braces around
// every word that a style changing the title's case must leave alone: a
// word with a capital letter, except a first word whose only capital is its
// first letter. "The DNA of Zotero" becomes "The {DNA} of {Zotero}".
func escapeTitle(s string, protect bool) string {
	s = clean(s)
	matched := matchBraces(s)
	var b strings.Builder
	first := true
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if protect && isWordRune(r) {
			j := wordEnd(s, i)
			writeWord(&b, s[i:j], first)
			first = false
			i = j
			continue
		}
		writeRune(&b, r, matched[i])
		i += size
	}
	return b.String()
}

// matchBraces marks, by byte offset, the braces of s that pair up.
func matchBraces(s string) []bool {
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

func writeRune(b *strings.Builder, r rune, matched bool) {
	switch {
	case r == '{' && matched:
		b.WriteString(`\{`)
	case r == '}' && matched:
		b.WriteString(`\}`)
	case r == '{':
		b.WriteString(`\textbraceleft{}`)
	case r == '}':
		b.WriteString(`\textbraceright{}`)
	case specials[r] != "":
		b.WriteString(specials[r])
	default:
		b.WriteRune(r)
	}
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// wordEnd returns the offset just past the word of s that starts at i.
func wordEnd(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			break
		}
		i += size
	}
	return i
}

func writeWord(b *strings.Builder, w string, first bool) {
	if needsProtection(w, first) {
		b.WriteString("{" + w + "}")
		return
	}
	b.WriteString(w)
}

// needsProtection reports whether word w has a capital that a change of
// case would lose: any capital, or for the first word of a title, a capital
// after its first letter (DNA, iPhone, McDonald).
func needsProtection(w string, first bool) bool {
	for i, r := range w {
		if unicode.IsUpper(r) && (!first || i > 0) {
			return true
		}
	}
	return false
}

// escapeURL writes a URL or DOI so that it stays usable: styles pass it to
// \url, which reads % and # as they are, and biber and pandoc take the field
// verbatim, so only what would break the field is percent-encoded — braces,
// backslash and spaces — and control characters are dropped.
func escapeURL(s string) string {
	s = strings.ToValidUTF8(strings.TrimSpace(s), "")
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == ' ':
			b.WriteString("%20")
		case r == '{':
			b.WriteString("%7B")
		case r == '}':
			b.WriteString("%7D")
		case r == '\\':
			b.WriteString("%5C")
		case unicode.IsControl(r) || unicode.IsSpace(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
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

// escapePages writes page ranges the BibTeX way: a dash (or ～, ~) between
// two page numbers becomes "--", so "82-91,113,159" is "82--91,113,159".
func escapePages(s string) string {
	rs := []rune(clean(s))
	var b strings.Builder
	for i := 0; i < len(rs); i++ {
		if j := dashRun(rs, i); j > i {
			b.WriteString("--")
			i = j - 1
			continue
		}
		b.WriteRune(rs[i])
	}
	return escape(b.String())
}

// dashRun returns the end of a page-range dash that starts at i — dashes
// with optional spaces around, between two letters or digits — or i if
// there is none. A space before the dash has been written already, so a
// run starts at a space only if a dash follows it.
func dashRun(rs []rune, i int) int {
	if i == 0 || !isWordRune(rs[i-1]) {
		return i
	}
	j, dashes := i, 0
	for ; j < len(rs) && (isDash(rs[j]) || rs[j] == ' '); j++ {
		if isDash(rs[j]) {
			dashes++
		}
	}
	if dashes == 0 || j == len(rs) || !isWordRune(rs[j]) {
		return i
	}
	return j
}

func isDash(r rune) bool {
	return strings.ContainsRune("-‐‑‒–—―－~～〜", r)
}
