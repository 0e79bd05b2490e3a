#!/usr/bin/env python3
"""check_stats.py - checks `govm run --stats` end to end (issue 5).

Model.  The exact figures of small programs are tests/vm_stats.cpp's job;
this script checks what only the command shows:

  * escape_slice (../shared/bench/escape_slice.go copied with its quick
    size, N = 200000): with the default escape mode at least 200,000 arena
    objects, almost no heap objects (fewer than 1,000) and the site
    `make([]int, 0, 16)` decided `arena`; with --escape=off at least 200,000
    heap objects and at least one GC cycle; with --gctrace one `gc N @Ts:`
    line per cycle on stderr; the program's output unchanged;
  * every report is valid JSON (json.loads) with the documented keys, and
    its sites add up to the totals, for escape_slice and samples/stats.go in
    each escape mode, and for programs that panic and that call os.Exit
    (whose exit status must be kept);
  * --stats-file writes the report to the file, --stats (text) to stderr.

Usage:
    check_stats.py build/cli/govm [--shared ../shared] [--samples samples] [-v]

Exit status: 0 when every check passes, 1 otherwise, 2 on bad usage.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

kTopKeys = ["program", "escape_mode", "calls", "max_depth", "arena", "heap", "sites"]
kArenaKeys = ["objects", "bytes", "peak_bytes", "iteration_releases", "spills"]
kHeapKeys = ["objects", "bytes", "live_peak_bytes", "gc_cycles", "gc_pause_total_ns", "gc_pause_max_ns"]
kSiteKeys = ["pos", "expr", "decision", "objects", "bytes"]
kTrace = re.compile(r"^gc (\d+) @\d+\.\d+s \d+%: .* (\d+)->(\d+)->(\d+) MB, (\d+) MB goal")

kPanics = """package main

func f(i int) int {
\ts := make([]int, 2)
\treturn s[i]
}

func main() {
\tprintln(f(1))
\tprintln(f(2))
}
"""

kExits = """package main

import "os"

