package parser

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/refparse/refparse/gbt7714"
)

// entryParser parses one reference.
type entryParser struct {
	raw   string // the text as read
	runes []rune // raw as runes, made when needed
	s     string // the normalised text
	rec   *gbt7714.Record
}

func parseEntry(e Entry) *gbt7714.Record {
	rec := &gbt7714.Record{File: e.File, Line: e.Line, Label: e.Label, Raw: e.Text}
	p := &entryParser{raw: e.Text, s: normalize(e.Text), rec: rec}
	rec.Lang = language(p.s)
	if len(p.s) > maxEntry {
		p.warn("too-long", 0, fmt.Sprintf("%d bytes is too long for one reference; kept unparsed", len(p.s)))
		return rec
	}
	p.parse()
	p.restore()
	return rec
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
	tail := all.from(a.end)
	if rest, ok := strings.CutPrefix(tail.text, "//"); ok {
		p.rec.Analytic = true
		tail = tail.from(len(tail.text) - len(rest))
	}
	p.parseTail(tail)
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
	p.rec.Title = strings.TrimRight(h.text, " ")
	p.titleNumber()
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
		p.rec.Editor = append(p.rec.Editor, nl.names...)
		p.rec.EditorEtAl = p.rec.EditorEtAl || nl.etAl
	case roleTranslator:
		p.rec.Translator = append(p.rec.Translator, nl.names...)
		p.rec.TranslatorEtAl = p.rec.TranslatorEtAl || nl.etAl
	default:
		p.rec.Author = append(p.rec.Author, nl.names...)
		p.rec.AuthorEtAl = p.rec.AuthorEtAl || nl.etAl
	}
}

// parseTail reads everything after the type code: identifiers and dates
// first, wherever they stand, then the segments between full stops.
func (p *entryParser) parseTail(t span) {
	t.text = p.takeIdentifiers(t.text)
	t.text = p.takeDates(t.text)
	segs := segments(t)
	if p.rec.Analytic {
		segs = p.takeHost(segs)
	}
	for _, s := range segs {
		if !p.segment(s) {
			p.warn("unparsed", s.off, "could not place "+quote(s.text))
		}
	}
}

// segment places one segment of the tail; it reports whether it could.
func (p *entryParser) segment(s span) bool {
	switch {
	case p.takeEdition(s.text):
	case p.takeResponsibility(s.text):
	case p.takePub(s):
	default:
		return false
	}
	return true
}

// takeHost reads the host of an analytic entry ("//editor. host title.
// place: publisher, year: pages"): an optional list of names, then the
// host's title, each its own segment.
func (p *entryParser) takeHost(segs []span) []span {
	if len(segs) >= 3 || (len(segs) == 2 && !isPubLike(segs[1])) {
		if nl, ok := parseNames(segs[0].text); ok && !isPubLike(segs[0]) {
			p.setNames(nl, roleEditor)
			segs = segs[1:]
		}
	}
	if len(segs) > 0 && !isPubLike(segs[0]) {
		p.rec.ContainerTitle = segs[0].text
		segs = segs[1:]
	}
	return segs
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

// takePub places a publication segment. A journal or newspaper gets its
// container from it; other types their place and publisher.
func (p *entryParser) takePub(s span) bool {
	pi, ok := parsePub(s)
	if !ok || !p.rec.Issued.IsZero() {
		return false
	}
	r := p.rec
	r.Issued, r.Volume, r.Issue, r.Page = pi.date, pi.volume, pi.issue, pi.page
	if pi.paren != "" {
		r.Page = pi.paren
	}
	who := pi.who.text
	switch {
	case who == "":
	case hasContainer(r) && r.ContainerTitle == "":
		r.ContainerTitle = who
	default:
		r.Place, r.Publisher = placePublisher(who)
	}
	return true
}

// hasContainer reports whether the publication segment of r names a
// journal or newspaper rather than a publisher.
func hasContainer(r *gbt7714.Record) bool {
	return !r.Analytic && (r.Type == "J" || r.Type == "N")
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
