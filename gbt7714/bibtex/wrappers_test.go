package bibtex

import "github.com/refparse/refparse/gbt7714"

// String-returning forms of the append functions, for the tests.

func escape(s string) string                    { return string(appendEscape(nil, s, false)) }
func escapeTitle(s string, protect bool) string { return string(appendEscape(nil, s, protect)) }
func escapeURL(s string) string                 { return string(appendURL(nil, s)) }
func escapePages(s string) string               { return string(appendPages(nil, s)) }
func citeKey(r *gbt7714.Record) string          { return string(appendCiteKey(nil, r)) }
func asciiKey(s string) string                  { return string(appendASCIIKey(nil, s)) }
func suffix(n uint32) string                    { return string(appendSuffix(nil, n)) }
func names(ns []gbt7714.Name, etAl bool) string { return string(appendNames(nil, ns, etAl)) }
func (e *entry) sortKey() string                { return string(e.appendSortKey(nil)) }
func (e *entry) typeID() string                 { return escape(e.typeCode()) }

func (k *keyer) unique(base string) string {
	return string(appendSuffix([]byte(base), k.next([]byte(base))))
}

func newEntry(r *gbt7714.Record) *entry {
	e := makeEntry(r)
	return &e
}

// len returns the number of hashes in t.
func (t *countTable) len() int {
	n := 0
	for i := range t.shards {
		n += t.shards[i].n
	}
	return n
}
