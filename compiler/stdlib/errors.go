// Package errors: govm's port of Go 1.19's errors package.
//
// New, Unwrap and Is are Go's own code. As needs to assign through a pointer
// to an arbitrary type, which plain Go cannot do without reflect, so two
// natives (runtime/lib/errors.cpp) do the reflect parts; isComparable stands
// in for reflectlite.TypeOf(target).Comparable().
package errors

// New returns an error that formats as the given text.
// Each call to New returns a distinct error value even if the text is identical.
func New(text string) error {
	return &errorString{text}
}

// errorString is a trivial implementation of error.
type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// Unwrap returns the result of calling the Unwrap method on err, if err's
// type contains an Unwrap method returning error. Otherwise, Unwrap returns nil.
func Unwrap(err error) error {
	u, ok := err.(interface {
		Unwrap() error
	})
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's chain matches target.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}

	isComparable := isComparable(target)
	for {
		if isComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		// TODO: consider supporting target.Is(err). This would allow
		// user-definable predicates, but also may allow for coping with sloppy
		// APIs, thereby making it easier to get away with them.
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

// As finds the first error in err's chain that matches target, and if one is
// found, sets target to that error value and returns true. Otherwise, it
// returns false.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	switch checkAsTarget(target) {
	case 1:
		panic("errors: target must be a non-nil pointer")
	case 2:
		panic("errors: *target must be interface or implement error")
	}
	for err != nil {
		if assignAs(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}

// isComparable reports whether the dynamic type of v supports ==.
func isComparable(v error) bool

// checkAsTarget classifies As's target: 0 if it is a non-nil pointer to an
// interface type or to a type implementing error, 1 if it is not a non-nil
// pointer, 2 if the pointed-to type is neither.
func checkAsTarget(target any) int

// assignAs stores err into *target and reports true if err's dynamic type is
// assignable to target's element type; otherwise it reports false.
func assignAs(err error, target any) bool
