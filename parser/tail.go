package parser

import (
	"strings"

	"github.com/refparse/refparse/gbt7714"
)

// parseTail reads everything after the type code: identifiers and the
// access date first, wherever they stand, then the segments between full
// stops, with the host of an analytic entry after its mark.
func (p *entryParser) parseTail(t span) {
	t.text = p.takeIdentifiers(t.text)
	t.text = p.takeAccessed(t.text)
	p.parseRest(t)
}

// trimLead drops the punctuation that follows a type code: "[J]. ",
// "[EB/OL].(", "[J],".
func trimLead(t span) span {
	text := strings.TrimLeft(t.text, " .,")
	return t.from(len(t.text) - len(text))
}

// parseRest places the segments of a tail whose identifiers and access
// date are taken.
func (p *entryParser) parseRest(t span) {
	pre, host, ok := cutHost(trimLead(t))
	var buf [16]span
	p.place(segments(buf[:0], pre))
	if ok {
		p.rec.Analytic = true
		p.place(p.takeHost(segments(buf[:0], host)))
	}
}

// cutHost splits the tail of an analytic entry before its host: at "//"
// (GB/T 7714-2005 and later), at "见:" or "In:" (1987), or around a second
// type code ("[A]. 编者. 论文集[C]. …", 1987 and 2005).
func cutHost(t span) (pre, host span, ok bool) {
	if i := strings.Index(t.text, "//"); i >= 0 {
		return t.to(i), t.from(i + 2), true
	}
	for _, mark := range []string{"见:", "In:", "in:"} {
		if i := strings.Index(t.text, mark); i >= 0 && startsSegment(t.text, i) {
			return t.to(i), t.from(i + len(mark)), true
		}
	}
	if a, ok := findAnchor(t.text); ok {
		t.text = blank(t.text, a.start, a.end)
		return span{t.off, ""}, t, true
	}
	return t, span{}, false
}

// startsSegment reports whether s[i] begins a segment: at the start or
// after a full stop and spaces.
func startsSegment(s string, i int) bool {
	before := strings.TrimRight(s[:i], " ")
	return before == "" || strings.HasSuffix(before, ".")
}

// place places each segment, warning about those it cannot. A segment
// that fits nothing, standing just before a journal's volume and issue
// that came without a journal name, is the journal: "World Dev.
// 1996;24(6):1073-87" (Vancouver), "学海. 2023(5): 1-2".
func (p *entryParser) place(segs []span) {
	var unplaced []span
	for k, s := range segs {
		hadContainer := p.rec.ContainerTitle != ""
		if !p.segment(s) {
			unplaced = append(unplaced, s)
			continue
		}
		if n := len(unplaced); n > 0 && !hadContainer && p.rec.ContainerTitle == "" &&
			(p.rec.Volume != "" || p.rec.Issue != "") && k > 0 && unplaced[n-1] == segs[k-1] {
			p.rec.ContainerTitle = unplaced[n-1].text
			unplaced = unplaced[:n-1]
		}
	}
	for _, s := range unplaced {
		p.warn("unparsed", s.off, "could not place "+quote(s.text))
	}
}

// segment places one segment of the tail; it reports whether it could.
func (p *entryParser) segment(s span) bool {
	switch {
	case p.takeEdition(s.text):
	case p.takeResponsibility(s.text):
	case p.takePub(s):
	case p.takePlatform(s.text):
	case p.takeDateRange(s.text):
	case p.takePages(s.text):
	default:
		return false
	}
	return true
}

// takePub places a publication segment. A journal or newspaper gets its
// container from it, and so does an analytic entry whose host has no
// title segment of its own; other types get their place and publisher.
func (p *entryParser) takePub(s span) bool {
	pi, ok := parsePub(s)
	if !ok || !p.rec.Issued.IsZero() {
		return false
	}
	r := p.rec
	r.Issued, r.Volume, r.Issue, r.Page = pi.date, pi.volume, pi.issue, pi.page
	if !pi.updated.IsZero() {
		r.Updated = pi.updated
	}
	if pi.paren != "" {
		r.Page = pi.paren
	}
	who := pi.who.text
	switch {
	case who == "":
	case (hasContainer(r) || pi.volume != "" || pi.issue != "") && r.ContainerTitle == "":
		r.ContainerTitle = who
	case r.Analytic && r.ContainerTitle == "" && !strings.Contains(who, ":"):
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

// takePlatform reads the update date of an electronic resource with the
// platform that holds it: "(2015-05-26)", "arXiv(2012-03-18)",
// "Global Health Data Exchange (2021)".
func (p *entryParser) takePlatform(s string) bool {
	base, paren, ok := cutParen(s)
	if !ok || paren == "" || !p.rec.Updated.IsZero() {
		return false
	}
	d, ok := parseDate(paren)
	if !ok || strings.ContainsAny(base, ",:") {
		return false
	}
	p.rec.Updated = d
	if base != "" && p.rec.Publisher == "" {
		p.rec.Publisher = base
	}
	return true
}

// takeDateRange reads "1998-08-16/1998-10-04", the update and access dates
// of older editions.
func (p *entryParser) takeDateRange(s string) bool {
	a, b, ok := strings.Cut(strings.TrimLeft(s, ", "), "/")
	if !ok {
		return false
	}
	u, ok1 := parseDate(a)
	c, ok2 := parseDate(b)
	if !ok1 || !ok2 || u.Month == 0 || c.Month == 0 {
		return false
	}
	p.rec.Updated, p.rec.Accessed = u, c
	return true
}

// takePages reads pages standing alone after the year ("1996. 468-471" in
// the 1987 and 2005 editions).
func (p *entryParser) takePages(s string) bool {
	pg, ok := pageSpec(s)
	if !ok || p.rec.Page != "" || p.rec.Issued.IsZero() {
		return false
	}
	p.rec.Page = pg
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
