#!/usr/bin/env python3
"""record_escape2.py - records go1.19's `-m=2` escape explanations.

For every program DIR/NAME.go of the corpus that has a NAME.escape file
(the programs run_escape.py checks at level 1), this script runs

    go build -gcflags='-m=2 -l' -o /dev/null NAME.go

in a scratch module (`module t`, `go 1.19`), drops the `# package` header
lines, strips every "./" (gc prints "./NAME.go:L:C", also inside the
"from ... at" notes) and writes the sorted, de-duplicated lines to
OUT/DIR/NAME.escape2.  run_escape.py --level 2 compares govm's lines with
these files; tests never run go themselves.

Only go1.19 may produce the files (`go version` is checked): the lines
are gc's, never edited by hand.

Usage:
    record_escape2.py                      # the default corpus and output
    record_escape2.py --corpus ../shared/conformance --dirs escape,lang \\
                      --out tests/conformance/escape_m2
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

kWantGo = "go1.19"


def goVersion(go):
    out = subprocess.run([go, "version"], capture_output=True, text=True, check=True).stdout
    return out.split()[2] if len(out.split()) > 2 else out


def recordOne(go, source, scratch):
    name = os.path.basename(source)
    for old in os.listdir(scratch):
        if old.endswith(".go"):
            os.remove(os.path.join(scratch, old))
    shutil.copy(source, os.path.join(scratch, name))
    proc = subprocess.run([go, "build", "-gcflags=-m=2 -l", "-o", os.devnull, name], cwd=scratch,
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, errors="replace")
    lines = [l.replace("./", "") for l in proc.stderr.splitlines() if l and not l.startswith("#")]
    return sorted(set(lines))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--go", default="go")
    ap.add_argument("--corpus", default=os.path.join(here, "..", "..", "..", "shared", "conformance"))
    ap.add_argument("--dirs", default="escape,lang")
    ap.add_argument("--out", default=os.path.join(here, "escape_m2"))
    args = ap.parse_args()
    version = goVersion(args.go)
    if not version.startswith(kWantGo + ".") and version != kWantGo:
        print(f"record_escape2.py: need {kWantGo}, have {version}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        with open(os.path.join(scratch, "go.mod"), "w") as f:
            f.write("module t\ngo 1.19\n")
        for d in args.dirs.split(","):
            folder = os.path.join(args.corpus, d)
            os.makedirs(os.path.join(args.out, d), exist_ok=True)
            for fname in sorted(os.listdir(folder)):
                if not fname.endswith(".escape"):
                    continue
                name = fname[:-len(".escape")]
                lines = recordOne(args.go, os.path.join(folder, name + ".go"), scratch)
                with open(os.path.join(args.out, d, name + ".escape2"), "w", encoding="utf-8") as f:
                    f.write("".join(l + "\n" for l in lines))
                print(f"{d}/{name}: {len(lines)} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
