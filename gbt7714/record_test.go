package gbt7714

import (
	"fmt"
	"strings"
	"testing"
)

// partsString is Date.String as it was written before Append: the parts,
// zero-padded, joined by hyphens.
func partsString(d Date) string {
	var s []string
	for i, v := range d.Parts() {
		if i == 0 {
			s = append(s, fmt.Sprintf("%04d", v))
		} else {
			s = append(s, fmt.Sprintf("%02d", v))
		}
	}
	return strings.Join(s, "-")
}

func TestDateString(t *testing.T) {
	dates := []struct {
		d    Date
		want string
	}{
		{Date{}, ""},
		{Date{Month: 3, Day: 4}, ""},
		{Date{Year: 2022}, "2022"},
		{Date{Year: 5}, "0005"},
		{Date{Year: 2022, Month: 1}, "2022-01"},
		{Date{Year: 2022, Day: 9}, "2022"},
		{Date{Year: 2022, Month: 10, Day: 26}, "2022-10-26"},
		{Date{Year: 12345678, Month: 123, Day: 7}, "12345678-123-07"},
	}
	for _, tt := range dates {
		if got := tt.d.String(); got != tt.want {
			t.Errorf("%+v.String() = %q, want %q", tt.d, got, tt.want)
		}
		if got := partsString(tt.d); got != tt.want {
			t.Errorf("%+v: reference gives %q, want %q", tt.d, got, tt.want)
		}
		if got := string(tt.d.Append([]byte("x"))); got != "x"+tt.want {
			t.Errorf("%+v.Append(x) = %q, want %q", tt.d, got, "x"+tt.want)
		}
	}
	for y := range 10000 {
		for _, d := range []Date{{Year: y}, {Year: y, Month: y % 13}, {Year: y, Month: y%12 + 1, Day: y % 32}} {
			if got, want := d.String(), partsString(d); got != want {
				t.Fatalf("%+v.String() = %q, want %q", d, got, want)
			}
		}
	}
}
