package parser

import (
	"fmt"
	"unicode/utf8"

	"github.com/refparse/refparse/gbt7714"
)

// entryParser parses one reference.
type entryParser struct {
	raw    string // the text as read
	cursor [2]int // offsets of one rune in s and in raw, for restore
	s      string // the normalised text
	rec    *gbt7714.Record
}

func parseEntry(rec *gbt7714.Record, e Entry) {
	rec.File, rec.Line, rec.Label, rec.Raw = e.File, e.Line, e.Label, e.Text
	p := &entryParser{raw: e.Text, rec: rec}
	var folded bool
	p.s, rec.Lang, folded = normalizeLangFold(e.Text)
	if !folded {
		p.raw = p.s // only white space differs, which restore folds anyway
	}
	if len(p.s) > maxEntry {
		p.warn("too-long", 0, fmt.Sprintf("%d bytes is too long for one reference; kept unparsed", len(p.s)))
		return
	}
	p.parse()
	p.restore()
}

func (p *entryParser) warn(code string, off int, msg string) {
	col := 0
	if off >= 0 {
		col = 1 + utf8.RuneCountInString(p.s[:min(off, len(p.s))])
	}
	p.rec.Warn(code, col, msg)
}

func (p *entryParser) parse() {
	all := span{0, p.s}
	a, ok := findAnchor(p.s)
	if !ok {
		p.parseUntyped(all)
		return
	}
	p.rec.Type, p.rec.Carrier = a.code, a.carrier
	p.parseHead(all.to(a.start).trim())
	p.parseTail(all.from(a.end))
	p.check()
}

// parseHead splits "authors. title" at the first full stop that ends a list
// of names; without one the whole is the title.
func (p *entryParser) parseHead(h span) {
	if i := firstSep(h.text); i >= 0 {
		if nl, ok := parseNames(h.text[:i]); ok {
			p.setNames(nl, roleAuthor)
			h = h.from(i + 1).trim()
		}
	}
	p.setTitle(h.text)
}

// setNames stores a list of names under its role; a list without a role
// word takes def.
func (p *entryParser) setNames(nl nameList, def int) {
	role := nl.role
	if role == roleAuthor {
		role = def
	}
	switch role {
	case roleEditor:
		p.rec.Editor = appendNames(p.rec.Editor, nl.names)
		p.rec.EditorEtAl = p.rec.EditorEtAl || nl.etAl
	case roleTranslator:
		p.rec.Translator = appendNames(p.rec.Translator, nl.names)
		p.rec.TranslatorEtAl = p.rec.TranslatorEtAl || nl.etAl
	default:
		p.rec.Author = appendNames(p.rec.Author, nl.names)
		p.rec.AuthorEtAl = p.rec.AuthorEtAl || nl.etAl
	}
}

// appendNames appends names to list, taking names itself when list is
// empty.
func appendNames(list, names []gbt7714.Name) []gbt7714.Name {
	if list == nil {
		return names
	}
	return append(list, names...)
}

func isPubLike(s span) bool {
	_, ok := parsePub(s)
	return ok
}

func (p *entryParser) takeEdition(s string) bool {
	ed, ok := edition(s)
	if ok {
		p.rec.Edition = ed
	}
	return ok
}

func (p *entryParser) takeResponsibility(s string) bool {
	if _, _, ok := cutRole(s); !ok {
		return false
	}
	nl, ok := parseNames(s)
	if ok && nl.role != roleAuthor {
		p.setNames(nl, roleAuthor)
	}
	return ok && nl.role != roleAuthor
}

// check warns about what a reference of its type should show but does not.
func (p *entryParser) check() {
	r := p.rec
	if r.Title == "" {
		p.warn("no-title", -1, "no title before the type code")
	}
	if r.Issued.IsZero() && r.Updated.IsZero() && r.Accessed.IsZero() {
		p.warn("no-date", -1, "no year or date found")
	}
	if (r.Type == "J" || r.Type == "N" || r.Analytic) && r.ContainerTitle == "" {
		p.warn("no-container", -1, "no journal, newspaper or host title found")
	}
}
