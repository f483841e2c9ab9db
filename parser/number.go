package parser

import (
	"strings"
)

// titleNumber moves the number of a standard, patent or report out of its
// title: "GB/T 7714—2015 信息与文献…" and "信息与文献…: GB/T 7714—2015" for
// standards, "全智能节电器: 200610171314.3" for patents (with the country
// before the number in older editions: "…: 中国, 88105607.3"), "…: PB
// 91-194001" for reports.
func (p *entryParser) titleNumber() {
	r := p.rec
	if r.Type != "S" && r.Type != "P" && r.Type != "R" {
		return
	}
	if r.Type == "S" {
		if n := leadingStandardNumber(r.Title); n > 0 {
			r.Number, r.Title = r.Title[:n], strings.TrimSpace(r.Title[n:])
			return
		}
	}
	i := strings.LastIndex(r.Title, ":")
	if i < 0 {
		return
	}
	num := strings.TrimSpace(r.Title[i+1:])
	if r.Type == "P" {
		if c, n, ok := strings.Cut(num, ","); ok && isIdentifier(strings.TrimSpace(n)) {
			r.Place, num = strings.TrimSpace(c), strings.TrimSpace(n)
		}
	}
	if isIdentifier(num) {
		r.Number, r.Title = num, strings.TrimSpace(r.Title[:i])
	}
}

// isIdentifier reports whether s looks like a document number: short, with
// digits, and no Han text.
func isIdentifier(s string) bool {
	if s == "" || len(s) > 48 {
		return false
	}
	digits := 0
	for _, r := range s {
		switch {
		case isDigit(r):
			digits++
		case isHan(r):
			return false
		}
	}
	return digits >= 2
}

// leadingStandardNumber returns the length of a standard number at the
// start of s ("GB/T 7714—2015", "ISO 690:2010", "GB 3100-1993"), when a
// title follows it; otherwise 0.
func leadingStandardNumber(s string) int {
	i := 0
	for i < len(s) && (isUpper(rune(s[i])) || s[i] == '/') {
		i++
	}
	if i == 0 || i > 8 {
		return 0
	}
	if i < len(s) && s[i] == ' ' {
		i++
	}
	d := countDigits(s[i:])
	if d == 0 {
		return 0
	}
	i += d
	for i < len(s) {
		rest := s[i:]
		switch {
		case rest[0] == '.' || rest[0] == '-' || rest[0] == ':':
			i++
		case strings.HasPrefix(rest, "—"):
			i += len("—")
		case isDigit(rune(rest[0])):
			i++
		case rest[0] == ' ':
			return i
		default:
			return 0
		}
	}
	return 0
}
