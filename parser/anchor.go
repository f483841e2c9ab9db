package parser

import (
	"strings"

	"github.com/refparse/refparse/gbt7714"
)

// anchor is the type-code bracket of a reference, "[J]" or "[EB/OL]": the
// one mark every GB/T 7714 entry has, and the point that splits the
// authors and title from the publication details.
type anchor struct {
	start, end int // byte offsets of "[" and after "]"
	code       string
	carrier    string
}

// findAnchor returns the first bracket in s that holds a known type code
// with an optional carrier ([M], [EB/OL], [J/OL], [M/CD]).
func findAnchor(s string) (anchor, bool) {
	for i := 0; i < len(s); i++ {
		k := strings.IndexByte(s[i:], '[')
		if k < 0 {
			break
		}
		i += k
		j := strings.IndexByte(s[i+1:min(i+11, len(s))], ']')
		if j < 0 {
			continue
		}
		if a, ok := readAnchor(s[i+1 : i+1+j]); ok {
			a.start, a.end = i, i+j+2
			return a, true
		}
	}
	return anchor{}, false
}

func readAnchor(inner string) (anchor, bool) {
	code, carrier, _ := strings.Cut(strings.TrimSpace(inner), "/")
	code, carrier = strings.TrimSpace(code), strings.TrimSpace(carrier)
	if !gbt7714.IsTypeCode(code) {
		return anchor{}, false
	}
	if _, ok := gbt7714.Carriers[carrier]; carrier != "" && !ok {
		return anchor{}, false
	}
	return anchor{code: code, carrier: carrier}, true
}
