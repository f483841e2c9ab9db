package jsonstream

import (
	"github.com/refparse/refparse/gbt7714"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Appender appends one JSON value to a byte slice, piece by piece, without
// reflection: BeginObject, Key and a value for each member, EndObject; and
// likewise for arrays. It writes what encoding/json writes for the same
// value with SetEscapeHTML(false): compact, or, from Indented, indented as
// json.Encoder does after SetIndent(prefix, indent). Empty objects and
// arrays are written {} and [], as encoding/json writes them.
//
// The caller keeps the grammar: a Key before every member value, values
// alone in arrays, every container closed. Containers nest at most 64
// deep. An Appender holds no state beyond the value at hand; many can
// work at once.
type Appender struct {
	buf    []byte
	indent bool
	prefix string
	unit   string // the indent of one level
	lines  string // "\n", prefix and unit repeated: the start of a line
	depth  int    // containers open
	filled uint64 // bit d-1: the container at depth d has a member
	keyed  bool   // a key was just written; its value comes next
}

// Compact returns an Appender that appends to dst a value without
// insignificant space, as json.Marshal does.
func Compact(dst []byte) Appender { return Appender{buf: dst} }

// Indented returns an Appender that appends to dst a value indented as
// json.Encoder writes it after SetIndent(prefix, indent): every member or
// element on a new line of its own that starts with prefix and one indent
// per level of nesting. The first line gets no prefix.
func Indented(dst []byte, prefix, indent string) Appender {
	lines := arrayLines
	if prefix != indentPrefix || indent != indentUnit {
		lines = newlines(prefix, indent)
	}
	return Appender{buf: dst, indent: true, prefix: prefix, unit: indent, lines: lines}
}

// lineDepth is the depth up to which newline takes the start of a line
// from Appender.lines in one piece.
const lineDepth = 8

// newlines returns the lines of an Appender.
func newlines(prefix, indent string) string {
	return "\n" + prefix + strings.Repeat(indent, lineDepth)
}

// arrayLines are the lines of the layout of arrays, made once.
var arrayLines = newlines(indentPrefix, indentUnit)

// Bytes returns dst with the value appended.
func (a *Appender) Bytes() []byte { return a.buf }

// BeginObject starts an object.
func (a *Appender) BeginObject() { a.open('{') }

// EndObject ends the innermost object.
func (a *Appender) EndObject() { a.close('}') }

// BeginArray starts an array.
func (a *Appender) BeginArray() { a.open('[') }

// EndArray ends the innermost array.
func (a *Appender) EndArray() { a.close(']') }

// Key writes the key of the next member of the innermost object; its value
// comes next.
func (a *Appender) Key(k string) {
	a.next()
	a.buf = AppendString(a.buf, k)
	a.buf = append(a.buf, ':')
	if a.indent {
		a.buf = append(a.buf, ' ')
	}
	a.keyed = true
}

// String writes a string.
func (a *Appender) String(s string) {
	a.next()
	a.buf = AppendString(a.buf, s)
}

// Int writes an integer.
func (a *Appender) Int(n int) {
	a.next()
	a.buf = strconv.AppendInt(a.buf, int64(n), 10)
}

// Bool writes true or false.
func (a *Appender) Bool(b bool) {
	a.next()
	a.buf = strconv.AppendBool(a.buf, b)
}

// The members that encoding/json leaves out under omitempty are left out
// here too.

// OmitEmptyString writes the member k: s unless s is "".
func (a *Appender) OmitEmptyString(k, s string) {
	if s != "" {
		a.Key(k)
		a.String(s)
	}
}

// OmitEmptyInt writes the member k: n unless n is 0.
func (a *Appender) OmitEmptyInt(k string, n int) {
	if n != 0 {
		a.Key(k)
		a.Int(n)
	}
}

// OmitEmptyBool writes the member k: true if b is.
func (a *Appender) OmitEmptyBool(k string, b bool) {
	if b {
		a.Key(k)
		a.Bool(true)
	}
}

// next goes to where the next value starts: right after its key, or after
// a comma and on a new line in an array.
func (a *Appender) next() {
	if a.keyed {
		a.keyed = false
		return
	}
	if a.depth == 0 {
		return
	}
	bit := uint64(1) << (a.depth - 1)
	if a.filled&bit != 0 {
		a.buf = append(a.buf, ',')
	} else {
		a.filled |= bit
	}
	a.newline()
}

func (a *Appender) open(c byte) {
	a.next()
	if a.depth == 64 {
		panic("jsonstream: JSON nested more than 64 deep")
	}
	a.buf = append(a.buf, c)
	a.depth++
	a.filled &^= 1 << (a.depth - 1)
}

func (a *Appender) close(c byte) {
	bit := uint64(1) << (a.depth - 1)
	a.depth--
	if a.filled&bit != 0 {
		a.filled &^= bit
		a.newline()
	}
	a.buf = append(a.buf, c)
}

// newline starts a new line indented for the current depth.
func (a *Appender) newline() {
	if !a.indent {
		return
	}
	if a.depth <= lineDepth {
		a.buf = append(a.buf, a.lines[:1+len(a.prefix)+a.depth*len(a.unit)]...)
		return
	}
	a.buf = append(a.buf, a.lines[:1+len(a.prefix)]...)
	for range a.depth {
		a.buf = append(a.buf, a.unit...)
	}
}

const hex = "0123456789abcdef"

// safe holds the bytes that stand for themselves in a JSON string: ASCII
// but for the control characters, " and \. Other bytes are not all unsafe;
// the bytes of multi-byte runes need a closer look.
var safe = func() (t [256]bool) {
	for b := 0x20; b < utf8.RuneSelf; b++ {
		t[b] = b != '"' && b != '\\'
	}
	return t
}()

// AppendString appends s to dst as a JSON string, escaped as encoding/json
// escapes it with SetEscapeHTML(false): " and \ with a backslash; \b, \f,
// \n, \r and \t as such and the other control characters as \u00XX; each
// byte of invalid UTF-8 as \ufffd; U+2028 and U+2029 as \u2028 and
// \u2029. Everything else, & < > and DEL included, is written as it is.
func AppendString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		b := s[i]
		if safe[b] {
			i++
			continue
		}
		if b < utf8.RuneSelf {
			dst = append(dst, s[start:i]...)
			switch b {
			case '"', '\\':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		// A fast path for the three-byte runes of CJK text (U+1000 to
		// U+CFFF and U+E000 to U+FFFF: leads E1 to EC, EE and EF, which
		// take any two continuation bytes); U+2028 and U+2029 are E2 80 A8
		// and E2 80 A9.
		if b >= 0xE1 && b <= 0xEF && b != 0xED && i+2 < len(s) &&
			s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			if b == 0xE2 && s[i+1] == 0x80 && s[i+2]&0xFE == 0xA8 {
				dst = append(dst, s[start:i]...)
				dst = append(dst, '\\', 'u', '2', '0', '2', hex[s[i+2]&0xF])
				i += 3
				start = i
				continue
			}
			i += 3
			// Stay in a run of CJK ideographs (leads E3 to E9, which hold
			// neither U+2028 nor U+2029).
			for i+2 < len(s) && s[i] >= 0xE3 && s[i] <= 0xE9 && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
				i += 3
			}
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case c == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case c == '\u2028' || c == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[c&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// Names writes the member key: names, unless there are none; a name is
// {"family", "given"} or {"literal"}, as in gbt7714.Name — the same in the
// record format and in CSL-JSON.
func (a *Appender) Names(key string, names []gbt7714.Name) {
	if len(names) == 0 {
		return
	}
	a.Key(key)
	a.BeginArray()
	for _, n := range names {
		a.BeginObject()
		a.OmitEmptyString("family", n.Family)
		a.OmitEmptyString("given", n.Given)
		a.OmitEmptyString("literal", n.Literal)
		a.EndObject()
	}
	a.EndArray()
}
