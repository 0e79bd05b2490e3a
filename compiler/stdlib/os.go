// Package os: the subset of Go 1.19's os that govm scripts may use: Args,
// Exit, the environment (read-only: Getenv, LookupEnv, Environ), the
// standard files as *File with Read (stdin only) and Write/WriteString, and
// the common error values. There is no file system access: scripts are
// sandboxed, and an embedded script sees only the environment and input its
// host gives it.
//
// Memory layout of File (fmt's natives rely on it for their *os.File fast
// path): fd int at offset 0, name string at offset 8.
package os

import (
	"errors"
	"io"
)

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

// envs holds the environment as "key=value" strings.
var envs []string = runtime_envs()

// runtime_envs returns the program's environment (NativeContext::osEnv).
func runtime_envs() []string

// Getenv retrieves the value of the environment variable named by the key.
// It returns the value, which will be empty if the variable is not present.
// To distinguish between an empty value and an unset value, use LookupEnv.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named by the
// key. If the variable is present in the environment the value (which may
// be empty) is returned and the boolean is true. Otherwise the returned value
// will be empty and the boolean will be false.
func LookupEnv(key string) (string, bool) {
	if len(key) == 0 {
		return "", false
	}
	for _, kv := range envs {
		if k, ok := envKey(kv); ok && k == key {
			return kv[len(k)+1:], true
		}
	}
	return "", false
}

// Environ returns a copy of strings representing the environment,
// in the form "key=value".
func Environ() []string {
	a := make([]string, 0, len(envs))
	for i, kv := range envs {
		if !shadowed(i) {
			a = append(a, kv)
		}
	}
	return a
}

// envKey returns the key of a "key=value" entry; ok is false without '='.
func envKey(kv string) (key string, ok bool) {
	for j := 0; j < len(kv); j++ {
		if kv[j] == '=' {
			return kv[:j], true
		}
	}
	return "", false
}

// shadowed reports whether an entry before envs[i] sets the same key: as in
// Go, the first mention of a key wins and later ones are dropped.
func shadowed(i int) bool {
	key, ok := envKey(envs[i])
	if !ok {
		return false
	}
	for _, kv := range envs[:i] {
		if k, found := envKey(kv); found && k == key {
			return true
		}
	}
	return false
}

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

// Read reads up to len(b) bytes from the File and stores them in b. It
// returns the number of bytes read and any error encountered. At end of
// file, Read returns 0, io.EOF. Only the standard input has anything to
// read (NativeContext::readInput).
func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.fd != 0 {
		return 0, errors.New("read " + f.name + ": bad file descriptor")
	}
	if len(b) == 0 {
		return 0, nil
	}
	n = readInput(b)
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// readInput reads the program's standard input into b and returns the
// byte count, 0 at its end; it keeps nothing.
//
//govm:escape -
func readInput(b []byte) int

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
