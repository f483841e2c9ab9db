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
	if !p.parseAPA(all) {
		p.parseLoose(all)
	}
	p.rec.Type = inferType(p.rec)
	p.warn("no-type-code", -1, "no document type code such as [J] or [M]; type inferred as "+p.rec.Type)
}

// parseLoose reads "authors. title. rest" as GB/T 7714 would write it but
// for the type code.
func (p *entryParser) parseLoose(all span) {
	rest := all
	if i := firstSep(rest.text); i >= 0 {
		if nl, ok := parseNames(rest.text[:i]); ok {
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
