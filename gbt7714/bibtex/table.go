package bibtex

import "github.com/refparse/refparse/gbt7714"

// kind says how one row of the type table is written. kinds is keyed by the
// type table's BibTeX column (gbt7714.TypeInfo.BibTeX).
//
// The target readers are the gbt7714 BibTeX styles (gbt7714-bibtex-style,
// versions 2 and 3), biblatex-gb7714-2015 (biber) and pandoc. infers is the
// type code that both gbt7714-bibtex and biblatex-gb7714 derive from the
// entry type by themselves; when a record's code differs, the code is
// written out (see entry.typeID).
type kind struct {
	entry     string // entry type written
	subtype   string // entrysubtype
	infers    string // type code every style infers; "" if they disagree
	container string // field for ContainerTitle; "" means booktitle
	publisher string // field for Publisher; "" means publisher
	issue     bool   // number holds the issue (期), not Record.Number
	online    bool   // date holds the update/modification date first
	eprint    bool   // Record.Number is a preprint identifier
	genre     bool   // type holds Record.Genre (博士学位论文, …)
}

var kinds = map[string]kind{
	"book": {entry: "book", infers: "M"},
	// gbt7714-bibtex reads @incollection as M, biblatex-gb7714 as G.
	"incollection":  {entry: "incollection"},
	"proceedings":   {entry: "proceedings", infers: "C"},
	"inproceedings": {entry: "inproceedings", infers: "C"},
	"collection":    {entry: "collection", infers: "G"},
	"article":       {entry: "article", infers: "J", container: "journal", issue: true},
	// @article with entrysubtype newspaper: the form gbt7714-bibtex documents,
	// that biblatex-gb7714 maps to N, and that pandoc reads as
	// article-newspaper (it does not know @newspaper).
	"newspaper": {entry: "article", subtype: "newspaper", infers: "N", container: "journal", issue: true},
	// @phdthesis or @mastersthesis by Record.Genre; see thesisType.
	"phdthesis":  {entry: "phdthesis", infers: "D", publisher: "school", genre: true},
	"techreport": {entry: "techreport", infers: "R", publisher: "institution", genre: true},
	"standard":   {entry: "standard", infers: "S"},
	"patent":     {entry: "patent", infers: "P"},
	"database":   {entry: "database", infers: "DB", online: true},
	"software":   {entry: "software", infers: "CP", online: true},
	"online":     {entry: "online", infers: "EB", online: true},
	"archive":    {entry: "archive", infers: "A", publisher: "institution"},
	"map":        {entry: "map", infers: "CM"},
	"dataset":    {entry: "dataset", infers: "DS", online: true},
	// biblatex-gb7714 has no @preprint (biber falls back to misc).
	"preprint": {entry: "preprint", online: true, eprint: true},
	// gbt7714-bibtex reads @misc as Z without a URL and as EB with one.
	"misc": {entry: "misc"},
}

// field is one BibTeX field: its name and what its value is (see
// entry.appendValue); a value that comes out empty leaves the field out.
type field struct {
	name  string
	value value
}

// value names a field value; entry.appendValue appends it. A switch rather
// than a table of functions keeps the entry off the heap.
type value uint8

const (
	vAuthor value = iota
	vEditor
	vTranslator
	vTitle
	vJournal   // ContainerTitle when the kind's container is journal
	vBooktitle // ContainerTitle otherwise
	vEdition
	vPlace
	vPublisher   // Publisher when the kind's publisher field is publisher
	vSchool      // … is school
	vInstitution // … is institution
	vYear
	vDate
	vVolume
	vNumber
	vPages
	vArchivePrefix
	vEprint
	vGenre
	vSubtype
	vTypeID
	vMediumID
	vURL
	vDOI
	vURLDate
	vLanguage
	vSortKey
)

// fields are written in this order.
var fields = []field{
	{"author", vAuthor},
	{"editor", vEditor},
	{"translator", vTranslator},
	{"title", vTitle},
	{"journal", vJournal},
	{"booktitle", vBooktitle},
	{"edition", vEdition},
	{"address", vPlace},
	{"publisher", vPublisher},
	{"school", vSchool},
	{"institution", vInstitution},
	{"year", vYear},
	{"date", vDate},
	{"volume", vVolume},
	{"number", vNumber},
	{"pages", vPages},
	{"archiveprefix", vArchivePrefix},
	{"eprint", vEprint},
	{"type", vGenre},
	{"entrysubtype", vSubtype},
	{"entrytypeid", vTypeID},
	{"mark", vTypeID},
	{"entrymediumid", vMediumID},
	{"medium", vMediumID},
	{"url", vURL},
	{"doi", vDOI},
	{"urldate", vURLDate},
	{"langid", vLanguage},
	{"language", vLanguage},
	{"key", vSortKey},
}

// languages are the values of langid and language that the gbt7714 styles
// (langid, then language) and biblatex-gb7714 (language) understand.
var languages = map[string]string{
	gbt7714.LangZh: "chinese",
	gbt7714.LangEn: "english",
}

// mastersGenres pick @mastersthesis for a thesis whose genre (lower-cased)
// contains one of these; any other thesis is a @phdthesis.
var mastersGenres = []string{"硕士", "master", "m.a.", "m.s.", "mphil", "m.phil"}
