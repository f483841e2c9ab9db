package parser

import (
	"strings"
	"unicode/utf8"

	"github.com/refparse/refparse/gbt7714"
)

// pubInfo is what a publication segment holds: "place: publisher, year:
// pages", "journal, year, volume(issue): pages", "newspaper, date(edition)"
// or just a date.
type pubInfo struct {
	who      span // place and publisher, or the container
	date     gbt7714.Date
	volume   string
	issue    string
	paren    string       // the parenthesised part after a full date (a newspaper's edition)
	updated  gbt7714.Date // a date in parentheses after the year: "2012(2012-03-01)"
	page     string
	hasPages bool
}

// parsePub reads a publication segment from the right: pages after the last
// colon, then the year (or full date) with volume and issue, then whatever
// comes before as the publisher or container. ok is false when s holds no
// year.
func parsePub(s span) (pubInfo, bool) {
	var pi pubInfo
	if base, paren, ok := cutParen(s.text); ok && paren != "" && base != "" {
		if d, ok := parseDate(paren); ok && d.Month > 0 && strings.ContainsAny(base, ",:") {
			// "Nature, 2014, 510: 356-362(2014-06-19)": the update date.
			pi.updated = d
			s = s.to(len(base)).trim()
		}
	}
	rest := s
	if i := lastTop(s.text, ':'); i >= 0 {
		if pg, ok := pageSpec(s.text[i+1:]); ok {
			pi.page, pi.hasPages = pg, true
			rest = s.to(i).trim()
		}
	}
	// Read from the right; ';' separates in Vancouver style: 1996;24(6):1073-87.
	head, last := cutLastTop(rest, ",;")
	if vol, iss, ok := volumeIssue(last.text); ok && head.text != "" {
		h, prev := cutLastTop(head, ",;")
		if !isYear(prev.text) {
			return pubInfo{}, false
		}
		pi.volume, pi.issue = vol, iss
		pi.date = gbt7714.Date{Year: atoi(prev.text)}
		head = h
	} else if d, paren, ok := dateParen(last.text); ok {
		pi.date = d
		pi.setParen(paren)
	} else if y, pg, ok := yearPages(last.text); ok && !pi.hasPages {
		pi.date, pi.page, pi.hasPages = y, pg, true
	} else {
		return pubInfo{}, false
	}
	pi.who = head
	return pi, true
}

// setParen files what stands in parentheses after the year or date: an
// update date, an issue after a year, or a newspaper's edition after a
// full date.
func (pi *pubInfo) setParen(paren string) {
	switch d, ok := parseDate(paren); {
	case paren == "":
	case ok && d.Month > 0:
		pi.updated = d
	case pi.date.Month == 0:
		pi.issue = paren
	default:
		pi.paren = paren
	}
}

// yearPages matches the 1987 form "1962.76": a year, a full stop, pages.
func yearPages(s string) (gbt7714.Date, string, bool) {
	y, rest, ok := strings.Cut(strings.TrimSpace(s), ".")
	if !ok || !isYear(y) {
		return gbt7714.Date{}, "", false
	}
	pg, ok := pageSpec(rest)
	return gbt7714.Date{Year: atoi(y)}, pg, ok
}

// placePublisher splits "北京: 人民出版社" at its first colon; without a colon
// the whole is the publisher.
func placePublisher(s string) (place, publisher string) {
	if i := strings.IndexByte(s, ':'); i >= 0 {
		return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:])
	}
	return "", s
}

// volumeIssue matches "37(3)", "24", "52(S1)", "30(增刊)", and "(4)" — an
// issue without a volume.
func volumeIssue(s string) (vol, issue string, ok bool) {
	base, paren, ok := cutParen(s)
	if ok && base == "" && paren != "" {
		return "", paren, true
	}
	if !ok || base == "" || len(base) > 8 || countDigits(base) == 0 {
		return "", "", false
	}
	if !isVolume(base) {
		return "", "", false
	}
	return base, paren, true
}

// isVolume accepts a volume number: digits, perhaps with a letter or a
// range ("37", "5A", "12-13").
func isVolume(s string) bool {
	for _, r := range s {
		if !isDigit(r) && !isLatin(r) && r != '-' && r != '/' {
			return false
		}
	}
	return !isYear(s)
}

