package parser

// parseUntyped reads a reference without a type code — an older or looser
// GB/T 7714 entry, or another style altogether — as "authors. title. rest",
// and infers its type from what the rest holds.
func (p *entryParser) parseUntyped(all span) {
	p.warn("no-type-code", -1, "no document type code such as [J] or [M]; type inferred")
	all.text = p.takeIdentifiers(all.text)
	all.text = p.takeDates(all.text)
	segs := segments(all)
	if len(segs) > 1 {
		if nl, ok := parseNames(segs[0].text); ok {
			p.setNames(nl, roleAuthor)
			segs = segs[1:]
		}
	}
	if len(segs) > 0 {
		p.rec.Title = segs[0].text
		segs = segs[1:]
	}
	p.rec.Type = inferType(segs, p.rec.URL != "")
	for _, s := range segs {
		if !p.segment(s) {
			p.warn("unparsed", s.off, "could not place "+quote(s.text))
		}
	}
}

// inferType guesses the type of an untyped reference: a journal when its
// publication segment has a volume or issue, a book when it has a
// publisher, a web page when it has only a URL.
func inferType(segs []span, hasURL bool) string {
	for _, s := range segs {
		pi, ok := parsePub(s)
		switch {
		case !ok:
		case pi.volume != "" || pi.issue != "":
			return "J"
		case pi.who.text != "":
			return "M"
		}
	}
	if hasURL {
		return "EB"
	}
	return "Z"
}
