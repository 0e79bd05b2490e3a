#!/usr/bin/env python3
"""run_corpus.py - differential runner for Go golden programs under govm.

Model.  A corpus folder holds, for every program NAME, the files NAME.go
(the program), NAME.out (its exact stdout under the real Go toolchain),
NAME.exit (exit status, only when nonzero) and NAME.err1 (first line of
stderr, only when the status is nonzero); see ../shared/conformance/README.md.
For each NAME.go this script runs

    GOVM run [GOVM-FLAGS...] NAME.go   (stdin <NAME.in or </dev/null, cwd = its folder)

and the program passes when
  * stdout is byte-identical to NAME.out,
  * the exit status equals NAME.exit (0 when that file is absent), and
  * when that status is nonzero, the first line of stderr equals NAME.err1.
stderr is otherwise ignored (print/println output of a passing program,
Go's goroutine trace after the panic line).

With --sequential, programs that start goroutines or use channels are
skipped (to look at the single-goroutine engine alone).  The check runs on
the source with comments and string/rune literals blanked out, so "go
gopher" in a string is not a go statement.

Known gaps.  --expect-fail FILE lists programs govm does not pass yet
(one per line, `#` comments; `dir/NAME` or a bare `NAME` matching any
folder; an optional trailing `[word ...]` restricts the entry to runs whose
govm flags contain one of the words, e.g. `lang/foo [gc-stress]` only
when --gc-stress is passed).  A listed failure is reported XFAIL and does
not fail the run; a listed program that passes is reported
"UNEXPECTED PASS (remove from list)" and does not fail the run either.

Usage:
    run_corpus.py build/cli/govm                    # ../shared/conformance lang/ escape/
    run_corpus.py build/cli/govm --gc-stress -j 1 defer   # names containing "defer"
    run_corpus.py build/cli/govm --dispatch=switch 'lang/panic_*'
    run_corpus.py build/cli/govm --dir tests/go --label golden   # govm's own goldens
    run_corpus.py build/cli/govm --expect-fail tests/conformance/known_failures.txt --json

Exit status: 0 when every failure is expected, 1 otherwise, 2 on bad usage.
Only the standard library is used (python3 >= 3.7).
"""

import argparse
import concurrent.futures
import fnmatch
import json
import os
import re
import selectors
import signal
import subprocess
import sys
import time

kDefaultTimeout = 20.0
kDefaultJobs = 2
kDefaultDirs = ("lang", "escape")
# A runaway program must not exhaust memory: output past this is a failure.
kOutputLimit = 64 * 1024 * 1024
kReasonWidth = 100

kRepoRoot = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
kDefaultCorpus = os.path.normpath(os.path.join(kRepoRoot, "..", "shared", "conformance"))


# ---------------------------------------------------------------- skip test

def blankLiteralsAndComments(src):
    """Returns src with comments and string/rune literal bodies replaced by
    spaces (newlines kept), so keyword searches see only code."""
    out = []
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif src.startswith("/*", i):
            j = src.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", src[i:j]))
            i = j
        elif c == "`":
            j = src.find("`", i + 1)
            j = n if j < 0 else j + 1
            out.append(re.sub(r"[^\n]", " ", src[i:j]))
            i = j
        elif c in "\"'":
            j = i + 1
            while j < n and src[j] != c and src[j] != "\n":
                j += 2 if src[j] == "\\" else 1
            j = min(j + 1, n)
            out.append(c + " " * max(0, j - i - 2) + (c if j - i >= 2 else ""))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


kSkipPatterns = (
    (re.compile(r"\bgo\b"), "go statement"),
    (re.compile(r"\bchan\b"), "chan"),
    (re.compile(r"<-"), "<-"),
    (re.compile(r"\bselect\b"), "select"),
    (re.compile(r"\bsync\s*\."), "sync."),
)
kSyncImport = re.compile(r'"sync(/[^"]*)?"')


def skipReason(src):
    """Why a program needs concurrency (None when it is sequential)."""
    code = blankLiteralsAndComments(src)
    found = [what for pattern, what in kSkipPatterns if pattern.search(code)]
    if not found and kSyncImport.search(src):
        found.append('imports "sync"')
    return "uses " + ", ".join(found) if found else None


# ---------------------------------------------------------------- running

