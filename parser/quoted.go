package parser

import (
	"strings"

	"github.com/refparse/refparse/gbt7714"
)

// quotePairs are the quotation marks around an article's title in MLA and
// Chicago style.
var quotePairs = []struct{ open, close string }{{"“", "”"}, {"\"", "\""}}

// parseQuoted reads a reference in MLA or Chicago style, whose mark is the
// article title in quotation marks after the authors: Ostrom, Elinor.
// "Crossing the Great Divide." World Development, vol. 24, no. 6, 1996,
// pp. 1073-87. It reports whether s had that mark.
func (p *entryParser) parseQuoted(s span) bool {
	open, i, j, k, ok := quotedTitle(s.text)
	if !ok {
		return false
	}
	p.setNames(invertedNames(strings.TrimRight(s.text[:open], ". ")), roleAuthor)
	p.setTitle(strings.TrimRight(s.text[i:j], ".,"))
	p.quotedSource(s.from(k).text)
	p.warn("not-gbt7714", -1, "not written in GB/T 7714 but in MLA or Chicago style; fields are a best effort")
	return true
}

// quotedTitle finds a quoted title after the authors: the opening mark is
// at open, the title runs from i to j, and the rest starts at k.
func quotedTitle(s string) (open, i, j, k int, ok bool) {
	for _, q := range quotePairs {
		open = strings.Index(s, q.open)
		if open <= 0 || !strings.HasSuffix(strings.TrimRight(s[:open], " "), ".") {
			continue
		}
		i = open + len(q.open)
		end := strings.Index(s[i:], q.close)
		if end <= 0 {
			continue
		}
		j = i + end
		return open, i, j, j + len(q.close), true
	}
	return 0, 0, 0, 0, false
}

// invertedNames reads names written "Ostrom, Elinor" for the first and
// "John Smith" for the others: "Smith, John, and Jane Doe".
func invertedNames(s string) nameList {
	var nl nameList
	var buf [8]string
	parts := splitNames(buf[:0], s)
	for k := 0; k < len(parts); k++ {
		part := strings.TrimRight(parts[k], ".")
		switch {
		case part == "":
		case isEtAl(part):
			nl.etAl = true
		case k == 0 && len(parts) > 1 && !strings.Contains(part, " ") && !isEtAl(parts[1]):
			nl.names = append(nl.names, gbt7714.Name{Family: part, Given: strings.TrimSpace(parts[1])})
			k++
		default:
			if n, ok := makeName(part); ok {
				nl.names = append(nl.names, n)
			}
		}
	}
	return nl
}

// quotedSource reads what follows the title in MLA and Chicago: the
// container, then volume, number, year and pages in either style —
// "World Development, vol. 24, no. 6, 1996, pp. 1073-87." or "World
// Development 24, no. 6 (1996): 1073–87.".
func (p *entryParser) quotedSource(rest string) {
	rest = strings.Trim(rest, " .,")
	r := p.rec
	rest, r.Page = cutPages(rest)
	rest, r.Issued = cutYear(rest)
	fields := splitTop(span{0, rest}, ",")
	for n, f := range fields {
		t := strings.TrimSpace(f.text)
		switch {
		case strings.HasPrefix(t, "vol. ") || strings.HasPrefix(t, "Vol. "):
			r.Volume = strings.TrimSpace(t[5:])
		case strings.HasPrefix(t, "no. ") || strings.HasPrefix(t, "No. "):
			r.Issue = strings.TrimSpace(t[4:])
		case n == 0:
			r.ContainerTitle, r.Volume = cutTrailingNumber(t)
		case r.Publisher == "" && countDigits(t) == 0:
			r.Publisher = t
		}
	}
	if r.Volume == "" && r.Issue == "" && r.ContainerTitle != "" && r.Publisher == "" {
		// MLA's book: "Cambridge UP, 1990" after the title.
		r.Publisher, r.ContainerTitle = r.ContainerTitle, ""
	}
}

// cutPages removes the pages from the end: "pp. 1073-87" or ": 1073–87".
func cutPages(s string) (string, string) {
	for _, mark := range []string{"pp. ", "p. ", ":"} {
		i := strings.LastIndex(s, mark)
		if i < 0 {
			continue
		}
		if pg, ok := pageSpec(s[i+len(mark):]); ok {
			return strings.TrimRight(s[:i], " ,"), pg
		}
	}
	return s, ""
}

// cutYear removes the year: "(1996)" or a field ", 1996".
func cutYear(s string) (string, gbt7714.Date) {
	if base, paren, ok := cutParen(s); ok && isYear(paren) {
		return strings.TrimRight(base, " ,"), gbt7714.Date{Year: atoi(paren)}
	}
	parts := splitTop(span{0, s}, ",")
	for _, f := range parts {
		if isYear(f.text) {
			return strings.TrimRight(s[:f.off], " ,") + s[f.off+len(f.text):], gbt7714.Date{Year: atoi(f.text)}
		}
	}
	return s, gbt7714.Date{}
}

// cutTrailingNumber splits Chicago's "World Development 24" into the
// journal and its volume.
func cutTrailingNumber(s string) (string, string) {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 || countDigits(s[i+1:]) != len(s)-i-1 {
		return s, ""
	}
	return s[:i], s[i+1:]
}
