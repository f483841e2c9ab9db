package gbt7714

// Writer writes records in one output format, one record at a time, so that
// a run never holds more than the record at hand. Close finishes the
// document (a closing bracket, say); it does not close the io.Writer the
// writer was made on.
type Writer interface {
	Write(r *Record) error
	Close() error
}

// Encoder is a Writer whose costly work can run on many goroutines at once,
// so that a run can use every core: EncodeRecord turns a record into bytes
// without touching the writer's state and is safe for concurrent use;
// WriteEncoded then writes such bytes, in input order, adding what depends
// on the records before (separators, unique citation keys).
//
// For any sequence of records, WriteEncoded(EncodeRecord(nil, r), r) called
// in order writes exactly what Write(r) would.
type Encoder interface {
	Writer
	EncodeRecord(dst []byte, r *Record) []byte
	WriteEncoded(enc []byte, r *Record) error
}
