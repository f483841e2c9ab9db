package main

import (
	"bufio"
	"strings"
	"testing"
	"time"

	"github.com/refparse/refparse"
	"github.com/refparse/refparse/parser"
)

// TestConsoleProgress checks the progress line on a terminal: shown, pushed
// down by a diagnostic, and cleared at the end; and never shown when stderr
// is not a terminal or under --quiet.
func TestConsoleProgress(t *testing.T) {
	var out strings.Builder
	c := &console{w: bufio.NewWriter(&out), terminal: true, start: time.Now().Add(-time.Second)}
	c.progressFunc()(refparse.Stats{References: 50000})
	c.diagnostic(&refparse.Diagnostic{Pos: parser.Pos{File: "a.txt", Line: 3}, Code: "no-date", Msg: "no year or date found"})
	c.done()
	want := "\rrefparse: 50000 references, "
	got := out.String()
	if !strings.HasPrefix(got, want) || !strings.Contains(got, "/s\x1b[K\r\x1b[Ka.txt:3: no year or date found [no-date]\n") {
		t.Errorf("terminal output %q", got)
	}
	for _, c := range []*console{{terminal: false}, {terminal: true, quiet: true}} {
		if c.progressFunc() != nil {
			t.Errorf("progress shown with terminal=%v quiet=%v", c.terminal, c.quiet)
		}
	}
}
