package jsonrec

import (
	"io"

	"github.com/refparse/refparse/gbt7714"
	"github.com/refparse/refparse/gbt7714/internal/jsonstream"
)

// Writer writes records in the jsonrec format. Each record reaches the
// io.Writer as soon as it is written.
type Writer struct {
	s   *jsonstream.Writer
	buf []byte // Write's encoding of the record at hand
}

var _ gbt7714.Encoder = (*Writer)(nil)

// NewWriter returns a Writer that writes a JSON array indented by two
// spaces: "[\n", the records, "\n]\n"; for no records, "[]\n".
func NewWriter(w io.Writer) *Writer { return &Writer{s: jsonstream.NewArray(w)} }

// NewLinesWriter returns a Writer that writes JSON Lines: one compact
// object per line, nothing for no records.
func NewLinesWriter(w io.Writer) *Writer { return &Writer{s: jsonstream.NewLines(w)} }

// Write writes one record.
func (w *Writer) Write(r *gbt7714.Record) error {
	w.buf = w.EncodeRecord(w.buf[:0], r)
	return w.WriteEncoded(w.buf, r)
}

// EncodeRecord appends the object of r to dst: for the array, indented as
// an element of it, without the separator; for JSON Lines, compact and
// followed by a newline. It is safe for concurrent use.
func (w *Writer) EncodeRecord(dst []byte, r *gbt7714.Record) []byte {
	a := w.s.Value(dst)
	appendObject(&a, r)
	return w.s.End(&a)
}

// WriteEncoded writes the result of EncodeRecord for r, with the
// separator the array needs before it.
func (w *Writer) WriteEncoded(enc []byte, r *gbt7714.Record) error { return w.s.Write(enc) }

// Close finishes the document; it does not close the io.Writer.
func (w *Writer) Close() error { return w.s.Close() }

// appendObject writes the object of r: the members of the object struct,
// in its order, left out by the same omitempty rules. A record whose
// language was never judged (Lang == "") is written as "other", so that
// lang always holds one of the three values.
func appendObject(a *jsonstream.Appender, r *gbt7714.Record) {
	a.BeginObject()
	a.Key("index")
	a.Int(r.Index)
	a.Key("file")
	a.String(r.File)
	a.Key("line")
	a.Int(r.Line)
	a.OmitEmptyString("label", r.Label)
	a.Key("raw")
	a.String(r.Raw)
	a.Key("lang")
	if r.Lang == "" {
		a.String(gbt7714.LangOther)
	} else {
		a.String(r.Lang)
	}
	a.OmitEmptyString("type", r.Type)
	a.OmitEmptyString("carrier", r.Carrier)
	a.OmitEmptyBool("analytic", r.Analytic)
	a.Names("author", r.Author)
	a.OmitEmptyBool("author-et-al", r.AuthorEtAl)
	a.Names("editor", r.Editor)
	a.OmitEmptyBool("editor-et-al", r.EditorEtAl)
	a.Names("translator", r.Translator)
	a.OmitEmptyBool("translator-et-al", r.TranslatorEtAl)
	a.OmitEmptyString("title", r.Title)
	a.OmitEmptyString("container-title", r.ContainerTitle)
	a.OmitEmptyString("edition", r.Edition)
	a.OmitEmptyString("publisher-place", r.Place)
	a.OmitEmptyString("publisher", r.Publisher)
	appendDate(a, "issued", r.Issued)
	a.OmitEmptyString("volume", r.Volume)
	a.OmitEmptyString("issue", r.Issue)
	a.OmitEmptyString("page", r.Page)
	a.OmitEmptyString("number", r.Number)
	appendDate(a, "updated", r.Updated)
	appendDate(a, "accessed", r.Accessed)
	a.OmitEmptyString("url", r.URL)
	a.OmitEmptyString("doi", r.DOI)
	a.OmitEmptyString("genre", r.Genre)
	if len(r.Warnings) > 0 {
		a.Key("warnings")
		a.BeginArray()
		for _, w := range r.Warnings {
			a.BeginObject()
			a.Key("code")
			a.String(w.Code)
			a.Key("message")
			a.String(w.Message)
			a.OmitEmptyInt("column", w.Column)
			a.EndObject()
		}
		a.EndArray()
	}
	a.EndObject()
}

// appendDate writes the member key: d as an ISO 8601 string
// (gbt7714.Date.String) unless d is zero.
func appendDate(a *jsonstream.Appender, key string, d gbt7714.Date) {
	var buf [32]byte
	if s := d.Append(buf[:0]); len(s) > 0 {
		a.Key(key)
		a.String(string(s)) // no allocation: the string does not escape
	}
}
