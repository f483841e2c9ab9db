package parser

import (
	"strings"
	"unicode/utf8"
)

// A span is a piece of an entry's normalised text with its byte offset, so
// that warnings can point at it.
type span struct {
	off  int
	text string
}

func (s span) trim() span {
	t := strings.TrimLeft(s.text, " ")
	off := s.off + len(s.text) - len(t)
	return span{off, strings.TrimRight(t, " ")}
}

func (s span) from(i int) span { return span{s.off + i, s.text[i:]} }
func (s span) to(i int) span   { return span{s.off, s.text[:i]} }

// abbreviations end in a full stop that does not end a field.
var abbreviations = map[string]bool{
	"Vol": true, "vol": true, "No": true, "no": true, "pp": true, "St": true, "Dr": true,
	"Mr": true, "Mrs": true, "Ms": true, "Prof": true, "etc": true, "vs": true, "Univ": true,
	"Dept": true, "p": true, "Fig": true, "fig": true, "Eq": true, "Ch": true, "ch": true,
}

// sepAt reports whether the full stop at s[i] ends a field (". " in GB/T
// 7714, also "." straight before Han text in CNKI strings) rather than
// belonging to an initial (W. 理查德), an abbreviation (Vol.), a number or a
// domain name.
func sepAt(s string, i int) bool {
	next, _ := utf8.DecodeRuneInString(s[i+1:])
	if i+1 < len(s) && next != ' ' && !isHan(next) && !strings.ContainsRune("“‘《\"", next) && !gluedField(s, i, next) {
		return false
	}
	if abbreviations[lastWord(s[:i])] {
		return false
	}
	if isInitial(s, i) {
		return !startsName(s, i-1) && !inInitials(s, i)
	}
	return true
}

// gluedField reports whether the full stop at s[i] ends a field in a string
// without spaces (CNKI): Han text before and a Latin letter after
// ("部.GB 50010"), or a capitalised word after a letter ("HOWLETT
// M.Understanding", "Nature.Springer").
func gluedField(s string, i int, next rune) bool {
	prev := prevRune(s, i)
	if (isLatin(next) || isDigit(next)) && isHan(prev) || isLatin(next) && (prev == ')' || prev == ']') {
		return true // "部.GB 50010", "译.2 版"
	}
	after, _ := utf8.DecodeRuneInString(s[i+1+utf8.RuneLen(next):])
	switch {
	case isUpper(next) && isLower(after) && isLatin(prev):
		return true // "M.Understanding"
	case isLower(prev) && len(lastWord(s[:i])) >= 2 && (isUpper(next) || isDigit(next)):
		return true // "Junhao.A Study", "Yilan.2024 Annual"
	}
	return false
}

// isInitial reports whether the full stop at s[i] follows a lone capital
// letter: "W." in "W. 理查德", "F." in "杰拉尔德·F.", "A" in "SMITH J A.".
func isInitial(s string, i int) bool {
	if i == 0 || !isUpper(rune(s[i-1])) {
		return false
	}
	before := prevRune(s, i-1)
	return before == 0 || before == ' ' || before == '·' || before == ',' || before == '.' || before == '/'
}

// startsName reports whether the initial at s[j] begins a transliterated
// name that goes on in Han characters ("W. 理查德", "杰拉尔德·F. 戴维斯"),
// rather than ending a surname-first name ("昂温 P S.").
func startsName(s string, j int) bool {
	if !nextIsHan(s[j+2:]) {
		return false
	}
	before := strings.TrimRight(s[:j], " ")
	last, _ := utf8.DecodeLastRuneInString(before)
	return before == "" || last == ',' || last == '·' || len(before) < j && last == '.'
}

