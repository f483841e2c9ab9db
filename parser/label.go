package parser

import (
	"strings"
	"unicode/utf8"
)

// labelPairs are the brackets a list label may be written in, after
// normalize (which folds ［］ and （）).
var labelPairs = []struct{ open, close string }{
	{"[", "]"}, {"【", "】"}, {"(", ")"}, {"〔", "〕"},
}

// maxLabelRunes bounds the length of a list label.
const maxLabelRunes = 10

// cutLabel splits a leading list label off line: [12], ［１２］, 【12】,
// (12), 12., 12、 or a circled number ①–⑳. It returns the label as written
// and the rest with leading spaces removed. A bracket that is not all
// digits — the nationality in "[美]唐纳德·A·诺曼" — is not a label.
func cutLabel(line string) (label, rest string) {
	if line == "" {
		return "", line
	}
	if c := line[0]; c < utf8.RuneSelf {
		// ASCII: the label, if any, is written as it is matched.
		if c != '[' && c != '(' && !isDigit(rune(c)) {
			return "", line
		}
		if n := labelLen(line); n > 0 {
			return line[:n], trimLeftSpace(line[n:])
		}
		return "", line
	}
	head := normalize(prefixRunes(line, maxLabelRunes+1))
	n := labelLen(head)
	if n == 0 {
		return "", line
	}
	i := len(prefixRunes(line, utf8.RuneCountInString(head[:n])))
	return line[:i], trimLeftSpace(line[i:])
}

// labelLen returns the length in bytes of the label that starts the
// normalised text s, or 0.
func labelLen(s string) int {
	if n := bracketLabel(s); n > 0 {
		return n
	}
	if n := numberLabel(s); n > 0 {
		return n
	}
	if r, size := utf8.DecodeRuneInString(s); r >= '①' && r <= '⑳' {
		return size
	}
	return 0
}

// prefixRunes returns the first n runes of s.
func prefixRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

func bracketLabel(line string) int {
	for _, p := range labelPairs {
		if !strings.HasPrefix(line, p.open) {
			continue
		}
		d := countDigits(line[len(p.open):])
		if d == 0 || d > 7 {
			return 0
		}
		end := len(p.open) + d
		if strings.HasPrefix(line[end:], p.close) {
			return end + len(p.close)
		}
		return 0
	}
	return 0
}

// numberLabel matches "12." and "12、" (also full-width "12．"), followed by
// a space or a letter — never "2023.05" or "12.5".
func numberLabel(line string) int {
	d := countDigits(line)
	if d == 0 || d > 4 {
		return 0
	}
	for _, sep := range []string{".", "、"} {
		if !strings.HasPrefix(line[d:], sep) {
			continue
		}
		n := d + len(sep)
		next, _ := utf8.DecodeRuneInString(line[n:])
		if n == len(line) || !isDigit(next) {
			return n
		}
	}
	return 0
}

func countDigits(s string) int {
	n := 0
	for n < len(s) && (s[n] >= '0' && s[n] <= '9') {
		n++
	}
	return n
}

func trimLeftSpace(s string) string {
	return strings.TrimLeftFunc(s, isSpaceRune)
}

func isSpaceRune(r rune) bool { return foldRune(r) == ' ' }
