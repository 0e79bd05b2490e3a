// log (Go 1.19's log.go): the standard logger's flags, prefix and output,
// a Logger on a bytes.Buffer, a time stamp's shape, and Panicf.
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"
)

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.Println("plain", 1, 2)
	log.Printf("formatted %d%%", 50)
	log.SetPrefix("[app] ")
	log.Print("with prefix")
	log.SetFlags(log.Lmsgprefix)
	log.Print("msgprefix")
	fmt.Println(log.Flags() == log.Lmsgprefix, log.Prefix())
	var buf bytes.Buffer
	l := log.New(&buf, "L: ", 0)
	l.Println("to buffer")
	l.Printf("no newline")
	fmt.Print(buf.String())
	ts := log.New(&buf, "", log.LstdFlags|log.Lmicroseconds|log.LUTC)
	buf.Reset()
	ts.Print("stamped")
	fields := strings.Fields(buf.String())
	fmt.Println(len(fields), len(fields[0]), len(fields[1]), fields[2], strings.Count(fields[0], "/"))
	defer func() { fmt.Println("recovered:", recover()) }()
	log.Panicf("bad %s", "thing")
}
