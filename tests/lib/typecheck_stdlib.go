//go:build ignore

// typecheck_stdlib type-checks govm's standard-library declarations
// (compiler/stdlib/*.go) with go/types, resolving imports among themselves,
// and compiles every conformance/bench program against them. It catches
// signature mistakes before govm's own checker exists.
//
// Usage (from the repository root): go run tests/lib/typecheck_stdlib.go [prog.go...]
package main

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
)

type stdImporter struct {
	fset *token.FileSet
	dir  string
	pkgs map[string]*types.Package
	errs int
}

func (im *stdImporter) Import(path string) (*types.Package, error) {
	if p, ok := im.pkgs[path]; ok {
		return p, nil
	}
	file := filepath.Join(im.dir, strings.ReplaceAll(path, "/", "_")+".go")
	f, err := parser.ParseFile(im.fset, file, nil, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	conf := types.Config{Importer: im, Error: func(err error) {
		im.errs++
		fmt.Println(err)
	}}
	p, _ := conf.Check(path, im.fset, []*ast.File{f}, nil)
	im.pkgs[path] = p
	return p, nil
}

func main() {
	im := &stdImporter{fset: token.NewFileSet(), dir: "compiler/stdlib", pkgs: map[string]*types.Package{}}
	_ = importer.Default
	names, _ := filepath.Glob("compiler/stdlib/*.go")
	for _, n := range names {
		path := strings.ReplaceAll(strings.TrimSuffix(filepath.Base(n), ".go"), "_", "/")
		if _, err := im.Import(path); err != nil {
			fmt.Println(err)
			im.errs++
		}
	}
	for _, prog := range os.Args[1:] {
		f, err := parser.ParseFile(im.fset, prog, nil, 0)
		if err != nil {
			fmt.Println(err)
			im.errs++
			continue
		}
		conf := types.Config{Importer: im, Error: func(err error) {
			im.errs++
			fmt.Println(err)
		}}
		conf.Check("main", im.fset, []*ast.File{f}, nil)
	}
	if im.errs > 0 {
		os.Exit(1)
	}
}
