#!/usr/bin/env python3
"""run_go_testdir.py - runs Go's own test programs (go1.19's $GOROOT/test) on govm.

A development tool, not part of ctest: it needs a Go source tree (Debian's
golang-go puts one at /usr/share/go-1.19/test). For every file of the given
directories whose first line is

  // run      govm run FILE must exit 0, and its stdout+stderr must equal
              FILE's .out when there is one (Go's tests panic on failure);
  // compile  govm build FILE must accept it (--compile);

it prints one line, OK, UNSUP (govm names a feature it does not have:
complex numbers, unsafe, reflect, runtime internals, body-less functions),
FAIL or DIFF, then the counts. Examples:

  tests/conformance/run_go_testdir.py build/cli/govm /usr/share/go-1.19/test
  tests/conformance/run_go_testdir.py build/cli/govm /usr/share/go-1.19/test/fixedbugs --quiet
"""
import argparse
import glob
import os
import re
import subprocess
import sys

UNSUPPORTED = re.compile(r"not supported by govm|are not supported|is not supported|imaginary literal|"
                         r"undefined: (runtime|reflect|unsafe)\.|missing function body|not in GOROOT|"
                         r"generic type parameters")


def classify(govm, path, mode, timeout):
    cmd = [govm, "run" if mode == "run" else "build", path]
    try:
        done = subprocess.run(cmd, capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return "FAIL", "timeout"
    out = (done.stdout + done.stderr).decode("utf-8", "replace")
    if done.returncode != 0:
        if UNSUPPORTED.search("\n".join(out.splitlines()[:3])):
            return "UNSUP", out.splitlines()[0] if out else ""
        return "FAIL", "exit %d: %s" % (done.returncode, " ".join(out.splitlines()[:2])[:200])
    want = path[:-3] + ".out"
    if mode == "run" and os.path.exists(want):
        with open(want, encoding="utf-8", errors="replace") as f:
            if f.read().rstrip("\n") != out.rstrip("\n"):
                return "DIFF", "output differs from " + os.path.basename(want)
    return "OK", ""


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("govm")
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--compile", action="store_true", help="check the // compile files instead")
    ap.add_argument("--timeout", type=float, default=20)
    ap.add_argument("--quiet", action="store_true", help="print only what is not OK or UNSUP")
    args = ap.parse_args()
    mode = "compile" if args.compile else "run"
    counts = {}
    for d in args.dirs:
        for path in sorted(glob.glob(os.path.join(d, "*.go"))):
            with open(path, encoding="utf-8", errors="replace") as f:
                if f.readline().strip() != "// " + mode:
                    continue
            status, why = classify(args.govm, path, mode, args.timeout)
            counts[status] = counts.get(status, 0) + 1
            if not args.quiet or status in ("FAIL", "DIFF"):
                print("%-5s %s%s" % (status, path, ": " + why if why else ""))
    print(" ".join("%s %d" % kv for kv in sorted(counts.items())))
    return 1 if counts.get("FAIL") or counts.get("DIFF") else 0


if __name__ == "__main__":
    sys.exit(main())
