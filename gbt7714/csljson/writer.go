package csljson

import (
	"bytes"
	"io"
	"strconv"

	"github.com/refparse/refparse/gbt7714"
	"github.com/refparse/refparse/gbt7714/internal/jsonstream"
)

// Writer writes records as a CSL-JSON array, one item per record, in order.
// Each item reaches the io.Writer as soon as it is written.
type Writer struct {
	s   *jsonstream.Writer
	buf []byte // Write's encoding of the record at hand
	id  []byte // an encoding given its id by WriteEncoded
}

var _ gbt7714.Encoder = (*Writer)(nil)

// NewWriter returns a Writer that writes a JSON array indented by two
// spaces: "[\n", the items, "\n]\n"; for no records, "[]\n".
func NewWriter(w io.Writer) *Writer { return &Writer{s: jsonstream.NewArray(w)} }

// Write writes the item for one record.
func (w *Writer) Write(r *gbt7714.Record) error {
	w.buf = w.EncodeRecord(w.buf[:0], r)
	return w.WriteEncoded(w.buf, r)
}

// EncodeRecord appends the item of r to dst, indented as an element of the
// array, without the separator. It is safe for concurrent use.
//
// The id of a record without an Index is its position in the output,
// which only WriteEncoded knows: EncodeRecord leaves the number out
// ("id": "ref-") and WriteEncoded puts it in.
func (w *Writer) EncodeRecord(dst []byte, r *gbt7714.Record) []byte {
	a := w.s.Value(dst)
	appendItem(&a, r)
	return w.s.End(&a)
}

// idPrefix is how an item from EncodeRecord starts, up to the number of its
// id.
const idPrefix = "{\n    \"id\": \"ref-"

// WriteEncoded writes the result of EncodeRecord for r, with the separator
// the array needs before it and, when r has no Index, the number of its id.
func (w *Writer) WriteEncoded(enc []byte, r *gbt7714.Record) error {
	if r.Index == 0 && bytes.HasPrefix(enc, []byte(idPrefix)) {
		w.id = append(w.id[:0], idPrefix...)
		w.id = strconv.AppendInt(w.id, int64(w.s.Count()+1), 10)
		w.id = append(w.id, enc[len(idPrefix):]...)
		enc = w.id
	}
	return w.s.Write(enc)
}

// Close finishes the array; it does not close the io.Writer.
func (w *Writer) Close() error { return w.s.Close() }

// appendItem writes the item of r, keys in the order of CSL-JSON's
// variables as csljson has always written them.
func appendItem(a *jsonstream.Appender, r *gbt7714.Record) {
	a.BeginObject()
	a.Key("id")
	var id [24]byte
	idb := append(id[:0], "ref-"...)
	if r.Index != 0 {
		idb = strconv.AppendInt(idb, int64(r.Index), 10)
	}
	a.String(string(idb)) // no allocation: the string does not escape
	a.Key("type")
	a.String(cslType(r))
	a.OmitEmptyString("language", languages[r.Lang])
	a.Names("author", r.Author)
	a.Names("editor", r.Editor)
	a.Names("translator", r.Translator)
	a.OmitEmptyString("title", r.Title)
	a.OmitEmptyString("container-title", r.ContainerTitle)
	a.OmitEmptyString("edition", r.Edition)
	a.OmitEmptyString("publisher-place", r.Place)
	a.OmitEmptyString("publisher", r.Publisher)
	appendDate(a, "issued", issued(r))
	a.OmitEmptyString("volume", r.Volume)
	a.OmitEmptyString("issue", r.Issue)
	a.OmitEmptyString("page", r.Page)
	a.OmitEmptyString("number", r.Number)
	a.OmitEmptyString("genre", r.Genre)
	a.OmitEmptyString("medium", r.Carrier)
	appendDate(a, "accessed", r.Accessed)
	a.OmitEmptyString("URL", r.URL)
	a.OmitEmptyString("DOI", r.DOI)
	a.EndObject()
}

// appendDate writes the member key: {"date-parts": [[year, month, day]]},
// as many parts as d has (gbt7714.Date.Parts), unless d is zero.
func appendDate(a *jsonstream.Appender, key string, d gbt7714.Date) {
	if d.IsZero() {
		return
	}
	a.Key(key)
	a.BeginObject()
	a.Key("date-parts")
	a.BeginArray()
	a.BeginArray()
	a.Int(d.Year)
	if d.Month != 0 {
		a.Int(d.Month)
		if d.Day != 0 {
			a.Int(d.Day)
		}
	}
	a.EndArray()
	a.EndArray()
	a.EndObject()
}