class Outcome:
    def __init__(self, stdout=b"", stderr=b"", status=None, signal_=None, timedOut=False,
                 overflow=False, error=None, seconds=0.0):
        self.stdout, self.stderr = stdout, stderr
        self.status, self.signal, self.timedOut = status, signal_, timedOut
        self.overflow, self.error, self.seconds = overflow, error, seconds


def killGroup(proc):
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def runProgram(argv, cwd, timeout, stdinPath=None):
    """Runs argv with both pipes drained under a deadline and an output cap,
    stdin from stdinPath (a file) or /dev/null. The child leads its own
    process group so a timeout kills its children too."""
    start = time.monotonic()
    try:
        with open(stdinPath or os.devnull, "rb") as stdin:
            proc = subprocess.Popen(argv, cwd=cwd, stdin=stdin, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, start_new_session=True)
    except OSError as e:
        return Outcome(error=str(e))
    chunks = {proc.stdout: [], proc.stderr: []}
    total = 0
    timedOut = overflow = False
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stdout, selectors.EVENT_READ)
        sel.register(proc.stderr, selectors.EVENT_READ)
        while sel.get_map():
            left = timeout - (time.monotonic() - start)
            if left <= 0:
                timedOut = True
                break
            for key, _ in sel.select(left):
                data = os.read(key.fd, 65536)
                if not data:
                    sel.unregister(key.fileobj)
                    continue
                chunks[key.fileobj].append(data)
                total += len(data)
            if total > kOutputLimit:
                overflow = True
                break
    if timedOut or overflow:
        killGroup(proc)
    try:
        status = proc.wait(timeout=max(0.1, timeout - (time.monotonic() - start)))
    except subprocess.TimeoutExpired:
        killGroup(proc)
        status = proc.wait()
        timedOut = True
    proc.stdout.close()
    proc.stderr.close()
    outcome = Outcome(b"".join(chunks[proc.stdout]), b"".join(chunks[proc.stderr]),
                      timedOut=timedOut, overflow=overflow, seconds=time.monotonic() - start)
    if status < 0:
        outcome.signal = -status
    else:
        outcome.status = status
    return outcome


# ---------------------------------------------------------------- comparing

