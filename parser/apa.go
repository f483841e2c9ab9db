package parser

import (
	"strings"
	"unicode/utf8"

	"github.com/refparse/refparse/gbt7714"
)

// parseAPA reads a reference in APA style, common for English items in
// Chinese papers: "Ostrom, E. (1996). Title. Journal, 24(6), 1073–1087."
// It reports whether s had APA's mark, the year in parentheses after the
// authors.
func (p *entryParser) parseAPA(s span) bool {
	i, j, year, ok := apaYear(s.text)
	if !ok {
		return false
	}
	p.rec.Issued = year
	p.setNames(apaNames(strings.TrimRight(s.text[:i], " ")), roleAuthor)
	rest := s.from(j).trim()
	title := rest
	if k := firstSep(rest.text); k >= 0 {
		title, rest = rest.to(k), rest.from(k+1).trim()
	} else {
		rest = span{}
	}
	p.setTitle(title.text)
	var buf [16]span
	for _, seg := range segments(buf[:0], rest) {
		if !p.apaSource(seg.text) && !p.segment(seg) {
			p.warn("unparsed", seg.off, "could not place "+quote(seg.text))
		}
	}
	p.warn("not-gbt7714", -1, "not written in GB/T 7714 but in APA style; fields are a best effort")
	return true
}

// apaYear finds "(2023)." or "(2023, May 4)." after the authors: i is where
// it starts, j where the title begins.
func apaYear(s string) (i, j int, year gbt7714.Date, ok bool) {
	i = strings.Index(s, "(")
	if i <= 0 || utf8.RuneCountInString(s[:i]) > 300 {
		return 0, 0, year, false
	}
	end := strings.Index(s[i:], ")")
	if end < 0 {
		return 0, 0, year, false
	}
	inner := s[i+1 : i+end]
	y, _, _ := strings.Cut(inner, ",")
	if !isYear(strings.TrimRight(y, "abcdefgh")) {
		return 0, 0, year, false
	}
	j = i + end + 1
	if !strings.HasPrefix(s[j:], ".") {
		return 0, 0, year, false
	}
	return i, j + 1, gbt7714.Date{Year: atoi(y)}, true
}

// apaNames reads "Bovaird, T., & Loeffler, E." (surname, initials) or a
// Chinese name list.
func apaNames(s string) nameList {
	var nl nameList
	var buf [8]string
	parts := splitNames(buf[:0], s)
	for k := 0; k < len(parts); k++ {
		part := parts[k]
		switch {
		case part == "":
		case isEtAl(part):
			nl.etAl = true
		case k+1 < len(parts) && isInitials(strings.ReplaceAll(parts[k+1], " ", "")):
			nl.names = append(nl.names, gbt7714.Name{Family: part, Given: parts[k+1]})
			k++
		default:
			if n, ok := makeName(strings.TrimRight(part, ".")); ok {
				nl.names = append(nl.names, n)
			}
		}
	}
	return nl
}

// apaSource reads APA's source: "Journal, 24(6), 1073–1087", "学海, (5),
// 132–145", or a publisher alone.
func (p *entryParser) apaSource(s string) bool {
	parts := splitTop(span{0, s}, ",")
	n := len(parts)
	if n >= 2 {
		if pg, ok := pageSpec(parts[n-1].text); ok {
			if vol, iss, ok := volumeIssue(parts[n-2].text); ok && n >= 3 {
				p.rec.ContainerTitle = joinParts(s, parts[:n-2])
				p.rec.Volume, p.rec.Issue, p.rec.Page = vol, iss, pg
				return true
			}
		}
	}
	if n == 1 && p.rec.Publisher == "" && p.rec.ContainerTitle == "" && !strings.ContainsAny(s, "0123456789") {
		p.rec.Publisher = s
		return true
	}
	return false
}

// joinParts returns the stretch of s that parts (its consecutive pieces)
// cover.
func joinParts(s string, parts []span) string {
	last := parts[len(parts)-1]
	return s[parts[0].off : last.off+len(last.text)]
}
