package csljson

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/refparse/refparse/gbt7714"
	"github.com/refparse/refparse/internal/rectest"
)

// TestPandoc checks that pandoc, a CSL processor, reads the items back as
// written: `pandoc -f csljson -t csljson` parses them into its own
// references and writes those out again; every variable must survive.
func TestPandoc(t *testing.T) {
	pandoc, err := exec.LookPath("pandoc")
	if err != nil {
		t.Skip("pandoc not found: apt-get install pandoc")
	}
	in := write(t, pandocRecords()...)
	cmd := exec.Command(pandoc, "-f", "csljson", "-t", "csljson")
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pandoc: %v\n%s", err, stderr.Bytes())
	}
	want, got := items(t, in), items(t, out)
	if len(got) != len(want) {
		t.Fatalf("pandoc read %d items, want %d", len(got), len(want))
	}
	for i := range want {
		if diff := cmp.Diff(want[i], got[i]); diff != "" {
			t.Errorf("item %v (-written +read by pandoc):\n%s", want[i]["id"], diff)
		}
	}
}

// pandocRecords is the test set without titles that pandoc rewrites on
// purpose: it turns straight quotes into curly ones and reads HTML tags.
func pandocRecords() []*gbt7714.Record {
	var recs []*gbt7714.Record
	for _, r := range append(rectest.Set(), rectest.Full()) {
		if !strings.ContainsAny(r.Title, "\"<") {
			recs = append(recs, r)
		}
	}
	return recs
}
