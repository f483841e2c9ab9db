package refparse

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"
)

// TestWorkersSameOutput checks that the output and the diagnostics are the
// same, byte for byte and in the same order, whatever the number of
// workers.
func TestWorkersSameOutput(t *testing.T) {
	data := benchCorpus(nil, 3000)
	input := "References\n" + string(data) + "\n17\n"
	for _, format := range allFormats {
		var want, wantDiag string
		for _, workers := range []int{1, 2, 3, 8} {
			var out bytes.Buffer
			var diag strings.Builder
			report := func(d *Diagnostic) { fmt.Fprintln(&diag, d.Error(), d.Code) }
			stats, err := Convert(Options{Format: format, Workers: workers}, strings.NewReader(input), &out, report)
			if err != nil || stats.References != 3000 {
				t.Fatalf("%s, %d workers: %d references, %v", format, workers, stats.References, err)
			}
			if workers == 1 {
				want, wantDiag = out.String(), diag.String()
				continue
			}
			if out.String() != want {
				t.Errorf("%s: the output with %d workers differs from the output with one", format, workers)
			}
			if diag.String() != wantDiag {
				t.Errorf("%s: the diagnostics with %d workers differ from those with one", format, workers)
			}
		}
	}
}

// TestStreaming checks that output starts before the input ends: with the
// input still open, the first records come out.
func TestStreaming(t *testing.T) {
	pr, pw := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan error, 1)
	go func() {
		_, err := Convert(Options{Format: "jsonl"}, pr, outW, nil)
		outW.CloseWithError(err)
		done <- err
	}()
	go func() {
		for i := 1; i <= 2*batchSize; i++ {
			fmt.Fprintf(pw, "[%d] 郑广怀. 乡镇社工站推动乡村公共价值合作生产的过程与机制[J]. 学海, 2023(5): 132-145.\n", i)
		}
	}()
	first := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(outR).ReadString('\n')
		first <- line
		io.Copy(io.Discard, outR)
	}()
	select {
	case line := <-first:
		if !strings.HasPrefix(line, `{"index":1,`) {
			t.Errorf("first line %q", line)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no output while the input is still open")
	}
	pw.Close()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// TestWriteErrorStops checks that a failing output ends the run with its
// error, without hanging.
func TestWriteErrorStops(t *testing.T) {
	data := benchCorpus(nil, 5000)
	for _, format := range allFormats {
		_, err := Convert(Options{Format: format}, bytes.NewReader(data), failingWriter{}, nil)
		if err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("%s: err = %v", format, err)
		}
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, fmt.Errorf("disk full") }
