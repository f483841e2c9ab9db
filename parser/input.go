package parser

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// sniffSize is how much of an input is looked at to tell its encoding.
const sniffSize = 64 << 10

// encodings are the encodings --encoding names.
var encodings = map[string]encoding.Encoding{
	"utf-8":    unicode.UTF8,
	"utf8":     unicode.UTF8,
	"gb18030":  simplifiedchinese.GB18030,
	"gbk":      simplifiedchinese.GBK,
	"utf-16le": unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM),
	"utf-16be": unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM),
}

// EncodingNames lists the names Options.Encoding accepts.
func EncodingNames() []string {
	return []string{"utf-8", "gb18030", "gbk", "utf-16le", "utf-16be"}
}

// decoded is an input on its way to UTF-8, with the name of its encoding.
type decoded struct {
	r    io.Reader
	name string // "utf-8", "utf-8 (BOM)", "gb18030", …
	utf8 bool   // the bytes are UTF-8 as read: check them as they come
	// ascii: the start was all ASCII, so a later line may still turn out
	// to be GB18030.
	ascii bool
	// lines, when set, decodes each line (GB18030 and GBK, whose
	// multi-byte characters never hold a line feed byte).
	lines encoding.Encoding
}

// decode picks the input's encoding: the one named in opts, else a byte
// order mark, else GB18030 when the start of the input is not valid UTF-8
// but decodes as GB18030 without a replacement character, else UTF-8.
// The start is what the first read brings (a file's first 64 KiB).
func decode(r io.Reader, forced string) (decoded, error) {
	br := bufio.NewReaderSize(r, sniffSize)
	if forced != "" {
		return forcedDecoding(br, forced)
	}
	// Look at what the first read brings, without waiting for more: a
	// pipe may be slow. An all-ASCII start is read as UTF-8, which
	// switches to GB18030 at its first non-UTF-8 line (Reader.decodeLine).
	if _, err := br.Peek(1); err != nil && err != io.EOF {
		return decoded{}, err
	}
	head, _ := br.Peek(br.Buffered())
	switch {
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		br.Discard(3)
		return decoded{r: br, name: "utf-8 (BOM)", utf8: true}, nil
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		return decoded{r: transformed(br, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)), name: "utf-16le (BOM)"}, nil
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		return decoded{r: transformed(br, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)), name: "utf-16be (BOM)"}, nil
	case !validUTF8Prefix(head) && decodesCleanly(head, simplifiedchinese.GB18030):
		return decoded{r: br, name: "gb18030", lines: simplifiedchinese.GB18030}, nil
	}
	// UTF-8, checked line by line: the lines before a bad byte are read,
	// and the bad byte stops the file with its offset.
	return decoded{r: br, name: "utf-8", utf8: true, ascii: isASCII(head)}, nil
}

func forcedDecoding(br *bufio.Reader, name string) (decoded, error) {
	enc, ok := encodings[strings.ToLower(name)]
	if !ok {
		return decoded{}, fmt.Errorf("unknown encoding %q (want one of %s)", name, strings.Join(EncodingNames(), ", "))
	}
	if enc == unicode.UTF8 {
		if head, _ := br.Peek(3); bytes.Equal(head, []byte{0xEF, 0xBB, 0xBF}) {
			br.Discard(3)
		}
		return decoded{r: br, name: "utf-8", utf8: true}, nil
	}
	if enc == simplifiedchinese.GB18030 || enc == simplifiedchinese.GBK {
		return decoded{r: br, name: strings.ToLower(name), lines: enc}, nil
	}
	return decoded{r: transformed(br, enc), name: strings.ToLower(name)}, nil
}

func transformed(r io.Reader, enc encoding.Encoding) io.Reader {
	return transform.NewReader(r, enc.NewDecoder())
}

// validUTF8Prefix reports whether b is valid UTF-8, allowing a rune cut
// short at its end (b may be the first part of a longer input).
func validUTF8Prefix(b []byte) bool {
	for i := 0; i < 3 && len(b) > 0; i++ {
		if utf8.Valid(b) {
			return true
		}
		r, _ := utf8.DecodeLastRune(b)
		if r != utf8.RuneError {
			return false
		}
		b = b[:len(b)-1]
	}
	return utf8.Valid(b)
}

// decodesCleanly reports whether b decodes in enc without a replacement
// character (a cut-off character at the end is allowed) and without
// control characters other than white space, which binary data has.
func decodesCleanly(b []byte, enc encoding.Encoding) bool {
	out, _, err := transform.Bytes(enc.NewDecoder(), b)
	if err != nil {
		return false
	}
	s := strings.TrimSuffix(string(out), "\uFFFD")
	if strings.ContainsRune(s, utf8.RuneError) {
		return false
	}
	for _, r := range s {
		if r < ' ' && r != '\n' && r != '\r' && r != '\t' {
			return false
		}
	}
	return true
}

// invalidOffset returns the offset of the first byte of b that is not
// valid UTF-8.
func invalidOffset(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return 0
}
