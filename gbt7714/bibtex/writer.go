// Package bibtex writes records as BibTeX entries that the gbt7714 BibTeX
// styles (gbt7714-bibtex-style), biblatex-gb7714-2015 and pandoc read right.
//
// Entry types and fields follow the table in table.go. Names are written
// "Family, Given" (郑, 广怀), corporate and other literal names as one brace
// group ({中共中央}); an author list ending in 等 or et al. gets "and
// others". Every text value is escaped so that nothing in the input reaches
// TeX as a command, and braces always balance; see escape.go. Citation keys
// are described at appendCiteKey.
package bibtex

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/refparse/refparse/gbt7714"
)

// Writer writes BibTeX entries to an io.Writer, one per record, as they
// come. The only state that grows with the input is the set of citation
// keys handed out (see keyer).
//
// Writer is a gbt7714.Encoder: EncodeRecord does all the costly work
// (escaping, names, pinyin, the citation key before it is made unique) and
// may run on many goroutines at once; WriteEncoded then makes the key
// unique and writes the entry.
type Writer struct {
	w      io.Writer
	keys   keyer
	buf    []byte // the entry Write encodes
	out    []byte // an entry whose key WriteEncoded has made unique
	closed bool
	err    error // the first error of w, returned again by every later call
}

var (
	_ gbt7714.Writer  = (*Writer)(nil)
	_ gbt7714.Encoder = (*Writer)(nil)
)

var (
	errClosed  = errors.New("bibtex: write after close")
	errEncoded = errors.New("bibtex: WriteEncoded: no citation key in the entry")
)

// NewWriter returns a Writer that writes to w.
func NewWriter(w io.Writer) *Writer {
	return &Writer{w: w, keys: newKeyer()}
}

// Write writes r as one entry followed by a blank line.
func (w *Writer) Write(r *gbt7714.Record) error {
	if w.closed {
		return errClosed
	}
	w.buf = w.EncodeRecord(w.buf[:0], r)
	return w.WriteEncoded(w.buf, r)
}

// EncodeRecord appends r's entry to dst, exactly as Write would write it
// but with the citation key as appendCiteKey gives it, before it is made unique.
// It touches no state of w, so it is safe for concurrent use.
func (w *Writer) EncodeRecord(dst []byte, r *gbt7714.Record) []byte {
	e := makeEntry(r)
	return e.appendTo(dst)
}

// WriteEncoded writes enc, r's entry as made by EncodeRecord, with its
// citation key made unique: a suffix goes right after the key. Entries must
// be written in input order for the keys to be those Write hands out. The
// entry goes to the io.Writer in one Write call, as with Write; enc is not
// kept, and r is not read.
//
// The key is found without reading the entry: it starts "@type{key,", and
// neither the type nor the key (ASCII letters and digits) has a brace or a
// comma, so the key runs from just after the first "{" to the first ","
// after it.
func (w *Writer) WriteEncoded(enc []byte, r *gbt7714.Record) error {
	if w.closed {
		return errClosed
	}
	if w.err != nil {
		return w.err
	}
	open := bytes.IndexByte(enc, '{')
	if open < 0 {
		return errEncoded
	}
	end := bytes.IndexByte(enc[open+1:], ',')
	if end < 0 {
		return errEncoded
	}
	end += open + 1
	if n := w.keys.next(enc[open+1 : end]); n > 0 {
		w.out = append(w.out[:0], enc[:end]...)
		w.out = appendSuffix(w.out, n)
		enc = append(w.out, enc[end:]...)
		w.out = enc
	}
	_, w.err = w.w.Write(enc)
	return w.err
}

// Close ends the output. A BibTeX file needs no closing text, so Close only
// makes further writes fail, and returns the first write error if there
// was one; it does not close the underlying io.Writer.
func (w *Writer) Close() error {
	w.closed = true
	return w.err
}

// entry is a record on its way to BibTeX.
type entry struct {
	r    *gbt7714.Record
	code string // the type code, "" when the record has none or an unknown one
	kind kind
}

func makeEntry(r *gbt7714.Record) entry {
	e := entry{r: r, kind: kinds["misc"]}
	if ti, ok := r.TypeInfo(); ok {
		e.code = ti.Code
		if k, ok := kinds[ti.BibTeX]; ok {
			e.kind = k
		}
	}
	if e.kind.entry == "phdthesis" {
		e.kind.entry = thesisType(r.Genre)
	}
	return e
}

// thesisType returns the entry type for a thesis of the given genre.
func thesisType(genre string) string {
	g := strings.ToLower(genre)
	for _, s := range mastersGenres {
		if strings.Contains(g, s) {
			return "mastersthesis"
		}
	}
	return "phdthesis"
}

// appendTo appends the entry with its citation key before it is made
// unique; see Writer.WriteEncoded for where the key sits.
func (e *entry) appendTo(dst []byte) []byte {
	dst = append(append(append(dst, '@'), e.kind.entry...), '{')
	dst = append(appendCiteKey(dst, e.r), ",\n"...)
	for _, f := range fields {
		start := len(dst)
		dst = append(append(append(dst, "  "...), f.name...), " = {"...)
		value := len(dst)
		if dst = e.appendValue(dst, f.value); len(dst) == value {
			dst = dst[:start]
			continue
		}
		dst = append(dst, "},\n"...)
	}
	return append(dst, "}\n\n"...)
}

