// Package gbt7714 holds the vocabulary of GB/T 7714 reference lists: the Record
// that every parser produces and every writer consumes, the one table of
// document type codes and carriers, and the helpers for personal names.
//
// Record field names follow CSL variables where CSL has one, so that writers
// are thin renamers; the GB/T extras (type code, carrier, label, raw text,
// position, language, warnings) sit beside them.
package gbt7714

import "strconv"

// Name is one personal or corporate name. A Chinese or Western personal name
// is split into Family and Given; a name that must not be split — a corporate
// body (中共中央) or a transliterated foreign name (W. 理查德·斯科特) — is a
// Literal.
type Name struct {
	Family  string `json:"family,omitempty"`
	Given   string `json:"given,omitempty"`
	Literal string `json:"literal,omitempty"`
}

// IsZero reports whether n holds no name at all.
func (n Name) IsZero() bool { return n.Family == "" && n.Given == "" && n.Literal == "" }

// Date is a year with optional month and day. Zero fields are absent.
type Date struct {
	Year  int `json:"year,omitempty"`
	Month int `json:"month,omitempty"`
	Day   int `json:"day,omitempty"`
}

// IsZero reports whether d holds no date.
func (d Date) IsZero() bool { return d.Year == 0 }

// Parts returns the CSL date-parts of d: [year], [year, month] or
// [year, month, day].
func (d Date) Parts() []int {
	switch {
	case d.Year == 0:
		return nil
	case d.Month == 0:
		return []int{d.Year}
	case d.Day == 0:
		return []int{d.Year, d.Month}
	}
	return []int{d.Year, d.Month, d.Day}
}

// String returns d as an ISO 8601 date of its precision: 2022, 2022-10 or
// 2022-10-26; the zero Date is "".
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	var buf [10]byte
	return string(d.Append(buf[:0]))
}

// Append appends d.String() to b.
func (d Date) Append(b []byte) []byte {
	if d.Year == 0 {
		return b
	}
	b = appendPadded(b, d.Year, 4)
	if d.Month == 0 {
		return b
	}
	b = append(b, '-')
	b = appendPadded(b, d.Month, 2)
	if d.Day == 0 {
		return b
	}
	b = append(b, '-')
	return appendPadded(b, d.Day, 2)
}

// appendPadded appends v in decimal, zero-padded to width digits.
func appendPadded(b []byte, v, width int) []byte {
	if v >= 0 {
		digits := 1
		for x := v; x >= 10; x /= 10 {
			digits++
		}
		for ; digits < width; digits++ {
			b = append(b, '0')
		}
	}
	return strconv.AppendInt(b, int64(v), 10)
}

// Language of a reference, judged from the script of its text.
const (
	LangZh    = "zh"
	LangEn    = "en"
	LangOther = "other"
)

// Warning is a problem found in one reference. Column counts characters
// (runes) from 1 in the record's Raw text; 0 means the problem concerns the
// reference as a whole.
type Warning struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Column  int    `json:"column,omitempty"`
}

// Record is one parsed reference.
type Record struct {
	// Where it came from.
	Index int    // 1-based position in the whole run
	File  string // input file name, "-" for standard input
	Line  int    // 1-based line where the reference starts
	Label string // list label as written, such as "[12]"; "" if none
	Raw   string // the reference text as read, label removed, lines joined

	Lang string // LangZh, LangEn or LangOther

	// The document type code (M, J, …; "" when the string shows none) and
	// its carrier (OL, CD, MT, DK; "" for print). Analytic is set for a
	// part of a larger work written "…[M]//host…".
	Type     string
	Carrier  string
	Analytic bool

	Author     []Name
	AuthorEtAl bool // the author list ends with 等 or et al.
	Editor     []Name
	EditorEtAl bool
	Translator []Name
	// TranslatorEtAl is set for "等译" / "et al., trans.".
	TranslatorEtAl bool

	Title          string // the title proper as written, other title information (其他题名信息) included
	ContainerTitle string // journal, newspaper, host book or proceedings

	Edition   string
	Place     string // publisher-place
	Publisher string // also the university of a thesis, the institution of a report

	Issued   Date   // year or full date of publication
	Volume   string // volume (卷)
	Issue    string // issue (期), including supplements such as S1 or 增刊
	Page     string // pages or the cited page; for a newspaper its edition (版次)
	Number   string // report, standard or patent number; preprint identifier
	Updated  Date   // update or modification date
	Accessed Date   // access date (引用日期)
	URL      string
	DOI      string

	// Genre is the kind of thesis or report when the string says it
	// (博士学位论文, master's thesis, …).
	Genre string

	Warnings []Warning
}

// Warn appends a warning to r.
func (r *Record) Warn(code string, column int, message string) {
	r.Warnings = append(r.Warnings, Warning{Code: code, Message: message, Column: column})
}

// TypeInfo returns the row of the type table for r's type code, taking the
// analytic form into account. ok is false for an empty or unknown code.
func (r *Record) TypeInfo() (TypeInfo, bool) {
	return LookupType(r.Type, r.Analytic)
}
