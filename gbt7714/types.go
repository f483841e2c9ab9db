package gbt7714

// TypeInfo is one row of the type table: a GB/T 7714 document type code with
// the types that CSL-JSON, BibTeX and RIS give it.
type TypeInfo struct {
	Code     string   // GB/T 7714 code: M, J, …
	Name     string   // its Chinese name in the standard
	English  string   // an English name for messages
	CSL      string   // CSL 1.0.2 item type
	BibTeX   string   // entry type understood by the gbt7714 BibTeX styles
	RIS      string   // RIS TY value
	Editions []string // editions of GB/T 7714 that define the code
}

// The editions of GB/T 7714.
const (
	Ed1987 = "1987"
	Ed2005 = "2005"
	Ed2015 = "2015"
	Ed2025 = "2025"
)

var allEditions = []string{Ed1987, Ed2005, Ed2015, Ed2025}

// types is the one table of document type codes. Analytic forms (a part of a
// larger work, written "…[M]//host…") have their own rows in analyticTypes.
var types = []TypeInfo{
	{"M", "普通图书", "book", "book", "book", "BOOK", allEditions},
	{"C", "会议录", "proceedings", "book", "proceedings", "CONF", allEditions},
	{"G", "汇编", "collection", "book", "collection", "EDBOOK", allEditions},
	{"N", "报纸", "newspaper article", "article-newspaper", "newspaper", "NEWS", allEditions},
	{"J", "期刊", "journal article", "article-journal", "article", "JOUR", allEditions},
	{"D", "学位论文", "thesis", "thesis", "phdthesis", "THES", allEditions},
	{"R", "报告", "report", "report", "techreport", "RPRT", allEditions},
	{"S", "标准", "standard", "standard", "standard", "STAND", allEditions},
	{"P", "专利", "patent", "patent", "patent", "PAT", allEditions},
	{"DB", "数据库", "database", "dataset", "database", "DBASE", []string{Ed2005, Ed2015, Ed2025}},
	{"CP", "计算机程序", "software", "software", "software", "COMP", []string{Ed2005, Ed2015, Ed2025}},
	{"EB", "电子公告", "web page", "webpage", "online", "ELEC", []string{Ed2005, Ed2015, Ed2025}},
	{"A", "档案", "archive", "manuscript", "archive", "MANSCPT", []string{Ed2015, Ed2025}},
	{"CM", "舆图", "map", "map", "map", "MAP", []string{Ed2015, Ed2025}},
	{"DS", "数据集", "dataset", "dataset", "dataset", "DATA", []string{Ed2015, Ed2025}},
	{"PP", "预印本", "preprint", "article", "preprint", "UNPB", []string{Ed2025}},
	{"Z", "其他", "other", "document", "misc", "GEN", []string{Ed2005, Ed2015, Ed2025}},
}

// analyticTypes are the rows for parts of larger works: a chapter of a book
// ([M]//), a paper in proceedings ([C]//), a piece in a collection ([G]//),
// and the 1987/2005 code A (专著、论文集中的析出文献).
var analyticTypes = []TypeInfo{
	{"M", "普通图书中的析出文献", "book chapter", "chapter", "incollection", "CHAP", allEditions},
	{"C", "会议录中的析出文献", "conference paper", "paper-conference", "inproceedings", "CPAPER", allEditions},
	{"G", "汇编中的析出文献", "part of a collection", "chapter", "incollection", "CHAP", allEditions},
	{"A", "专著、论文集中的析出文献", "part of a book", "chapter", "incollection", "CHAP", []string{Ed1987, Ed2005}},
}

// Carriers are the carrier codes (载体类型标识) and what they mean.
var Carriers = map[string]string{
	"OL": "联机网络",
	"CD": "光盘",
	"MT": "磁带",
	"DK": "磁盘",
}

// LookupType returns the table row for code, in its analytic form when
// analytic is set and the code has one. ok is false for an unknown code.
func LookupType(code string, analytic bool) (TypeInfo, bool) {
	if analytic {
		for _, t := range analyticTypes {
			if t.Code == code {
				return t, true
			}
		}
	}
	for _, t := range types {
		if t.Code == code {
			return t, true
		}
	}
	return TypeInfo{}, false
}

// IsTypeCode reports whether code is a document type code of some edition.
func IsTypeCode(code string) bool {
	_, ok := LookupType(code, false)
	return ok
}

// Types returns a copy of the type table (non-analytic rows), in the order
// of the standard.
func Types() []TypeInfo { return append([]TypeInfo(nil), types...) }

// AnalyticTypes returns a copy of the analytic rows of the type table.
func AnalyticTypes() []TypeInfo { return append([]TypeInfo(nil), analyticTypes...) }
