package refparse

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// TestREADMEExamples checks that the examples of -f jsonl and -f bibtex in
// README.md are what refparse writes for the two-line list shown there.
func TestREADMEExamples(t *testing.T) {
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	_, after, _ := strings.Cut(readme, "for this two-line list, `two.txt`:\n\n")
	block, _, _ := strings.Cut(after, "\n\n")
	var list strings.Builder
	for _, line := range strings.Split(block, "\n") {
		list.WriteString(strings.TrimPrefix(line, "    ") + "\n")
	}
	file := t.TempDir() + "/two.txt"
	if err := os.WriteFile(file, []byte(list.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	for format, fence := range map[string]string{"jsonl": "```json\n", "bibtex": "```bibtex\n"} {
		_, rest, ok := strings.Cut(readme, fence)
		want, _, _ := strings.Cut(rest, "```")
		if !ok {
			t.Fatalf("README.md has no %q block", fence)
		}
		var out bytes.Buffer
		if _, err := Convert(Options{Files: []string{file}, Format: format}, nil, &out, nil); err != nil {
			t.Fatal(err)
		}
		got := strings.ReplaceAll(out.String(), `"file":"`+file+`"`, `"file":"two.txt"`)
		if strings.TrimSpace(got) != strings.TrimSpace(want) {
			t.Errorf("README's %s example is out of date; refparse writes:\n%s", format, got)
		}
	}
}
