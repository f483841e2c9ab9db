package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/refparse/refparse"
	"golang.org/x/term"
)

// console is standard error as the run sees it: diagnostics one a line,
// and, on a terminal, a progress line that they push down.
type console struct {
	w        *bufio.Writer
	terminal bool // stderr is a terminal: write through, show progress
	verbose  bool
	quiet    bool
	start    time.Time
	last     time.Time
	shown    bool // a progress line is on the screen
}

func newConsole(stderr io.Writer, o rootOptions) *console {
	return &console{
		w:        bufio.NewWriter(stderr),
		terminal: isTerminal(stderr),
		verbose:  o.verbose,
		quiet:    o.quiet,
		start:    time.Now(),
	}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// diagnostic prints one problem as FILE:LINE:COL: message [code], with the
// reference and a caret under -v.
func (c *console) diagnostic(d *refparse.Diagnostic) {
	if c.quiet {
		return
	}
	c.clearProgress()
	fmt.Fprintf(c.w, "%s [%s]\n", d.Error(), d.Code)
	if caret := d.Caret(); c.verbose && caret != "" {
		fmt.Fprintln(c.w, caret)
	}
	if c.terminal {
		c.w.Flush()
	}
}

// progress shows how far a long run has got, at most ten times a second,
// on a terminal only and not under --quiet.
func (c *console) progress(s refparse.Stats) {
	now := time.Now()
	if !c.terminal || c.quiet || now.Sub(c.last) < 100*time.Millisecond {
		return
	}
	c.last = now
	rate := float64(s.References) / now.Sub(c.start).Seconds()
	fmt.Fprintf(c.w, "\rrefparse: %d references, %.0f/s\x1b[K", s.References, rate)
	c.shown = true
	c.w.Flush()
}

func (c *console) clearProgress() {
	if c.shown {
		c.w.WriteString("\r\x1b[K")
		c.shown = false
	}
}

// done clears the progress line and writes out what is buffered.
func (c *console) done() {
	c.clearProgress()
	c.w.Flush()
}

// progressFunc returns the Options.Progress callback, or nil where no
// progress is shown.
func (c *console) progressFunc() func(refparse.Stats) {
	if !c.terminal || c.quiet {
		return nil
	}
	return c.progress
}
