package refparse

import (
	"errors"
	"io"
	"runtime"
	"sync"

	"github.com/refparse/refparse/gbt7714"
	"github.com/refparse/refparse/parser"
)

// The pipeline: one goroutine reads and splits the inputs into batches of
// entries; Workers goroutines parse them and, when the writer is a
// gbt7714.Encoder, encode them; the calling goroutine writes the batches in
// input order, with the diagnostics of each reference. At most maxInFlight
// batches exist at once, so memory does not grow with the input.

// batchSize is the number of entries in a batch.
const batchSize = 256

// ProgressEvery is how many references pass between calls of
// Options.Progress.
const ProgressEvery = 1 << 14

// A batch is a run of consecutive entries on their way through the
// pipeline.
type batch struct {
	first   int            // Index of the first entry
	entries []parser.Entry // as read
	notes   [][]*Diagnostic
	recs    []*gbt7714.Record
	enc     []byte // the records' encodings, one after another
	ends    []int  // where each record's encoding ends in enc
	done    chan struct{}
}

func (b *batch) reset(first int) {
	b.first = first
	b.entries, b.recs, b.enc, b.ends = b.entries[:0], b.recs[:0], b.enc[:0], b.ends[:0]
	for i := range b.notes {
		b.notes[i] = nil
	}
	b.notes = b.notes[:0]
	b.done = make(chan struct{})
}

// note files a reader's note before the next entry of the batch.
func (b *batch) note(d *Diagnostic) {
	for len(b.notes) <= len(b.entries) {
		b.notes = append(b.notes, nil)
	}
	b.notes[len(b.entries)] = append(b.notes[len(b.entries)], d)
}

// process parses (and encodes) every entry of the batch.
func (b *batch) process(enc gbt7714.Encoder) {
	for i, e := range b.entries {
		// Reuse the records of the batch's last round: they were written.
		if len(b.recs) < cap(b.recs) {
			b.recs = b.recs[:len(b.recs)+1]
		} else {
			b.recs = append(b.recs, nil)
		}
		if b.recs[i] == nil {
			b.recs[i] = new(gbt7714.Record)
		}
		rec := b.recs[i]
		parser.ParseInto(rec, e)
		rec.Index = b.first + i
		if enc != nil {
			b.enc = enc.EncodeRecord(b.enc, rec)
			b.ends = append(b.ends, len(b.enc))
		}
	}
	close(b.done)
}

type pipeline struct {
	opts    Options
	stdin   io.Reader
	w       gbt7714.Writer
	enc     gbt7714.Encoder // w, when it is one
	report  func(*Diagnostic)
	flush   func() error
	work    chan *batch // to the workers
	ordered chan *batch // to the writer, in input order
	free    chan *batch // batches to reuse
	stop    chan struct{}
	errs    []error // input errors, set by the reader
	stats   Stats
}

// convert runs the pipeline; flush pushes out what was written whenever the
// writer has caught up with the input, so that output keeps pace with a
// slow input.
func convert(opts Options, stdin io.Reader, out io.Writer, flush func() error, report func(*Diagnostic)) (Stats, error) {
	w, err := NewWriter(opts.Format, out)
	if err != nil {
		return Stats{}, err
	}
	if report == nil {
		report = func(*Diagnostic) {}
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	inFlight := 2*workers + 2
	p := &pipeline{
		opts: opts, stdin: stdin, w: w, report: report, flush: flush,
		work: make(chan *batch, workers), ordered: make(chan *batch, inFlight),
		free: make(chan *batch, inFlight+workers+1), stop: make(chan struct{}),
	}
	p.enc, _ = w.(gbt7714.Encoder)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range p.work {
				b.process(p.enc)
			}
		}()
	}
	go p.read()
	werr := p.write()
	if werr != nil {
		close(p.stop)
		for range p.ordered { // let the reader finish
		}
	}
	wg.Wait()
	if cerr := w.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		return p.stats, werr
	}
	return p.stats, errors.Join(p.errs...)
}

// read reads every input into batches and sends them on; it closes both
// channels when done or stopped.
func (p *pipeline) read() {
	defer close(p.ordered)
	defer close(p.work)
	files := p.opts.Files
	if len(files) == 0 {
		files = []string{"-"}
	}
	b := p.newBatch(1)
	next := 1
	for _, name := range files {
		var ok bool
		if b, next, ok = p.readFile(name, b, next); !ok {
			return
		}
	}
	p.send(b)
}

// readFile reads one input into batches, sending each full one; it returns
// the batch being filled, the next Index, and false when the pipeline was
// stopped.
func (p *pipeline) readFile(name string, b *batch, next int) (*batch, int, bool) {
	r, closeFn, err := open(name, p.stdin)
	if err != nil {
		p.errs = append(p.errs, err)
		return b, next, true
	}
	defer closeFn()
	popts := parser.Options{Split: p.opts.Split, Encoding: p.opts.Encoding,
		Report: func(d *parser.Error) { b.note(d) }}
	rd := parser.NewReader(r, name, popts)
	for e, ok := rd.Next(); ok; e, ok = rd.Next() {
		b.entries = append(b.entries, e)
		next++
		if len(b.entries) == batchSize {
			if !p.send(b) {
				return b, next, false
			}
			b = p.newBatch(next)
		}
	}
	if err := rd.Err(); err != nil {
		p.errs = append(p.errs, err)
	}
	return b, next, true
}

func (p *pipeline) newBatch(first int) *batch {
	var b *batch
	select {
	case b = <-p.free:
	default:
		b = &batch{}
	}
	b.reset(first)
	return b
}

// send hands a batch to the workers and its place in line to the writer;
// it reports false when the pipeline was stopped.
func (p *pipeline) send(b *batch) bool {
	select {
	case p.ordered <- b:
	case <-p.stop:
		return false
	}
	select {
	case p.work <- b:
		return true
	case <-p.stop:
		close(b.done)
		return false
	}
}

// write writes the batches in input order as the workers finish them.
func (p *pipeline) write() error {
	for b := range p.ordered {
		<-b.done
		if err := p.writeBatch(b); err != nil {
			return err
		}
		if len(p.ordered) == 0 {
			if err := p.flush(); err != nil {
				return err
			}
		}
		select {
		case p.free <- b:
		default:
		}
	}
	return nil
}

func (p *pipeline) writeBatch(b *batch) error {
	start := 0
	for i, rec := range b.recs {
		p.flushNotes(b, i)
		p.count(b.entries[i], rec)
		var err error
		if p.enc != nil {
			err = p.enc.WriteEncoded(b.enc[start:b.ends[i]], rec)
			start = b.ends[i]
		} else {
			err = p.w.Write(rec)
		}
		if err != nil {
			return err
		}
	}
	p.flushNotes(b, len(b.recs))
	return nil
}

func (p *pipeline) flushNotes(b *batch, i int) {
	if i < len(b.notes) {
		for _, d := range b.notes[i] {
			p.report(d)
		}
	}
}

// count counts a record, reports its warnings and, now and then, the
// progress.
func (p *pipeline) count(e parser.Entry, rec *gbt7714.Record) {
	p.stats.References++
	if len(rec.Warnings) > 0 {
		p.stats.WithWarnings++
	}
	for _, w := range rec.Warnings {
		p.report(warning(e, w))
	}
	if p.opts.Progress != nil && p.stats.References%ProgressEvery == 0 {
		p.opts.Progress(p.stats)
	}
}