def clip(data, width=kReasonWidth // 2):
    text = repr(data.decode("utf-8", "backslashreplace") if isinstance(data, bytes) else data)
    return text if len(text) <= width else text[:width - 3] + "..."


def firstLine(data):
    return data.split(b"\n", 1)[0].rstrip(b"\r") if data else b""


def stdoutDifference(got, want):
    """A short description of the first difference, or None when equal."""
    if got == want:
        return None
    gotLines, wantLines = got.splitlines(True), want.splitlines(True)
    for i, (g, w) in enumerate(zip(gotLines, wantLines)):
        if g != w:
            if g.rstrip(b"\n") == w.rstrip(b"\n"):
                return "stdout line %d: newline at end differs" % (i + 1)
            return "stdout line %d: got %s want %s" % (i + 1, clip(g.rstrip(b"\n")), clip(w.rstrip(b"\n")))
    common = min(len(gotLines), len(wantLines))
    if len(gotLines) > common:
        return "stdout has %d extra line(s) from line %d: %s" % (
            len(gotLines) - common, common + 1, clip(gotLines[common].rstrip(b"\n")))
    return "stdout stops after line %d, %d line(s) missing, next %s" % (
        common, len(wantLines) - common, clip(wantLines[common].rstrip(b"\n")))


def signalName(number):
    try:
        return signal.Signals(number).name
    except ValueError:
        return "signal %d" % number


def judge(outcome, wantOut, wantStatus, wantErr1):
    """Returns None for a pass, else the reason for the failure."""
    if outcome.error:
        return "cannot run govm: " + outcome.error
    stderr1 = firstLine(outcome.stderr)
    note = "; stderr: " + clip(stderr1) if stderr1 else ""
    if outcome.timedOut:
        return "timeout after %.0f s" % outcome.seconds
    if outcome.overflow:
        return "output exceeds %d MiB" % (kOutputLimit >> 20)
    if outcome.signal is not None:
        return "crash by %s%s" % (signalName(outcome.signal), note)
    if outcome.status != wantStatus:
        # A crash is the likelier story than wrong output, so status first.
        return "exit status got %d want %d%s" % (outcome.status, wantStatus, note)
    diff = stdoutDifference(outcome.stdout, wantOut)
    if diff:
        return diff
    if wantStatus != 0 and stderr1 != wantErr1:
        return "stderr first line got %s want %s" % (clip(stderr1), clip(wantErr1))
    return None


def readBytes(path, default=None):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return default


# ---------------------------------------------------------------- corpus

class Program:
    def __init__(self, folder, label, name):
        self.folder, self.name = folder, name
        self.id = label + "/" + name if label else name
        self.path = os.path.join(folder, name + ".go")


def discover(dirs, patterns):
    programs = []
    for folder, label in dirs:
        for entry in sorted(os.listdir(folder)):
            if not entry.endswith(".go"):
                continue
            program = Program(folder, label, entry[:-3])
            if patterns and not any(matches(p, program) for p in patterns):
                continue
            programs.append(program)
    return programs


def matches(pattern, program):
    if any(ch in pattern for ch in "*?["):
        return fnmatch.fnmatchcase(program.id, pattern) or fnmatch.fnmatchcase(program.name, pattern)
    return pattern in program.id


def checkProgram(program, govm, govmFlags, timeout, sequential=False):
    """Returns (status, reason, seconds) with status PASS, FAIL or SKIP."""
    src = readBytes(program.path, b"").decode("utf-8", "replace")
    reason = skipReason(src) if sequential else None
    if reason:
        return "SKIP", reason, 0.0
    base = os.path.join(program.folder, program.name)
    wantOut = readBytes(base + ".out")
    if wantOut is None:
        return "FAIL", "no %s.out (run regen)" % program.name, 0.0
    exitText = readBytes(base + ".exit", b"0").strip()
    try:
        wantStatus = int(exitText or b"0")
    except ValueError:
        return "FAIL", "bad %s.exit: %s" % (program.name, clip(exitText)), 0.0
    wantErr1 = firstLine(readBytes(base + ".err1", b""))
    argv = [govm, "run"] + govmFlags + [program.name + ".go"]
    stdinPath = base + ".in" if os.path.exists(base + ".in") else None
    outcome = runProgram(argv, program.folder, timeout, stdinPath)
    reason = judge(outcome, wantOut, wantStatus, wantErr1)
    return ("PASS" if reason is None else "FAIL"), reason, outcome.seconds


# ---------------------------------------------------------------- expected failures

class ExpectList:
    """Entries of an --expect-fail file; see the module comment."""

    def __init__(self, path, govmFlags):
        self.entries = []  # (name, lineNumber)
        words = {f.lstrip("-") for f in govmFlags}
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.split("#", 1)[0].strip()
                if not line:
                    continue
                qualifier = re.match(r"^(\S+)\s*\[([^\]]*)\]$", line)
                if qualifier:
                    line = qualifier.group(1)
                    if not words & set(qualifier.group(2).split()):
                        continue
                self.entries.append((line, number))
        self.used = set()

    def lists(self, program):
        for name, number in self.entries:
            if name == program.id or name == program.name:
                self.used.add(number)
                return True
        return False

    def unused(self):
        return [name for name, number in self.entries if number not in self.used]


# ---------------------------------------------------------------- main

def parseArgs(argv):
    parser = argparse.ArgumentParser(
        description="Run Go golden programs under `govm run` and compare with the recorded "
                    "Go results (stdout, exit status, first stderr line).")
    parser.add_argument("govm", help="path of the govm binary")
    parser.add_argument("filters", nargs="*", metavar="FILTER",
                        help="run only programs whose DIR/NAME contains FILTER "
                             "(or matches it, when it holds * ? [)")
    parser.add_argument("--corpus", default=kDefaultCorpus,
                        help="corpus root holding lang/ and escape/ (default: %(default)s)")
    parser.add_argument("--dir", action="append", default=[], metavar="DIR",
                        help="run the programs of DIR instead of the corpus (repeatable)")
    parser.add_argument("--govm-flag", action="append", default=[], metavar="FLAG",
                        help="extra flag for `govm run`, e.g. --govm-flag=--gc-stress (repeatable)")
    parser.add_argument("--gc-stress", action="store_true", help="shorthand for --govm-flag=--gc-stress")
    parser.add_argument("--sequential", action="store_true",
                        help="skip programs that use goroutines, channels, select or sync")
    parser.add_argument("--dispatch", choices=("switch", "goto"),
                        help="shorthand for --govm-flag=--dispatch=MODE")
    parser.add_argument("--timeout", type=float, default=kDefaultTimeout,
                        help="seconds per program (default: %(default)s)")
    parser.add_argument("-j", "--jobs", type=int, default=kDefaultJobs,
                        help="programs run in parallel (default: %(default)s)")
    parser.add_argument("--expect-fail", metavar="FILE",
                        help="programs expected to fail (known gaps); see the script's header")
    parser.add_argument("--label", default="conformance", help="summary prefix (default: %(default)s)")
    parser.add_argument("--json", action="store_true", help="print one JSON document instead of text")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only non-PASS lines and the summary")
    args = parser.parse_intermixed_args(argv)
    if args.gc_stress:
        args.govm_flag.append("--gc-stress")
    if args.dispatch:
        args.govm_flag.append("--dispatch=" + args.dispatch)
    if args.jobs < 1:
        parser.error("-j must be at least 1")
    return parser, args


def resolveDirs(parser, args):
    if args.dir:
        dirs = [(os.path.abspath(d), os.path.basename(os.path.normpath(d))) for d in args.dir]
    else:
        dirs = [(os.path.join(args.corpus, d), d) for d in kDefaultDirs]
    for folder, _ in dirs:
        if not os.path.isdir(folder):
            parser.error("no such folder: " + folder)
    return dirs


def main(argv):
    parser, args = parseArgs(argv)
    govm = os.path.abspath(args.govm) if os.sep in args.govm else args.govm
    if os.sep in args.govm and not os.access(govm, os.X_OK):
        parser.error("govm binary not executable: " + govm)
    dirs = resolveDirs(parser, args)
    expect = ExpectList(args.expect_fail, args.govm_flag) if args.expect_fail else None
    programs = discover(dirs, args.filters)

    results = [None] * len(programs)
    printed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = {pool.submit(checkProgram, p, govm, args.govm_flag, args.timeout, args.sequential): i
                   for i, p in enumerate(programs)}
        for future in concurrent.futures.as_completed(futures):
            i = futures[future]
            results[i] = classify(programs[i], future.result(), expect)
            # Print in name order, as soon as every earlier program is done.
            while printed < len(results) and results[printed] is not None:
                if not args.json:
                    printLine(results[printed], args.quiet)
                printed += 1
    return summarize(results, expect, args)


def classify(program, checked, expect):
    status, reason, seconds = checked
    listed = expect is not None and status != "SKIP" and expect.lists(program)
    if listed:
        status = "XFAIL" if status == "FAIL" else "XPASS"
    return {"name": program.id, "status": status, "reason": reason or "", "seconds": round(seconds, 3)}


def printLine(result, quiet):
    status = result["status"]
    if quiet and status == "PASS":
        return
    if status == "XPASS":
        text = "UNEXPECTED PASS %s (remove from list)" % result["name"]
    else:
        text = "%-5s %s" % (status, result["name"])
        if result["reason"]:
            text += ": " + result["reason"]
    print(text, flush=True)


def summarize(results, expect, args):
    count = {s: 0 for s in ("PASS", "FAIL", "SKIP", "XFAIL", "XPASS")}
    for r in results:
        count[r["status"]] += 1
    passed = count["PASS"] + count["XPASS"]
    failed = count["FAIL"] + count["XFAIL"]
    unused = expect.unused() if expect and not args.filters else []
    ok = count["FAIL"] == 0
    if args.json:
        json.dump({"label": args.label, "govm_flags": args.govm_flag, "ok": ok,
                   "passed": passed, "failed": failed, "skipped": count["SKIP"],
                   "expected_failures": count["XFAIL"], "unexpected_passes": count["XPASS"],
                   "unexpected_failures": count["FAIL"], "total": len(results),
                   "unknown_expect_entries": unused, "results": results}, sys.stdout, indent=1)
        print()
        return 0 if ok else 1
    print("%s: %d passed, %d failed, %d skipped (of %d)"
          % (args.label, passed, failed, count["SKIP"], len(results)))
    if expect:
        print("%s: %d failure(s) expected, %d unexpected; %d listed program(s) now pass"
              % (args.label, count["XFAIL"], count["FAIL"], count["XPASS"]))
        for name in unused:
            print("%s: note: %s in %s matches no program" % (args.label, name, args.expect_fail))
    return 0 if ok else 1


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except KeyboardInterrupt:
        sys.exit(130)
