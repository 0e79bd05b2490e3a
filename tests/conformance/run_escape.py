#!/usr/bin/env python3
"""run_escape.py - compares govm's escape-analysis lines with go1.19's.

Model.  Every program NAME.go of the corpus (../shared/conformance, see its
README) that has a NAME.escape file holds go1.19's
`go build -gcflags='-m -l' NAME.go` lines.  For each one this script runs

    GOVM build -m --escape=go NAME.go   (cwd = its folder; lines on stderr)

keeps the lines that contain "escape", "moved to heap" or "leaking param"
(as the corpus was filtered) and compares the SETS of lines.  A program
passes when the sets are equal.  Programs that govm's checker rejects
(goroutines, channels not supported yet, ...) are reported SKIP, not FAIL.

Level 2.  With --level 2 the script checks go1.19's `-m=2` explanations
instead: it runs `GOVM build -m=2 --escape=go NAME.go`, keeps every line
(the "flow:" and "from" lines mention no escape) and compares the set with
the recorded DIR/NAME.escape2 under --expected (tests/conformance/escape_m2,
written by record_escape2.py from go1.19; go is never run here).  Only
programs with a recorded file are checked.

Known gaps.  --expect-fail FILE lists programs that are known to differ
(one per line, `#` comments, `dir/NAME` or a bare `NAME`); a listed failure
is XFAIL and does not fail the run; a listed program that passes is
reported "UNEXPECTED PASS (remove from list)".

Usage:
    run_escape.py build/cli/govm                     # escape/ and lang/
    run_escape.py build/cli/govm escape              # names containing "escape"
    run_escape.py build/cli/govm --dirs escape -v    # show differing lines
    run_escape.py build/cli/govm --expect-fail tests/conformance/escape_known_failures.txt
    run_escape.py build/cli/govm --level 2 --expect-fail tests/conformance/escape2_known_failures.txt

Exit status: 0 when every failure is expected, 1 otherwise, 2 on bad usage.
"""

import argparse
import os
import re
import subprocess
import sys

kKeep = re.compile(r"escape|moved to heap|leaking param")


def readLines(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return [l.rstrip("\n") for l in f if l.strip()]


def loadExpectFail(path):
    names = set()
    if not path:
        return names
    for line in readLines(path):
        line = line.split("#", 1)[0].strip()
        if line:
            names.add(line)
    return names


def listed(expect, folder, name):
    return f"{folder}/{name}" in expect or name in expect


def runOne(govm, folder, name, mode, level, timeout):
    flag = "-m" if level == 1 else f"-m={level}"
    try:
        proc = subprocess.run([govm, "build", flag, f"--escape={mode}", name + ".go"], cwd=folder,
                              stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "timeout"
    err = proc.stderr.decode("utf-8", "replace")
    if proc.returncode != 0:
        return None, (err.strip().splitlines() or ["exit %d" % proc.returncode])[0]
    if level > 1:
        return [l.replace("./", "") for l in err.splitlines() if l], None
    lines = [l[2:] if l.startswith("./") else l for l in err.splitlines()]
    return [l for l in lines if kKeep.search(l)], None


def expectedFile(args, folder, d, name):
    """The recorded lines of DIR/NAME for this level, or None if absent."""
    if args.level == 1:
        return os.path.join(folder, name + ".escape")
    path = os.path.join(args.expected, d, name + ".escape2")
    return path if os.path.isfile(path) else None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("govm")
    ap.add_argument("patterns", nargs="*", help="substrings of dir/NAME to select")
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                     "..", "..", "..", "shared", "conformance"))
    ap.add_argument("--dirs", default="escape,lang")
    ap.add_argument("--mode", default="go")
    ap.add_argument("--level", type=int, choices=(1, 2), default=1, help="-m level to check")
    ap.add_argument("--expected", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "escape_m2"),
                    help="folder of the recorded DIR/NAME.escape2 files (--level 2)")
    ap.add_argument("--expect-fail")
    ap.add_argument("--timeout", type=float, default=20.0)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_intermixed_args()
    if not os.path.isfile(args.govm):
        print(f"run_escape.py: no such govm binary: {args.govm}", file=sys.stderr)
        return 2
    expect = loadExpectFail(args.expect_fail)
    counts = {}
    unexpected = 0
    for d in args.dirs.split(","):
        folder = os.path.join(args.corpus, d)
        if not os.path.isdir(folder):
            continue
        for fname in sorted(os.listdir(folder)):
            if not fname.endswith(".escape"):
                continue
            name = fname[:-len(".escape")]
            key = f"{d}/{name}"
            if args.patterns and not any(p in key for p in args.patterns):
                continue
            wantFile = expectedFile(args, folder, d, name)
            if not wantFile:
                continue
            want = readLines(wantFile)
            got, err = runOne(os.path.abspath(args.govm), folder, name, args.mode, args.level, args.timeout)
            c = counts.setdefault(d, {"pass": 0, "fail": 0, "skip": 0, "xfail": 0})
            if got is None:
                status = "SKIP"
                c["skip"] += 1
                detail = err
            elif set(got) == set(want):
                status = "PASS"
                c["pass"] += 1
                detail = ""
                if listed(expect, d, name):
                    status = "UNEXPECTED PASS (remove from list)"
            else:
                missing = sorted(set(want) - set(got))
                extra = sorted(set(got) - set(want))
                detail = f"{len(missing)} missing, {len(extra)} extra"
                if listed(expect, d, name):
                    status = "XFAIL"
                    c["xfail"] += 1
                else:
                    status = "FAIL"
                    c["fail"] += 1
                    unexpected += 1
                if args.verbose:
                    detail += "".join("\n    - " + l for l in missing) + "".join("\n    + " + l for l in extra)
            if not args.quiet or status not in ("PASS", "XFAIL"):
                print(f"{status:5} {key} {detail}".rstrip())
    for d, c in counts.items():
        total = sum(c.values())
        print(f"{d}: {c['pass']}/{total} pass, {c['fail']} fail, {c['xfail']} xfail, {c['skip']} skipped")
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main())
