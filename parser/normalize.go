package parser

import (
	"unicode"
	"unicode/utf8"
)

// normalize maps every rune of s to exactly one rune, so that a rune index in
// the result is a rune index in s: full-width ASCII forms (［３］．，：（）)
// become ASCII, every kind of space and control character becomes a plain
// space, and invalid UTF-8 becomes U+FFFD. Characters with meaning in Chinese
// text (、。《》“” —) are kept.
func normalize(s string) string {
	if isPlain(s) {
		return s
	}
	n, _ := fold(s)
	return n
}

// fold is normalize for a string that needs it; it also reports whether
// it folded anything but white space and control characters (full-width
// forms, dashes), which restore then puts back.
func fold(s string) (string, bool) {
	content := false
	b := make([]byte, 0, len(s))
	start := 0 // the start of the run of bytes kept as they are
	for i := 0; i < len(s); {
		if c := s[i]; c >= ' ' && c < 0x7f {
			i++
			continue
		}
		if isCJK3(s, i) {
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if f := foldRune(r); f != r || r == utf8.RuneError {
			b = append(b, s[start:i]...)
			b = utf8.AppendRune(b, f)
			start = i + size
			content = content || f != ' '
		}
		i += size
	}
	b = append(b, s[start:]...)
	return string(b), content
}

// isPlain reports whether normalize would return s unchanged.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return isPlainSlow(s[i:])
		}
		if c < ' ' || c == 0x7f {
			return false
		}
	}
	return true
}

func isPlainSlow(s string) bool {
	for _, r := range s {
		if foldRune(r) != r || r == utf8.RuneError {
			return false
		}
	}
	return true
}

func foldRune(r rune) rune {
	switch {
	case r < ' ' || r == 0x7f:
		return ' '
	case r < utf8.RuneSelf:
		return r
	case r >= 0x3001 && r < 0xFEFF: // CJK: the common case, kept
		return r
	case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII forms
		return r - 0xFF01 + '!'
	case r < 0xA1: // C1 controls (NEL among them) and the no-break space
		return ' '
	}
	switch r {
	// The other white space of Unicode, and zero-width ones.
	case 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
		return ' '
	case '–', '‒', '−': // dashes that only ever mean a range here
		return '-'
	}
	if r >= 0x2000 && r <= 0x200B {
		return ' '
	}
	return r
}

// isHan reports whether r is a CJK ideograph.
func isHan(r rune) bool {
	switch {
	case r >= 0x4E00 && r <= 0x9FFF: // CJK Unified Ideographs: the common case
		return true
	case r < 0x2E80, r >= 0xA000 && r < 0xF900, r >= 0xFB00 && r < 0x16FE0:
		return false // no Han there
	}
	return unicode.Is(unicode.Han, r)
}

// isLatin reports whether r is an ASCII or Latin-script letter.
func isLatin(r rune) bool {
	if r < utf8.RuneSelf {
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	return unicode.Is(unicode.Latin, r)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// normalizeLang is normalize and language in one pass over s, for the
// common case where s needs no folding.
func normalizeLang(s string) (string, string) {
	s, lang, _ := normalizeLangFold(s)
	return s, lang
}

// normalizeLangFold is normalizeLang that also reports whether anything
// but white space was folded (see fold).
func normalizeLangFold(s string) (string, string, bool) {
	var c letterCount
	plain := true
	for i := 0; i < len(s); i++ {
		b := s[i]
		if b < utf8.RuneSelf {
			if b < ' ' || b == 0x7f {
				plain = false
			} else if b|0x20 >= 'a' && b|0x20 <= 'z' {
				c.latin++
			}
			continue
		}
		if isCJK3(s, i) {
			c.han++
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size - 1
		plain = plain && foldRune(r) == r && r != utf8.RuneError
		c.add(r)
	}
	content := false
	if !plain {
		s, content = fold(s)
	}
	return s, c.language(), content
}

// isCJK3 reports whether s[i:] starts with a rune from U+4E00 to U+9FFF,
// the CJK Unified Ideographs (E4 B8 80 to E9 BF BF), which normalize keeps
// and language counts as Han.
func isCJK3(s string, i int) bool {
	if i+2 >= len(s) || s[i+1]&0xC0 != 0x80 || s[i+2]&0xC0 != 0x80 {
		return false
	}
	return s[i] >= 0xE5 && s[i] <= 0xE9 || s[i] == 0xE4 && s[i+1] >= 0xB8
}

// language judges the language of a reference from its script: any kana or
// hangul makes it "other" (Japanese, Korean), any Han "zh", and otherwise
// whichever of Latin and other letters (Cyrillic, say) is more frequent.
func language(s string) string {
	var c letterCount
	for _, r := range s {
		c.add(r)
	}
	return c.language()
}

// letterCount counts the letters of a text by script.
type letterCount struct{ han, latin, other, kana int }

func (c *letterCount) add(r rune) {
	switch {
	case r < utf8.RuneSelf:
		if isLatin(r) {
			c.latin++
		}
	case r >= 0x4E00 && r <= 0x9FFF:
		c.han++
	case r >= 0x2000 && r <= 0x2BFF, r >= 0x3000 && r <= 0x303F, r >= 0xFF00 && r <= 0xFF20:
		// punctuation and symbols: no letters
	case unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Hangul):
		c.kana++
	case isHan(r):
		c.han++
	case isLatin(r):
		c.latin++
	case unicode.IsLetter(r):
		c.other++
	}
}

func (c *letterCount) language() string {
	switch {
	case c.kana > 0:
		return "other"
	case c.han > 0:
		return "zh"
	case c.latin > 0 && c.latin >= c.other:
		return "en"
	}
	return "other"
}
