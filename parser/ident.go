package parser

import (
	"strings"
)

// blank replaces s[i:j] with spaces, keeping every other offset in place.
func blank(s string, i, j int) string {
	return s[:i] + strings.Repeat(" ", j-i) + s[j:]
}

// wordEnd returns the end of the run of non-space bytes starting at i.
func wordEnd(s string, i int) int {
	j := strings.IndexByte(s[i:], ' ')
	if j < 0 {
		return len(s)
	}
	return i + j
}

// trimIdent drops the punctuation that ends a reference or a field from an
// identifier: "http://x.htm." → "http://x.htm".
func trimIdent(s string) string {
	s = strings.TrimRight(s, ".,;")
	if strings.HasSuffix(s, ")") && !strings.Contains(s, "(") {
		s = strings.TrimRight(s, ")")
	}
	return s
}

var doiHosts = []string{"https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/"}

// takeIdentifiers moves URLs, DOIs, arXiv and CSTR identifiers from s into
// the record and blanks them out.
func (p *entryParser) takeIdentifiers(s string) string {
	for _, scheme := range []string{"https://", "http://", "www."} {
		for i := strings.Index(s, scheme); i >= 0; i = strings.Index(s, scheme) {
			j := wordEnd(s, i)
			p.setURL(trimIdent(s[i:j]))
			s = blank(s, i, j)
		}
	}
	s = p.takePrefixed(s, "doi:", func(v string) { p.rec.DOI = v })
	s = p.takePrefixed(s, "arxiv:", func(v string) { p.setNumber("arXiv:" + v) })
	s = p.takePrefixed(s, "cstr:", func(v string) { p.setNumber("CSTR:" + v) })
	return s
}

func (p *entryParser) setURL(u string) {
	for _, h := range doiHosts {
		if doi, ok := strings.CutPrefix(u, h); ok && p.rec.DOI == "" {
			p.rec.DOI = doi
		}
	}
	if p.rec.URL == "" {
		p.rec.URL = u
	}
}

func (p *entryParser) setNumber(n string) {
	if p.rec.Number == "" {
		p.rec.Number = n
	}
}

// takePrefixed finds "PREFIX value" (case-insensitive, spaces allowed after
// the colon), hands the value to set and blanks both out.
func (p *entryParser) takePrefixed(s, prefix string, set func(string)) string {
	i := indexFold(s, prefix)
	if i < 0 {
		return s
	}
	v := i + len(prefix)
	for v < len(s) && s[v] == ' ' {
		v++
	}
	j := wordEnd(s, v)
	if val := trimIdent(s[v:j]); val != "" {
		set(val)
	}
	return blank(s, i, j)
}

// indexFold returns the index of the first instance of sub, which ends in
// a colon, in s, ignoring case; -1 if there is none. It looks only where
// s has a colon.
func indexFold(s, sub string) int {
	n := len(sub)
	for from := 0; ; {
		c := strings.IndexByte(s[from:], ':')
		if c < 0 {
			return -1
		}
		end := from + c + 1
		if end >= n && strings.EqualFold(s[end-n:end], sub) {
			return end - n
		}
		from = end
	}
}

// takeAccessed finds the access date "[2015-05-30]", as GB/T 7714 writes
// it for electronic resources, and blanks it out.
func (p *entryParser) takeAccessed(s string) string {
	for i := strings.IndexByte(s, '['); i >= 0; {
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			break
		}
		j += i
		if d, ok := parseDate(s[i+1 : j]); ok && d.Month > 0 {
			p.rec.Accessed = d
			s = blank(s, i, j+1)
		}
		next := strings.IndexByte(s[j:], '[')
		if next < 0 {
			break
		}
		i = j + next
	}
	return s
}

// edition reads an edition statement: "2版", "第3版", "3rd ed", "2nd edn",
// "修订版", "V1.0", and returns it without the word for edition.
func edition(s string) (string, bool) {
	t := strings.TrimSpace(strings.TrimRight(s, ". "))
	if isVersion(t) {
		return t, true
	}
	if v, ok := strings.CutSuffix(t, "版"); ok && v != "" && len(v) <= 12 {
		v = strings.TrimPrefix(v, "第")
		return strings.TrimSpace(v), !strings.ContainsAny(v, ",:")
	}
	for _, suf := range []string{" edition", " edn", " ed", " Ed"} {
		if v, ok := strings.CutSuffix(t, suf); ok && v != "" && !strings.ContainsAny(v, ",:") && len(v) <= 12 {
			return ordinal(v), true
		}
	}
	return "", false
}

// isVersion matches a version written as an edition: "V2", "V1.0", "v2.7".
func isVersion(s string) bool {
	if len(s) < 2 || (s[0] != 'V' && s[0] != 'v') {
		return false
	}
	for i := 1; i < len(s); i++ {
		if !isDigit(rune(s[i])) && (s[i] != '.' || i == 1) {
			return false
		}
	}
	return true
}

// ordinal turns "3rd" into "3"; other words ("Rev") are kept.
func ordinal(v string) string {
	if d := countDigits(v); d > 0 {
		switch v[d:] {
		case "st", "nd", "rd", "th", "":
			return v[:d]
		}
	}
	return v
}
