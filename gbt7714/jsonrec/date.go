package jsonrec

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/refparse/refparse/gbt7714"
)

// parseDate reads a date written by gbt7714.Date.String: YYYY, YYYY-MM or
// YYYY-MM-DD. The empty string is the zero Date.
func parseDate(s string) (gbt7714.Date, error) {
	if s == "" {
		return gbt7714.Date{}, nil
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 {
		return gbt7714.Date{}, fmt.Errorf("bad date %q", s)
	}
	var v [3]int
	for i, p := range parts {
		n, err := datePart(p, i)
		if err != nil {
			return gbt7714.Date{}, fmt.Errorf("bad date %q", s)
		}
		v[i] = n
	}
	return gbt7714.Date{Year: v[0], Month: v[1], Day: v[2]}, nil
}

// dateLimits are the width and greatest value of year, month and day.
var dateLimits = [3]struct{ width, max int }{{4, 9999}, {2, 12}, {2, 31}}

func datePart(p string, i int) (int, error) {
	lim := dateLimits[i]
	n, err := strconv.Atoi(p)
	if err != nil || len(p) != lim.width || p[0] == '+' || n < 1 || n > lim.max {
		return 0, fmt.Errorf("bad date part %q", p)
	}
	return n, nil
}
