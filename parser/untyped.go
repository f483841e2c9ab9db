package parser

import (
	"strings"

	"github.com/refparse/refparse/gbt7714"
)

// parseUntyped reads a reference without a type code — an entry of the
// 1987 edition or a looser one, or one in another style such as APA — and
// infers its type from the fields it found.
func (p *entryParser) parseUntyped(all span) {
	all.text = p.takeIdentifiers(all.text)
	all.text = p.takeAccessed(all.text)
	switch {
	case p.parseAPA(all):
	case p.parseQuoted(all):
	default:
		p.parseLoose(all)
	}
	if isVancouver(all.text) {
		p.warn("not-gbt7714", -1, "not written in GB/T 7714 but in Vancouver style; fields are a best effort")
	}
	p.rec.Type = inferType(p.rec)
	p.warn("no-type-code", -1, "no document type code such as [J] or [M]; type inferred as "+p.rec.Type)
}

// parseLoose reads "authors. title. rest" as GB/T 7714 would write it but
// for the type code.
func (p *entryParser) parseLoose(all span) {
	rest := all
	if i := firstSep(rest.text); i >= 0 {
		if looksInverted(rest.text[:i]) {
			p.setNames(invertedNames(rest.text[:i]), roleAuthor)
			p.warn("not-gbt7714", -1, "not written in GB/T 7714 (the first author is “Surname, Given name”, as in MLA or Chicago); fields are a best effort")
			rest = rest.from(i + 1).trim()
		} else if nl, ok := parseNames(rest.text[:i]); ok {
			p.setNames(nl, roleAuthor)
			rest = rest.from(i + 1).trim()
		}
	}
	title := rest
	if i := firstSep(rest.text); i >= 0 {
		title, rest = rest.to(i), rest.from(i+1)
	} else {
		rest = span{}
	}
	p.setTitle(title.text)
	p.parseRest(rest)
}

// inferType guesses the type of an untyped reference from its fields: a
// thesis when it says so, a journal article when it has a volume or issue,
// a book (or a chapter) when it has a publisher or host, a web page when it
// has only a URL, and Z otherwise.
func inferType(r *gbt7714.Record) string {
	switch {
	case strings.Contains(r.Genre, "论文") || strings.Contains(strings.ToLower(r.Genre), "thesis"):
		return "D"
	case r.Volume != "" || r.Issue != "":
		return "J"
	case r.Analytic && isProceedings(r.ContainerTitle):
		return "C"
	case r.Analytic || r.Publisher != "" || r.Place != "":
		return "M"
	case r.URL != "":
		return "EB"
	}
	return "Z"
}

// isProceedings reports whether a host title names conference proceedings.
func isProceedings(title string) bool {
	for _, w := range []string{"论文集", "会议", "Proceedings", "proceedings", "Conference", "Symposium"} {
		if strings.Contains(title, w) {
			return true
		}
	}
	return false
}

// isVancouver reports whether s has Vancouver's "1996;24(6):1073-87": a
// year followed by a semicolon and a digit.
func isVancouver(s string) bool {
	for i := strings.IndexByte(s, ';'); i >= 0; i = nextByte(s, ';', i+1) {
		if i >= 4 && isYear(s[i-4:i]) && i+1 < len(s) && isDigit(rune(s[i+1])) {
			return true
		}
	}
	return false
}

func nextByte(s string, c byte, from int) int {
	j := strings.IndexByte(s[from:], c)
	if j < 0 {
		return -1
	}
	return from + j
}

// looksInverted reports whether a list of names starts "Ostrom, Elinor":
// a capitalised surname in mixed case, a comma, a capitalised given name —
// never how GB/T 7714 writes a name.
func looksInverted(s string) bool {
	family, rest, ok := strings.Cut(s, ",")
	given, _, _ := strings.Cut(strings.TrimSpace(rest), ",")
	return ok && isCapitalized(family) && isCapitalized(strings.TrimSpace(given))
}

// isCapitalized reports whether w is one word of Latin letters, a capital
// then at least one lower-case letter.
func isCapitalized(w string) bool {
	if len(w) < 2 || !isUpper(rune(w[0])) {
		return false
	}
	lower := false
	for _, r := range w[1:] {
		switch {
		case isLower(r):
			lower = true
		case r == '-' || r == '\'' || isUpper(r):
		default:
			return false
		}
	}
	return lower
}