// inInitials reports whether the initial ending at s[i] stands in a run of
// dotted initials ("A. A. Balkema", "U.S."), whose stops end nothing.
func inInitials(s string, i int) bool {
	if followsDot(s, i) {
		return true
	}
	rest := s[i+1:]
	if len(rest) >= 3 && rest[0] == ' ' && isUpper(rune(rest[1])) && rest[2] == '.' {
		return true
	}
	before := strings.TrimRight(s[:i-1], " ")
	return len(before) >= 2 && before[len(before)-1] == '.' && isUpper(rune(before[len(before)-2])) &&
		(len(before) == 2 || before[len(before)-3] == ' ')
}

func followsDot(s string, i int) bool { return i >= 2 && s[i-2] == '.' }

func nextIsHan(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, " "))
	return isHan(r)
}

func prevRune(s string, i int) rune {
	if i <= 0 {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

func isUpper(r rune) bool { return r >= 'A' && r <= 'Z' }

func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !isLatin(r) })
	return s[i+1:]
}

// segments cuts s at every field-ending full stop, outside brackets, and
// appends the pieces to out. Empty pieces are dropped.
func segments(out []span, s span) []span {
	start := 0
	for i := nextSep(s.text, 0); i >= 0; i = nextSep(s.text, start) {
		out = appendSpan(out, span{s.off + start, s.text[start:i]})
		start = i + 1
	}
	return appendSpan(out, s.from(start))
}

func appendSpan(out []span, s span) []span {
	s = s.trim()
	if t := strings.TrimLeft(s.text, ",;"); len(t) < len(s.text) {
		s = s.from(len(s.text) - len(t)).trim()
	}
	if s.text != "" {
		return append(out, s)
	}
	return out
}

// firstSep returns the index of the first field-ending full stop in s
// outside brackets, or -1.
func firstSep(s string) int { return nextSep(s, 0) }

// sepBytes are the bytes nextSep looks at: brackets and the full stop.
var sepBytes = [256]bool{'(': true, ')': true, '[': true, ']': true, '.': true}

// nextSep returns the index of the first field-ending full stop in s at or
// after from, outside brackets, or -1.
func nextSep(s string, from int) int {
	depth := 0
	for i := from; i < len(s); i++ {
		for i < len(s) && !sepBytes[s[i]] {
			i++
		}
		if i == len(s) {
			break
		}
		switch s[i] {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		case '.':
			if depth == 0 && sepAt(s, i) {
				return i
			}
		}
	}
	return -1
}

// splitTop splits s at every byte of seps outside brackets.
func splitTop(s span, seps string) []span {
	var out []span
	start, depth := 0, 0
	for i := 0; i < len(s.text); i++ {
		switch c := s.text[i]; {
		case c == '(' || c == '[':
			depth++
		case (c == ')' || c == ']') && depth > 0:
			depth--
		case depth == 0 && strings.IndexByte(seps, c) >= 0:
			out = append(out, span{s.off + start, s.text[start:i]}.trim())
			start = i + 1
		}
	}
	return append(out, s.from(start).trim())
}

// lastTop returns the index of the last sep byte outside brackets, or -1.
func lastTop(s string, sep byte) int {
	depth := 0
	for i := len(s) - 1; i >= 0; i-- {
		switch c := s[i]; {
		case c == ')' || c == ']':
			depth++
		case (c == '(' || c == '[') && depth > 0:
			depth--
		case c == sep && depth == 0:
			return i
		}
	}
	return -1
}

// cutLastTop splits s at its last byte of seps outside brackets into what
// comes before and after, both trimmed; without one, head is empty and
// last is s.
func cutLastTop(s span, seps string) (head, last span) {
	depth := 0
	for i := len(s.text) - 1; i >= 0; i-- {
		switch c := s.text[i]; {
		case c == ')' || c == ']':
			depth++
		case (c == '(' || c == '[') && depth > 0:
			depth--
		case depth == 0 && strings.IndexByte(seps, c) >= 0:
			return s.to(i).trim(), s.from(i + 1).trim()
		}
	}
	return span{s.off, ""}, s.trim()
}
