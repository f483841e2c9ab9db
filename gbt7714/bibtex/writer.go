// Package bibtex writes records as BibTeX entries that the gbt7714 BibTeX
// styles (gbt7714-bibtex-style), biblatex-gb7714-2015 and pandoc read right.
//
// Entry types and fields follow the table in table.go. Names are written
// "Family, Given" (郑, 广怀), corporate and other literal names as one brace
// group ({中共中央}); an author list ending in 等 or et al. gets "and
// others". Every text value is escaped so that nothing in the input reaches
// TeX as a command, and braces always balance; see escape.go. Citation keys
// are described at citeKey.
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
type Writer struct {
	w      io.Writer
	keys   keyer
	buf    bytes.Buffer
	closed bool
}

var _ gbt7714.Writer = (*Writer)(nil)

var errClosed = errors.New("bibtex: write after close")

// NewWriter returns a Writer that writes to w.
func NewWriter(w io.Writer) *Writer {
	return &Writer{w: w, keys: newKeyer()}
}

// Write writes r as one entry followed by a blank line.
func (w *Writer) Write(r *gbt7714.Record) error {
	if w.closed {
		return errClosed
	}
	w.buf.Reset()
	e := newEntry(r)
	e.writeTo(&w.buf, w.keys.unique(citeKey(r)))
	_, err := w.w.Write(w.buf.Bytes())
	return err
}

// Close ends the output. A BibTeX file needs no closing text, so Close only
// makes further writes fail; it does not close the underlying io.Writer.
func (w *Writer) Close() error {
	w.closed = true
	return nil
}

// entry is a record on its way to BibTeX.
type entry struct {
	r    *gbt7714.Record
	code string // the type code, "" when the record has none or an unknown one
	kind kind
}

func newEntry(r *gbt7714.Record) *entry {
	e := &entry{r: r, kind: kinds["misc"]}
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

func (e *entry) writeTo(b *bytes.Buffer, key string) {
	b.WriteString("@" + e.kind.entry + "{" + key + ",\n")
	for _, f := range fields {
		if v := f.value(e); v != "" {
			b.WriteString("  " + f.name + " = {" + v + "},\n")
		}
	}
	b.WriteString("}\n\n")
}

// text makes a field function that escapes a plain string field.
func text(get func(*entry) string) func(*entry) string {
	return func(e *entry) string { return escape(get(e)) }
}

func (e *entry) author() string     { return names(e.r.Author, e.r.AuthorEtAl) }
func (e *entry) editor() string     { return names(e.r.Editor, e.r.EditorEtAl) }
func (e *entry) translator() string { return names(e.r.Translator, e.r.TranslatorEtAl) }

// protect reports whether capitals in the record's titles need braces:
// everywhere but in Chinese records.
func (e *entry) protect() bool { return e.r.Lang != gbt7714.LangZh }

func (e *entry) title() string { return escapeTitle(e.r.Title, e.protect()) }

// containerIn returns the field function for the container title when it
// goes in field name for the entry's kind: journal for articles and
// newspapers, booktitle for everything else. Only booktitle gets its
// capitals protected; journal names are left for the style.
func containerIn(name string) func(*entry) string {
	return func(e *entry) string {
		if orDefault(e.kind.container, "booktitle") != name {
			return ""
		}
		if name == "booktitle" {
			return escapeTitle(e.r.ContainerTitle, e.protect())
		}
		return escape(e.r.ContainerTitle)
	}
}

// publisherIn returns the field function for the publisher when it goes in
// field name: school for theses, institution for reports and archives,
// publisher otherwise.
func publisherIn(name string) func(*entry) string {
	return func(e *entry) string {
		if orDefault(e.kind.publisher, "publisher") != name {
			return ""
		}
		return escape(e.r.Publisher)
	}
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func (e *entry) year() string {
	if e.r.Issued.Year <= 0 {
		return ""
	}
	return strconv.Itoa(e.r.Issued.Year)
}

// date is the update or modification date for online kinds when the record
// has one, else the full date of publication when it is more than a year
// (newspapers, patents, online-first articles). The gbt7714 styles print
// date in parentheses after the publisher of online kinds, and use it as
// the publication date of the rest; year always carries the year.
func (e *entry) date() string {
	if e.kind.online && !e.r.Updated.IsZero() {
		return e.r.Updated.String()
	}
	if e.r.Issued.Month > 0 {
		return e.r.Issued.String()
	}
	return ""
}

// number is the issue of an article, nothing for a preprint (see eprint),
// and the report, standard, patent or archive number of the rest.
func (e *entry) number() string {
	switch {
	case e.kind.eprint:
		return ""
	case e.kind.issue:
		return escape(e.r.Issue)
	case e.r.Number != "":
		return escape(e.r.Number)
	}
	return escape(e.r.Issue)
}

// archivePrefix and eprint split a preprint identifier such as
// "arXiv:2401.00001" into the platform and its identifier.
func (e *entry) archivePrefix() string {
	p, _ := e.splitEprint()
	return escape(p)
}

func (e *entry) eprint() string {
	_, id := e.splitEprint()
	return escape(id)
}

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

func (e *entry) pages() string { return escapePages(e.r.Page) }

func (e *entry) genre() string {
	if !e.kind.genre {
		return ""
	}
	return escape(e.r.Genre)
}

// typeID is the type code when the styles would not infer it from the entry
// type. It goes in entrytypeid (read by gbt7714-bibtex 3, which warns that
// mark is deprecated) and in mark (read by gbt7714-bibtex 2 and, as usera,
// by biblatex-gb7714).
func (e *entry) typeID() string {
	if e.code == "" || e.code == e.kind.infers {
		return ""
	}
	return escape(e.code)
}

// mediumID is the carrier code (OL, CD, …), written whenever there is one,
// in entrymediumid (gbt7714-bibtex 3) and medium (version 2,
// biblatex-gb7714).
func (e *entry) mediumID() string { return escape(e.r.Carrier) }

func (e *entry) language() string { return languages[e.r.Lang] }
