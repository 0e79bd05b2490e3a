// Package os: the subset of Go 1.19's os that govm scripts may use: Args,
// Exit, the standard files as *File with Write/WriteString, and the common
// error values. There is no file system access: scripts are sandboxed.
//
// Memory layout of File (fmt's natives rely on it for their *os.File fast
// path): fd int at offset 0, name string at offset 8.
package os

import "errors"

// Portable analogs of some common system call errors (io/fs's values).
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// File represents an open file descriptor. As in Go, the state sits behind
// a pointer, so the go1.19 escape tags of its methods (a File's name is two
// dereferences from *File) describe these bodies too.
type File struct {
	*file
}

type file struct {
	fd   int
	name string
}

// Stdin, Stdout, and Stderr are open Files pointing to the standard input,
// standard output, and standard error file descriptors.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtime_args()

// runtime_args returns the program's arguments (NativeContext::osArgs).
func runtime_args() []string

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	return &File{&file{int(fd), name}}
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string {
	return f.name
}

// Fd returns the integer Unix file descriptor referencing the open file.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// Write writes len(b) bytes from b to the File.
func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	return writeBytes(f.fd, b), nil
}

// WriteString is like Write, but writes the contents of string s rather than
// a slice of bytes.
func (f *File) WriteString(s string) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	return writeString(f.fd, s), nil
}

// writeBytes and writeString write to the program's output (fd 1 or 2;
// NativeContext::write) and return the byte count; they keep nothing.
//
//govm:escape -|-
func writeBytes(fd int, b []byte) int

//govm:escape -|-
func writeString(fd int, s string) int

// Exit causes the current program to exit with the given status code.
// The program terminates immediately; deferred functions are not run.
func Exit(code int)