// cutParen splits "2023(5)" into "2023" and "5"; a string without a
// trailing parenthesis is returned whole.
func cutParen(s string) (base, paren string, ok bool) {
	s = strings.TrimSpace(s)
	if !strings.HasSuffix(s, ")") {
		return s, "", true
	}
	i := strings.LastIndexByte(s, '(')
	if i < 0 {
		return "", "", false
	}
	paren = strings.TrimSpace(s[i+1 : len(s)-1])
	if paren == "" || utf8.RuneCountInString(paren) > 20 {
		return "", "", false
	}
	return strings.TrimSpace(s[:i]), paren, true
}

// dateParen matches a year or date with an optional parenthesised part:
// "2023(5)", "2022-10-26(001)", "2006-12-13".
func dateParen(s string) (gbt7714.Date, string, bool) {
	base, paren, ok := cutParen(s)
	if !ok {
		return gbt7714.Date{}, "", false
	}
	d, ok := parseDate(base)
	return d, paren, ok
}

func isYear(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) != 4 || countDigits(s) != 4 {
		return false
	}
	y := atoi(s)
	return y >= 1000 && y <= 2199
}

// parseDate reads 2022, 2022-10, 2022-10-26, 2022-1-5, 2022.10.26 or
// 2022年10月26日.
func parseDate(s string) (gbt7714.Date, bool) {
	s = strings.TrimSpace(s)
	if !isYear(prefix(s, 4)) {
		return gbt7714.Date{}, false
	}
	d := gbt7714.Date{Year: atoi(s[:4])}
	rest := s[4:]
	parts := [2]*int{&d.Month, &d.Day}
	for _, p := range parts {
		if rest == "" || rest == "年" || rest == "月" {
			return d, d.Month <= 12 && d.Day <= 31
		}
		sep, size := utf8.DecodeRuneInString(rest)
		if sep != '-' && sep != '.' && sep != '/' && sep != '年' && sep != '月' {
			return gbt7714.Date{}, false
		}
		rest = rest[size:]
		k := countDigits(rest)
		if k == 0 || k > 2 {
			return gbt7714.Date{}, false
		}
		*p = atoi(rest[:k])
		rest = rest[k:]
	}
	rest = strings.TrimPrefix(rest, "日")
	if rest != "" || d.Month > 12 || d.Day > 31 || d.Month == 0 {
		return gbt7714.Date{}, false
	}
	return d, true
}

func prefix(s string, n int) string {
	if len(s) < n {
		return s
	}
	return s[:n]
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// pageSpec reads pages: a page, a range or a list of them ("89",
// "82-91,113,159", "S12-S15", "xii", "e1002"), with the range written in
// any dash or tilde; it returns them with ASCII hyphens.
func pageSpec(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 80 {
		return "", false
	}
	for rest := s; ; {
		item, more, found := strings.Cut(rest, ",")
		if !pageItem(strings.TrimSpace(item)) {
			return "", false
		}
		if !found {
			break
		}
		rest = more
	}
	if isPlainPages(s) {
		return s, true
	}
	return normalizeDash(strings.Map(dropSpace, s)), true
}

// isPlainPages reports whether pages are already written as pageSpec
// returns them: letters, digits, '-' and ',' only.
func isPlainPages(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c == '-' || c == ',' || c == '+' || c < utf8.RuneSelf && (isDigit(rune(c)) || isLatin(rune(c)))) {
			return false
		}
	}
	return true
}

func dropSpace(r rune) rune {
	if r == ' ' {
		return -1
	}
	return r
}

func pageItem(s string) bool {
	if s == "" {
		return false
	}
	digits := 0
	for _, r := range s {
		switch {
		case isDigit(r):
			digits++
		case isRangeDash(r), r == '+', r == ' ', isLatin(r) && r < utf8.RuneSelf:
		default:
			return false
		}
	}
	return digits > 0 || isRoman(s)
}

func isRangeDash(r rune) bool {
	return r == '-' || r == '–' || r == '—' || r == '~' || r == '～' || r == '―'
}

func normalizeDash(s string) string {
	return strings.Map(func(r rune) rune {
		if isRangeDash(r) {
			return '-'
		}
		return r
	}, strings.ReplaceAll(s, "——", "-"))
}

func isRoman(s string) bool {
	s = strings.ToLower(s)
	for _, r := range s {
		if !strings.ContainsRune("ivxlcdm-", r) {
			return false
		}
	}
	return true
}
