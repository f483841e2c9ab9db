package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/refparse/refparse"
	"github.com/refparse/refparse/parser"
	"github.com/spf13/cobra"
)

// Exit codes.
const (
	exitOK       = 0
	exitProblems = 1 // references with warnings under --strict
	exitUsage    = 2 // usage or I/O errors
)

// rootOptions are the flags of the root command.
type rootOptions struct {
	format   string
	output   string
	split    string
	encoding string
	strict   bool
	verbose  bool
	quiet    bool
}

// errProblems ends a --strict run that met references with warnings.
var errProblems = errors.New("references with problems")

func newRootCmd(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	var o rootOptions
	cmd := &cobra.Command{
		Use:   "refparse [flags] [FILE ...]",
		Short: "Turn GB/T 7714 reference lists into JSON, CSL-JSON or BibTeX",
		Long: `refparse reads reference lists written in the Chinese national standard GB/T 7714
(the 1987, 2005, 2015 and 2025 editions; Chinese and English entries) and writes
one structured record per reference, in input order.

With no FILE, or when FILE is -, it reads standard input. Problems are reported on
standard error as FILE:LINE: message; every reference is written all the same.`,
		Example: `  refparse refs.txt > refs.json
  refparse -f bibtex thesis-refs.txt > refs.bib
  pbpaste | refparse -f csl`,
		Args:          cobra.ArbitraryArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			return convert(o, args, stdin, stdout, stderr)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&o.format, "format", "f", "json", "output format: json, jsonl, csl or bibtex")
	f.StringVarP(&o.output, "output", "o", "", "write to `FILE` instead of standard output")
	f.StringVar(&o.split, "split", "auto", "how to cut the list: auto (by list labels) or line (one reference a line)")
	f.StringVar(&o.encoding, "encoding", "", "input encoding: utf-8, gb18030, gbk, utf-16le or utf-16be (default: detect)")
	f.BoolVar(&o.strict, "strict", false, "exit 1 when any reference could not be parsed cleanly")
	f.BoolVarP(&o.verbose, "verbose", "v", false, "show each problem's reference with a caret under the spot")
	f.BoolVarP(&o.quiet, "quiet", "q", false, "report nothing on standard error but errors that stop the run (no diagnostics, no progress)")
	cmd.RegisterFlagCompletionFunc("format", fixedCompletion(refparse.Formats()...))
	cmd.RegisterFlagCompletionFunc("split", fixedCompletion("auto", "line"))
	cmd.RegisterFlagCompletionFunc("encoding", fixedCompletion("utf-8", "gb18030", "gbk", "utf-16le", "utf-16be"))
	cmd.SetIn(stdin)
	cmd.SetOut(stdout)
	cmd.SetErr(stderr)
	cmd.AddCommand(newVersionCmd(stdout))
	return cmd
}

func fixedCompletion(values ...string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return values, cobra.ShellCompDirectiveNoFileComp
	}
}

// convert turns the flags into library options and makes the one call.
func convert(o rootOptions, files []string, stdin io.Reader, stdout, stderr io.Writer) error {
	split, err := parser.ParseSplitMode(o.split)
	if err != nil {
		return err
	}
	if _, err := refparse.NewWriter(o.format, io.Discard); err != nil {
		return err
	}
	out, closeOut, err := openOutput(o.output, stdout)
	if err != nil {
		return err
	}
	con := newConsole(stderr, o)
	defer con.done()
	opts := refparse.Options{Files: files, Format: o.format, Split: split, Encoding: o.encoding,
		Progress: con.progressFunc()}
	stats, err := refparse.Convert(opts, stdin, out, con.diagnostic)
	if cerr := closeOut(); err == nil {
		err = cerr
	}
	if err == nil && o.strict && stats.WithWarnings > 0 {
		return errProblems
	}
	return err
}

func openOutput(name string, stdout io.Writer) (io.Writer, func() error, error) {
	if name == "" || name == "-" {
		return stdout, func() error { return nil }, nil
	}
	f, err := os.Create(name)
	if err != nil {
		return nil, nil, err
	}
	return f, f.Close, nil
}

// run executes the command line and returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmd := newRootCmd(stdin, stdout, stderr)
	cmd.SetArgs(args)
	err := cmd.Execute()
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errProblems):
		fmt.Fprintln(stderr, "refparse: some references could not be parsed cleanly (--strict)")
		return exitProblems
	}
	fmt.Fprintln(stderr, "refparse:", err)
	return exitUsage
}