// appendValue appends value v of the entry, escaped.
func (e *entry) appendValue(dst []byte, v value) []byte {
	r := e.r
	switch v {
	case vAuthor:
		return appendNames(dst, r.Author, r.AuthorEtAl)
	case vEditor:
		return appendNames(dst, r.Editor, r.EditorEtAl)
	case vTranslator:
		return appendNames(dst, r.Translator, r.TranslatorEtAl)
	case vTitle:
		return appendEscape(dst, r.Title, e.protect())
	case vJournal:
		return e.container(dst, "journal")
	case vBooktitle:
		return e.container(dst, "booktitle")
	case vEdition:
		return appendEscape(dst, r.Edition, false)
	case vPlace:
		return appendEscape(dst, r.Place, false)
	case vPublisher:
		return e.publisher(dst, "publisher")
	case vSchool:
		return e.publisher(dst, "school")
	case vInstitution:
		return e.publisher(dst, "institution")
	case vYear:
		return e.year(dst)
	case vDate:
		return e.date(dst)
	case vVolume:
		return appendEscape(dst, r.Volume, false)
	case vNumber:
		return e.number(dst)
	case vPages:
		return appendPages(dst, r.Page)
	case vArchivePrefix:
		p, _ := e.splitEprint()
		return appendEscape(dst, p, false)
	case vEprint:
		_, id := e.splitEprint()
		return appendEscape(dst, id, false)
	case vGenre:
		return e.genre(dst)
	case vSubtype:
		return append(dst, e.kind.subtype...)
	case vTypeID:
		return appendEscape(dst, e.typeCode(), false)
	case vMediumID:
		// The carrier code (OL, CD, …), written whenever there is one, in
		// entrymediumid (gbt7714-bibtex 3) and medium (version 2,
		// biblatex-gb7714).
		return appendEscape(dst, r.Carrier, false)
	case vURL:
		return appendURL(dst, r.URL)
	case vDOI:
		return appendURL(dst, trimDOI(r.DOI))
	case vURLDate:
		return r.Accessed.Append(dst)
	case vLanguage:
		return append(dst, languages[r.Lang]...)
	case vSortKey:
		return e.appendSortKey(dst)
	}
	panic("bibtex: unknown field value")
}

// protect reports whether capitals in the record's titles need braces:
// everywhere but in Chinese records.
func (e *entry) protect() bool { return e.r.Lang != gbt7714.LangZh }

// container appends the container title when it goes in field name for
// the entry's kind: journal for articles and newspapers, booktitle for
// everything else. Only booktitle gets its capitals protected; journal
// names are left for the style.
func (e *entry) container(dst []byte, name string) []byte {
	if orDefault(e.kind.container, "booktitle") != name {
		return dst
	}
	return appendEscape(dst, e.r.ContainerTitle, name == "booktitle" && e.protect())
}

// publisher appends the publisher when it goes in field name: school for
// theses, institution for reports and archives, publisher otherwise.
func (e *entry) publisher(dst []byte, name string) []byte {
	if orDefault(e.kind.publisher, "publisher") != name {
		return dst
	}
	return appendEscape(dst, e.r.Publisher, false)
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func (e *entry) year(dst []byte) []byte {
	if e.r.Issued.Year <= 0 {
		return dst
	}
	return strconv.AppendInt(dst, int64(e.r.Issued.Year), 10)
}

// date is the update or modification date for online kinds when the record
// has one, else the full date of publication when it is more than a year
// (newspapers, patents, online-first articles). The gbt7714 styles print
// date in parentheses after the publisher of online kinds, and use it as
// the publication date of the rest; year always carries the year.
func (e *entry) date(dst []byte) []byte {
	if e.kind.online && !e.r.Updated.IsZero() {
		return e.r.Updated.Append(dst)
	}
	if e.r.Issued.Month > 0 {
		return e.r.Issued.Append(dst)
	}
	return dst
}

// number is the issue of an article, nothing for a preprint (see eprint),
// and the report, standard, patent or archive number of the rest.
func (e *entry) number(dst []byte) []byte {
	switch {
	case e.kind.eprint:
		return dst
	case e.kind.issue:
		return appendEscape(dst, e.r.Issue, false)
	case e.r.Number != "":
		return appendEscape(dst, e.r.Number, false)
	}
	return appendEscape(dst, e.r.Issue, false)
}

// splitEprint splits a preprint identifier such as "arXiv:2401.00001" into
// the platform (archiveprefix) and its identifier (eprint).
func (e *entry) splitEprint() (prefix, id string) {
	if !e.kind.eprint {
		return "", ""
	}
	n := strings.TrimSpace(e.r.Number)
	p, rest, ok := strings.Cut(n, ":")
	if !ok || !isPlatform(p) || strings.TrimSpace(rest) == "" {
		return "", n
	}
	return p, strings.TrimSpace(rest)
}

// isPlatform reports whether s looks like a preprint platform name (arXiv,
// ChinaXiv, PSSXiv): ASCII letters only.
func isPlatform(s string) bool {
	for _, r := range s {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') {
			return false
		}
	}
	return s != ""
}

func (e *entry) genre(dst []byte) []byte {
	if !e.kind.genre {
		return dst
	}
	return appendEscape(dst, e.r.Genre, false)
}

// typeCode is the type code when the styles would not infer it from the
// entry type. It goes in entrytypeid (read by gbt7714-bibtex 3, which warns
// that mark is deprecated) and in mark (read by gbt7714-bibtex 2 and, as
// usera, by biblatex-gb7714).
func (e *entry) typeCode() string {
	if e.code == "" || e.code == e.kind.infers {
		return ""
	}
	return e.code
}
