package parser

import (
	"strings"
	"unicode/utf8"
)

// setTitle stores the title, moving out of it what GB/T 7714 writes inside
// the title area but has fields for: a thesis's degree in brackets, and a
// document number.
func (p *entryParser) setTitle(t string) {
	t = strings.TrimRight(t, " ")
	if title, genre, ok := cutGenre(t); ok {
		t, p.rec.Genre = title, genre
	}
	p.rec.Title = t
	p.titleNumber()
}

// cutGenre splits a bracketed kind of thesis off the end of a title:
// "微分半动力系统的不变集: [学位论文]", "…研究[博士学位论文]".
func cutGenre(t string) (title, genre string, ok bool) {
	if !strings.HasSuffix(t, "]") {
		return t, "", false
	}
	i := strings.LastIndexByte(t, '[')
	if i < 0 || !strings.HasSuffix(t[i+1:len(t)-1], "论文") {
		return t, "", false
	}
	return strings.TrimRight(t[:i], " :"), t[i+1 : len(t)-1], true
}

// numberedTypes write a document number after the title as other title
// information.
var numberedTypes = map[string]bool{"S": true, "P": true, "R": true, "A": true}

// titleNumber moves a document number out of the title: "GB/T 7714—2015
// 信息与文献…" and "信息与文献…: GB/T 7714—2015" for standards,
// "全智能节电器: 200610171314.3" for patents (with the country before the
// number in older editions: "…: 中国, 88105607.3"), "…: PB 91-194001" for
// reports, "…: 04-01-35-0399-039" for archives, and an official document
// number ("…的通知: 京政办发[2012]22号") for any type.
func (p *entryParser) titleNumber() {
	r := p.rec
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
	if numberedTypes[r.Type] && isIdentifier(num) || isDocumentNumber(num) {
		r.Number, r.Title = num, strings.TrimSpace(r.Title[:i])
	}
}

// isDocumentNumber matches the number of an official document (文号): an
// issuer's abbreviation, the year in brackets, a serial number and 号 —
// "京政办发[2012]22号", "国发〔2015〕1号".
func isDocumentNumber(s string) bool {
	rest, ok := strings.CutSuffix(s, "号")
	if !ok {
		return false
	}
	for _, p := range labelPairs {
		i := strings.Index(rest, p.open)
		if i <= 0 || !allHan(rest[:i]) {
			continue
		}
		year, serial, ok := strings.Cut(rest[i+len(p.open):], p.close)
		return ok && isYear(year) && serial != "" && countDigits(serial) == len(serial)
	}
	return false
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
			if r, _ := utf8.DecodeRuneInString(rest); isHan(r) {
				return i // glued to the title: "GB 50010-2010混凝土…"
			}
			return 0
		}
	}
	return 0
}
