// gen_escape_tags prints go1.19's parameter tags of a standard library
// package in compiler/escape_tags.cpp's format, from the package's source
// and gc's -m lines about it:
//
//	go build -gcflags=-m PKG 2>&1 | go run compiler/gen/gen_escape_tags.go PKG
//
// One line per function: its runtime name ("bufio.(*Reader).Read",
// "unicode/utf8.RuneLen"), then per
// parameter (receiver first) "-" or a comma list of h=N (to the heap at N
// dereferences) and rI=N (to result I), separated by "|".
package main

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

var lineRE = regexp.MustCompile(`^(.*):(\d+):(\d+): (.*)$`)
var toResultRE = regexp.MustCompile(`^leaking param: (\S+) to result (\S+) level=(\d+)$`)

type param struct {
	name    string
	results map[string]int // result name (or ~rI) -> index
	tags    map[string]int // "h" or "rI" -> least derefs
}

func main() {
	pkgPath := os.Args[1]
	pkg, err := build.Import(pkgPath, "", 0)
	check(err)
	fset := token.NewFileSet()
	params := map[string]*param{} // "file:line:col" of the parameter name
	type fn struct {
		name string
		keys []string
	}
	var fns []fn
	for _, file := range pkg.GoFiles {
		path := filepath.Join(pkg.Dir, file)
		f, err := parser.ParseFile(fset, path, nil, 0)
		check(err)
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			results := map[string]int{}
			if fd.Type.Results != nil {
				i := 0
				for _, field := range fd.Type.Results.List {
					if len(field.Names) == 0 {
						results["~r"+strconv.Itoa(i)] = i
						i++
					}
					for _, n := range field.Names {
						results[n.Name] = i
						results["~r"+strconv.Itoa(i)] = i
						i++
					}
				}
			}
			var fields []*ast.Field
			if fd.Recv != nil {
				fields = append(fields, fd.Recv.List...)
			}
			fields = append(fields, fd.Type.Params.List...)
			var keys []string
			for _, field := range fields {
				if len(field.Names) == 0 {
					keys = append(keys, "")
					continue
				}
				for _, n := range field.Names {
					p := fset.Position(n.Pos())
					key := fmt.Sprintf("%s:%d:%d", p.Filename, p.Line, p.Column)
					params[key] = &param{name: n.Name, results: results, tags: map[string]int{}}
					keys = append(keys, key)
				}
			}
			if name := funcName(pkgPath, fd); name != "" {
				fns = append(fns, fn{name, keys})
			}
		}
	}
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		m := lineRE.FindStringSubmatch(in.Text())
		if m == nil {
			continue
		}
		file := m[1]
		if !filepath.IsAbs(file) {
			file = filepath.Join(pkg.Dir, filepath.Base(file))
		}
		file, _ = filepath.EvalSymlinks(file)
		p := params[fmt.Sprintf("%s:%s:%s", resolve(file, pkg.Dir), m[2], m[3])]
		if p == nil {
			continue
		}
		msg := m[4]
		switch {
		case msg == "leaking param: "+p.name, msg == "moved to heap: "+p.name:
			p.add("h", 0)
		case msg == "leaking param content: "+p.name:
			p.add("h", 1)
		default:
			if r := toResultRE.FindStringSubmatch(msg); r != nil && r[1] == p.name {
				level, _ := strconv.Atoi(r[3])
				if i, ok := p.results[r[2]]; ok {
					p.add("r"+strconv.Itoa(i), level)
				}
			}
		}
	}
	check(in.Err())
	sort.Slice(fns, func(i, j int) bool { return fns[i].name < fns[j].name })
	for _, f := range fns {
		var parts []string
		for _, k := range f.keys {
			parts = append(parts, params[k].text())
		}
		fmt.Println(strings.TrimSpace(f.name + " " + strings.Join(parts, "|")))
	}
}

func resolve(file, dir string) string {
	if real, err := filepath.EvalSymlinks(dir); err == nil && strings.HasPrefix(file, real) {
		return filepath.Join(dir, strings.TrimPrefix(file, real))
	}
	return file
}

func (p *param) add(dst string, derefs int) {
	if old, ok := p.tags[dst]; !ok || derefs < old {
		p.tags[dst] = derefs
	}
}

func (p *param) text() string {
	if p == nil || len(p.tags) == 0 {
		return "-"
	}
	var out []string
	if d, ok := p.tags["h"]; ok {
		out = append(out, "h="+strconv.Itoa(d))
	}
	for i := 0; i < 10; i++ {
		if d, ok := p.tags["r"+strconv.Itoa(i)]; ok {
			out = append(out, "r"+strconv.Itoa(i)+"="+strconv.Itoa(d))
		}
	}
	return strings.Join(out, ",")
}

// The runtime name under the package path ("unicode/utf8.RuneLen"); "" for
// a method of a generic type, which govm does not have.
func funcName(path string, fd *ast.FuncDecl) string {
	if fd.Recv == nil {
		return path + "." + fd.Name.Name
	}
	t := fd.Recv.List[0].Type
	star, isPtr := t.(*ast.StarExpr)
	if isPtr {
		t = star.X
	}
	id, ok := t.(*ast.Ident)
	if !ok {
		return ""
	}
	if isPtr {
		return path + ".(*" + id.Name + ")." + fd.Name.Name
	}
	return path + "." + id.Name + "." + fd.Name.Name
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
