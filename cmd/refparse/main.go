// Command refparse turns reference lists written in GB/T 7714 into JSON,
// JSON Lines, CSL-JSON or BibTeX.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