func main() {
\tp := new(int)
\t*p = 3
\tos.Exit(*p)
}
"""


class Checker:
    def __init__(self, govm, verbose):
        self.govm = govm
        self.verbose = verbose
        self.failures = 0
        self.checks = 0

    def check(self, ok, what):
        self.checks += 1
        if not ok:
            self.failures += 1
            print("FAIL:", what)
        elif self.verbose:
            print("ok:", what)
        return ok

    def run(self, flags, path, cwd=None):
        proc = subprocess.run([self.govm, "run"] + flags + [path], cwd=cwd, capture_output=True, timeout=300)
        return proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")

    # Runs with --stats=json into a file; returns (status, stdout, stderr, report or None).
    def runJson(self, flags, path, tmp, cwd=None):
        out = os.path.join(tmp, "stats.json")
        if os.path.exists(out):
            os.remove(out)
        status, stdout, stderr = self.run(["--stats=json", "--stats-file", out] + flags, path, cwd)
        label = f"{os.path.basename(path)} {' '.join(flags)}".strip()
        if not self.check(os.path.exists(out), f"{label}: --stats-file wrote the report"):
            return status, stdout, stderr, None
        with open(out, encoding="utf-8") as f:
            text = f.read()
        try:
            report = json.loads(text)
        except ValueError as e:
            self.check(False, f"{label}: the report is valid JSON ({e})")
            return status, stdout, stderr, None
        self.check(True, f"{label}: the report is valid JSON")
        self.checkShape(report, label)
        return status, stdout, stderr, report

    def checkShape(self, r, label):
        self.check(all(k in r for k in kTopKeys), f"{label}: top-level keys {kTopKeys}")
        self.check(all(k in r.get("arena", {}) for k in kArenaKeys), f"{label}: arena keys {kArenaKeys}")
        self.check(all(k in r.get("heap", {}) for k in kHeapKeys), f"{label}: heap keys {kHeapKeys}")
        sites = r.get("sites", [])
        self.check(all(all(k in s for k in kSiteKeys) for s in sites), f"{label}: site keys {kSiteKeys}")
        self.check(all(s.get("decision") in ("arena", "heap") for s in sites), f"{label}: decisions arena|heap")
        numbers = [r.get(k) for k in ("calls", "max_depth")] + [r["arena"].get(k) for k in kArenaKeys] + \
            [r["heap"].get(k) for k in kHeapKeys]
        self.check(all(isinstance(n, int) and n >= 0 for n in numbers), f"{label}: counters are integers")
        bytesSorted = [s["bytes"] for s in sites]
        self.check(bytesSorted == sorted(bytesSorted, reverse=True), f"{label}: sites sorted by bytes")
        objects = sum(s["objects"] for s in sites)
        total = r["arena"]["objects"] + r["heap"]["objects"]
        self.check(objects == total, f"{label}: site objects add up ({objects} == {total})")
        size = sum(s["bytes"] for s in sites)
        totalBytes = r["arena"]["bytes"] + r["heap"]["bytes"]
        self.check(size == totalBytes, f"{label}: site bytes add up ({size} == {totalBytes})")


def site(report, expr):
    for s in report["sites"]:
        if s["expr"] == expr:
            return s
    return None


def checkEscapeSlice(c, shared, tmp):
    source = os.path.join(shared, "bench", "escape_slice.go")
    expected = os.path.join(shared, "bench", "escape_slice.quick.out")
    if not os.path.exists(source):
        print(f"SKIP: {source} not found")
        return
    with open(source, encoding="utf-8") as f:
        text = re.sub(r"^const N = .*$", "const N = 200000", f.read(), count=1, flags=re.M)
    prog = os.path.join(tmp, "escape_slice.go")
    with open(prog, "w", encoding="utf-8") as f:
        f.write(text)
    want = open(expected, encoding="utf-8").read() if os.path.exists(expected) else None

    status, stdout, _, r = c.runJson([], prog, tmp)
    c.check(status == 0, "escape_slice: exit status 0")
    if want is not None:
        c.check(stdout == want, "escape_slice: output unchanged by --stats")
    if r:
        c.check(r["escape_mode"] == "govm", "escape_slice: escape_mode govm by default")
        c.check(r["arena"]["objects"] >= 200000, f"escape_slice: >= 200000 arena objects ({r['arena']['objects']})")
        c.check(r["heap"]["objects"] < 1000, f"escape_slice: almost no heap objects ({r['heap']['objects']})")
        s = site(r, "make([]int, 0, 16)")
        c.check(s is not None and s["decision"] == "arena" and s["objects"] >= 200000,
                f"escape_slice: site make([]int, 0, 16) in the arena ({s})")
        c.check(s is not None and s["pos"].endswith("escape_slice.go:11:13"), "escape_slice: the site is at 11:13")

    status, stdout, stderr, r = c.runJson(["--escape=off", "--gctrace"], prog, tmp)
    c.check(status == 0, "escape_slice --escape=off: exit status 0")
    if want is not None:
        c.check(stdout == want, "escape_slice --escape=off: output unchanged")
    if r:
        c.check(r["escape_mode"] == "off", "escape_slice --escape=off: escape_mode off")
        c.check(r["heap"]["objects"] >= 200000, f"escape_slice --escape=off: >= 200000 heap objects")
        c.check(r["heap"]["gc_cycles"] >= 1, f"escape_slice --escape=off: >= 1 GC cycle ({r['heap']['gc_cycles']})")
        s = site(r, "make([]int, 0, 16)")
        c.check(s is not None and s["decision"] == "heap", "escape_slice --escape=off: the site is on the heap")
        lines = [l for l in stderr.splitlines() if l.startswith("gc ")]
        c.check(len(lines) == r["heap"]["gc_cycles"] and len(lines) >= 1,
                f"escape_slice --gctrace: one line per cycle ({len(lines)} lines, {r['heap']['gc_cycles']} cycles)")
        numbers = [kTrace.match(l) for l in lines]
        c.check(all(numbers), "escape_slice --gctrace: lines read `gc N @Ts P%: ... A->B->C MB, G MB goal`")
        c.check([int(m.group(1)) for m in numbers if m] == list(range(1, len(lines) + 1)),
                "escape_slice --gctrace: cycles numbered from 1")

    _, _, _, r = c.runJson(["--escape=go"], prog, tmp)
    if r:
        s = site(r, "make([]int, 0, 16)")
        c.check(s is not None and s["decision"] == "arena", "escape_slice --escape=go: constant make in the arena")


def checkPrograms(c, samples, tmp):
    programs = []
    sample = os.path.join(samples, "stats.go")
    if c.check(os.path.exists(sample), "samples/stats.go exists"):
        programs.append((sample, 0))
    for name, text, status in (("panics.go", kPanics, 2), ("exits.go", kExits, 3)):
        path = os.path.join(tmp, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        programs.append((path, status))
    for path, want in programs:
        for mode in ("govm", "go", "off"):
            status, _, stderr, r = c.runJson([f"--escape={mode}"], path, tmp)
            c.check(status == want, f"{os.path.basename(path)} --escape={mode}: exit status {want} ({status})")
            if r:
                c.check(r["escape_mode"] == mode, f"{os.path.basename(path)}: escape_mode {mode}")
    if os.path.exists(sample):
        _, _, _, r = c.runJson([], sample, tmp)
        if r:
            arena = [s for s in r["sites"] if s["decision"] == "arena" and s["expr"] == "make([]int, n)"]
            heap = [s for s in r["sites"] if s["decision"] == "heap" and s["expr"] == "&point{...}"]
            c.check(arena and arena[0]["objects"] == 1000, "samples/stats.go: sum's slice stays in the arena")
            c.check(heap and heap[0]["objects"] == 10 and heap[0].get("reason") == "leaks to heap",
                    "samples/stats.go: keep's point escapes to the heap")
        # Text to stderr, after the program's own output.
        status, stdout, stderr = c.run(["--stats"], sample)
        c.check(status == 0 and stdout == "120000 10\n", "samples/stats.go --stats: output unchanged")
        c.check(stderr.startswith("govm stats: ") and "allocation sites by bytes:" in stderr,
                "samples/stats.go --stats: the text report on stderr")
        status, _, stderr = c.run(["--stats=yaml"], sample)
        c.check(status == 2, "--stats=yaml is a usage error")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    parser = argparse.ArgumentParser(description="Checks govm run --stats.")
    parser.add_argument("govm")
    parser.add_argument("--shared", default=os.path.join(repo, "..", "shared"))
    parser.add_argument("--samples", default=os.path.join(repo, "samples"))
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    if not os.path.exists(args.govm):
        print(f"check_stats.py: {args.govm} not found", file=sys.stderr)
        return 2
    c = Checker(os.path.abspath(args.govm), args.verbose)
    with tempfile.TemporaryDirectory() as tmp:
        checkEscapeSlice(c, args.shared, tmp)
        checkPrograms(c, args.samples, tmp)
    print(f"check_stats: {c.checks - c.failures}/{c.checks} checks passed")
    return 1 if c.failures else 0


if __name__ == "__main__":
    sys.exit(main())
