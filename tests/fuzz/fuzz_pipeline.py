#!/usr/bin/env python3
"""Fuzz the whole govm pipeline: type checker, escape analysis, codegen, VM.

Mutates corpus programs token-aware (delete/duplicate/swap tokens or lines,
swap identifiers, types and literals, insert control-flow statements, splice
lines from other files), runs `govm build -m`, `build -m=2`, the escape modes
and `govm run` under an instruction limit on each mutant, and flags anything
that is not a clean Go-style outcome: a signal, an unexpected exit status, a
sanitizer report, a C++ terminate or assertion, or a timeout. Each finding is
minimized by a line-then-token delta-debugging pass that keeps the same
failure class and is saved under the findings directory.

    fuzz_pipeline.py GOVM --corpus DIR... [--seed N] [--count N]

Exit status: 0 when nothing was found, 1 otherwise (the CI mode relies on it).
"""

import argparse
import glob
import hashlib
import os
import random
import re
import subprocess
import sys
import tempfile
import time

# Exit statuses of a clean outcome: success, compile errors, panics/limits.
kCleanStatuses = {0, 1, 2}

kTokenPattern = re.compile(r"""
    (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<space>[ \t\r]+)
  | (?P<newline>\n)
  | (?P<string>"(?:[^"\\\n]|\\.)*"|`[^`]*`)
  | (?P<rune>'(?:[^'\\\n]|\\.)*')
  | (?P<number>(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|\d[\d_]*\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?))
  | (?P<ident>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<op><<=|>>=|&\^=|\.\.\.|&&|\|\||<-|\+\+|--|==|!=|<=|>=|:=|\+=|-=|\*=|/=|%=|&=|\|=|\^=|<<|>>|&\^|[-+*/%&|^<>=!(){}\[\],;.:~])
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)

kKeywords = {
    "break", "case", "chan", "const", "continue", "default", "defer", "else",
    "fallthrough", "for", "func", "go", "goto", "if", "import", "interface",
    "map", "package", "range", "return", "select", "struct", "switch", "type", "var",
}
kTypeNames = {
    "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32",
    "uint64", "uintptr", "float32", "float64", "string", "bool", "byte", "rune", "error", "any",
}
kTypeReplacements = [
    "int", "string", "[]int", "map[string]int", "*T", "interface{}", "func()", "byte",
    "float64", "bool", "[3]int", "chan int", "error", "struct{}", "[]string", "*int",
    "func(int) int", "[0]int", "uint8", "int64", "rune", "any", "map[int][]int",
    "[]interface{}", "*[]int", "struct{ a int; b string }", "[1 << 20]byte",
    "[1 << 62]int", "[1 << 33]byte", "struct{ a [1 << 32]byte; b int }", "[0]func()",
]
kLiteralReplacements = [
    "0", "-1", "1", "1<<63-1", "-1<<63", "1<<64", "1<<31", "255", "256", "0x7fffffff",
    '""', '"x"', "nil", "true", "1.5", "1e308", "-0.0", "'\\xff'", "'\\U0010ffff'",
    "1<<62", "-9223372036854775808", "9223372036854775807", "3", "100000000", "1<<40",
]
# Same-kind replacements keep more mutants compiling, so more reach the VM.
kNumberReplacements = ["0", "-1", "1", "1<<63-1", "-1<<63", "1<<31", "255", "256", "1<<62", "3",
                       "9223372036854775807", "0x7fffffff", "1<<32", "64", "63", "65", "100000000", "2"]
kStringReplacements = ['""', '"x"', '"\\xff"', '"\\u00e9"', '"%d %s %v"', '"%!"', '"%[5]d"', '"%*d"', '"\\x00"']
kOperatorClasses = [["+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^"],
                    ["==", "!=", "<", "<=", ">", ">="], ["&&", "||"],
                    ["+=", "-=", "*=", "/=", "%=", "<<=", ">>=", "&=", "|=", "^=", "="], ["++", "--"]]
kOperators = ["+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^", "==", "!=",
              "<", "<=", ">", ">=", "&&", "||", "=", ":=", "+=", "<-", "!", "..."]
kStatementTemplates = [
    "defer {f}()", "go {f}()", "return", "break", "continue", "panic({x})",
    "defer func() {{ recover() }}()", "defer func() {{ {x} = {y} }}()", "goto L",
    "L:", "{x} := nil", "_ = {x}", "{x} = {y}", "for {{ break }}", "select {{}}",
    "var {x} {t}", "{x}++", "{x}, {y} = {y}, {x}", "return {x}", "go func() {{ {x} = {y} }}()",
    "fallthrough", "if {x} {{ return }}", "switch {x} {{ case {y}: }}", "_ = &{x}",
    "{f} := func() {{ {f}() }}", "defer recover()", "_ = {x}[{y}]", "_ = {x}.{y}",
    "{x} = append({x}, {y})", "for range {x} {{ }}", "for {y} := range {x} {{ _ = {y} }}",
    "_ = make({t}, {y})", "_ = new({t})", "_ = {t}({x})", "_ = {x}.({t})",
    "ch := make(chan int); close(ch); close(ch)", "var {x} [1 << 20]int; _ = {x}",
    "_ = len({x})", "copy({x}, {y})", "delete({x}, {y})", "_ = {x}[{y}:]",
]


def tokenize(text):
    return [(m.lastgroup, m.group()) for m in kTokenPattern.finditer(text)]


def significant(tokens):
    return [i for i, (kind, _) in enumerate(tokens) if kind not in ("space", "newline", "comment")]


def identifiers(tokens):
    return sorted({t for kind, t in tokens if kind == "ident" and t not in kKeywords})


def joined(tokens):
    return "".join(t for _, t in tokens)


class Mutator:
    def __init__(self, rng, corpus):
        self.rng = rng
        self.corpus = corpus

    def mutate(self, text):
        for _ in range(self.rng.choice([1, 1, 1, 1, 2, 2, 3])):
            op = self.rng.choice(self.operations())
            mutated = op(text)
            if mutated is not None:
                text = mutated
        return text

    def operations(self):
        return [self.deleteToken, self.duplicateToken, self.swapTokens, self.deleteLine,
                self.duplicateLine, self.swapLines, self.replaceIdentifier, self.replaceIdentifier,
                self.replaceType, self.replaceType, self.replaceLiteral, self.replaceLiteral,
                self.insertStatement, self.insertStatement, self.insertStatement,
                self.spliceLines, self.replaceOperator, self.replaceNumber, self.replaceNumber,
                self.replaceNumber, self.replaceString, self.replaceOperatorSameClass,
                self.replaceOperatorSameClass]

    def pickToken(self, tokens, kinds=None, test=None):
        candidates = [i for i in significant(tokens)
                      if (kinds is None or tokens[i][0] in kinds) and (test is None or test(tokens[i][1]))]
        return self.rng.choice(candidates) if candidates else None

    def withToken(self, text, transform, kinds=None, test=None):
        tokens = tokenize(text)
        at = self.pickToken(tokens, kinds, test)
        if at is None:
            return None
        transform(tokens, at)
        return joined(tokens)

    def deleteToken(self, text):
        return self.withToken(text, lambda ts, i: ts.__setitem__(i, ("space", " ")))

    def duplicateToken(self, text):
        return self.withToken(text, lambda ts, i: ts.insert(i, (ts[i][0], ts[i][1] + " ")))

    def swapTokens(self, text):
        tokens = tokenize(text)
        sig = significant(tokens)
        if len(sig) < 2:
            return None
        a = self.rng.randrange(len(sig) - 1)
        b = min(len(sig) - 1, a + self.rng.randint(1, 6))
        i, j = sig[a], sig[b]
        tokens[i], tokens[j] = tokens[j], tokens[i]
        return joined(tokens)

    def lines(self, text):
        return text.split("\n")

    def deleteLine(self, text):
        lines = self.lines(text)
        del lines[self.rng.randrange(len(lines))]
        return "\n".join(lines)

    def duplicateLine(self, text):
        lines = self.lines(text)
        at = self.rng.randrange(len(lines))
        lines.insert(at, lines[at])
        return "\n".join(lines)

    def swapLines(self, text):
        lines = self.lines(text)
        a = self.rng.randrange(len(lines))
        b = min(len(lines) - 1, a + self.rng.randint(1, 8))
        lines[a], lines[b] = lines[b], lines[a]
        return "\n".join(lines)

    def replaceIdentifier(self, text):
        names = identifiers(tokenize(text))
        if not names:
            return None
        return self.withToken(text, lambda ts, i: ts.__setitem__(i, ("ident", self.rng.choice(names))),
                              kinds={"ident"}, test=lambda t: t not in kKeywords)

    def replaceType(self, text):
        tokens = tokenize(text)
        declared = {tokens[s[k + 1]][1] for s in [significant(tokens)] for k in range(len(s) - 1)
                    if tokens[s[k]][1] == "type"}
        replacement = self.rng.choice(kTypeReplacements)
        return self.withToken(text, lambda ts, i: ts.__setitem__(i, ("other", replacement)),
                              kinds={"ident"}, test=lambda t: t in kTypeNames or t in declared)

    def replaceLiteral(self, text):
        replacement = self.rng.choice(kLiteralReplacements)
        return self.withToken(text, lambda ts, i: ts.__setitem__(i, ("other", replacement)),
                              kinds={"number", "string", "rune"},
                              test=lambda t: not t.startswith('"') or len(t) < 200)

    def replaceOperator(self, text):
        replacement = self.rng.choice(kOperators)
        return self.withToken(text, lambda ts, i: ts.__setitem__(i, ("op", replacement)),
                              kinds={"op"}, test=lambda t: t not in "(){}[],;")

    def replaceNumber(self, text):
        replacement = self.rng.choice(kNumberReplacements)
        return self.withToken(text, lambda ts, i: ts.__setitem__(i, ("other", replacement)), kinds={"number"})

    def replaceString(self, text):
        replacement = self.rng.choice(kStringReplacements)
        return self.withToken(text, lambda ts, i: ts.__setitem__(i, ("other", replacement)), kinds={"string"},
                              test=lambda t: not t.startswith('"') or len(t) < 200)

    def replaceOperatorSameClass(self, text):
        def swap(tokens, i):
            group = next(g for g in kOperatorClasses if tokens[i][1] in g)
            tokens[i] = ("op", self.rng.choice(group))
        return self.withToken(text, swap, kinds={"op"}, test=lambda t: any(t in g for g in kOperatorClasses))

    def insertStatement(self, text):
        tokens = tokenize(text)
        names = identifiers(tokens) or ["x"]
        template = self.rng.choice(kStatementTemplates)
        statement = template.format(f=self.rng.choice(names), x=self.rng.choice(names),
                                    y=self.rng.choice(names), t=self.rng.choice(kTypeReplacements))
        lines = self.lines(text)
        # A statement goes after a line ending in `{` or a plain statement line,
        # so most insertions land inside function bodies.
        spots = [k + 1 for k, line in enumerate(lines) if line.startswith("\t")] or [len(lines)]
        at = self.rng.choice(spots)
        lines.insert(at, "\t" + statement)
        return "\n".join(lines)

    def spliceLines(self, text):
        other = self.lines(self.rng.choice(self.corpus)[1])
        start = self.rng.randrange(len(other))
        chunk = other[start:start + self.rng.randint(1, 6)]
        lines = self.lines(text)
        at = self.rng.randrange(len(lines) + 1)
        return "\n".join(lines[:at] + chunk + lines[at:])


# ---- Running govm --------------------------------------------------------

kUbsanPattern = re.compile(r"\.(?:cpp|hpp|h|cc|inc|def):\d+:\d+: runtime error:")


def commands(govm, path, rng, options):
    limit = ["--max-instructions", str(options.max_instructions)]
    if options.max_heap:
        limit += ["--max-heap", str(options.max_heap)]
    builds = [[govm, "build", "-m=2", path],
              [govm, "build", "-m", "--escape=" + rng.choice(["go", "off"]), path]]
    runs = [[govm, "run"] + limit + [path],
            [govm, "run"] + limit + ["--escape=" + rng.choice(["go", "off"]), path]]
    if rng.random() < 0.1:
        # A collection at every allocation makes a run quadratic: a shorter one.
        stress = ["--max-instructions", str(max(1, options.max_instructions // 50))] + limit[2:]
        runs.append([govm, "run", "--gc-stress", "--check-arena"] + stress + [path])
    return builds, runs


def classify(status, stderr, source, timedOut):
    """The failure class of one govm invocation, or None when it is clean."""
    if timedOut:
        return "timeout"
    if "AddressSanitizer" in stderr:
        m = re.search(r"AddressSanitizer: ([\w-]+)", stderr)
        return "asan:" + (m.group(1) if m else "?")
    if "LeakSanitizer" in stderr:
        return "leak"
    if kUbsanPattern.search(stderr):
        m = kUbsanPattern.search(stderr)
        line = stderr[m.start():].split("\n", 1)[0]
        return "ubsan:" + re.sub(r"\d+", "N", line.split("runtime error:", 1)[1].strip())[:60]
    if "terminate called" in stderr:
        return "terminate"
    if "Assertion" in stderr and "failed" in stderr:
        return "assert"
    if "arena check" in stderr.lower() or "--check-arena" in stderr:
        return "arena-check"
    if status < 0:
        return "signal:%d" % -status
    if status not in kCleanStatuses and "os.Exit" not in source:
        return "status:%d" % status
    if status != 0 and stderr.strip() == "" and "os.Exit" not in source:
        return "silent-failure"
    return None


def runOne(argv, source, timeout):
    """(class or None, exit status or None, stderr) of one invocation. A
    timeout is retried with a longer limit first: under ASan on a loaded
    machine an instruction-limited run can still take seconds."""
    failure, status, stderr = runOnce(argv, source, timeout)
    if failure == "timeout":
        failure, status, stderr = runOnce(argv, source, timeout * 4)
    return failure, status, stderr


def runOnce(argv, source, timeout):
    env = dict(os.environ)
    env["ASAN_OPTIONS"] = "detect_leaks=1:allocator_may_return_null=1:abort_on_error=0:detect_stack_use_after_return=0"
    env["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1"
    try:
        done = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, timeout=timeout, env=env)
        stderr = done.stderr.decode("utf-8", "replace")
        return classify(done.returncode, stderr, source, False), done.returncode, stderr
    except subprocess.TimeoutExpired as e:
        stderr = (e.stderr or b"").decode("utf-8", "replace")
        return classify(0, stderr, source, True), None, stderr


def check(govm, source, workdir, rng, options, tally):
    """The first failure of `source` as (class, argv, stderr), or None.
    `tally` counts the mutants that compiled."""
    path = os.path.join(workdir, "prog.go")
    with open(path, "w") as f:
        f.write(source)
    builds, runs = commands(govm, path, rng, options)
    for i, argv in enumerate(builds + runs):
        failure, status, stderr = runOne(argv, source, options.timeout)
        if failure:
            return failure, argv, stderr
        # A program that does not compile stops at the checker in every mode.
        if i == 0 and status == 1:
            return None
        if i == 0:
            tally["compiled"] += 1
    return None


def reproduce(govm, source, argv, workdir, options):
    path = os.path.join(workdir, "prog.go")
    with open(path, "w") as f:
        f.write(source)
    failure, _, _ = runOne([path if a.endswith("prog.go") else a for a in argv], source, options.timeout)
    return failure


def minimize(govm, source, failure, argv, workdir, options, budget=200):
    """Delta-debugging over lines, then tokens, keeping the failure class."""
    attempts = [0]

    def keeps(candidate):
        attempts[0] += 1
        return attempts[0] <= budget and reproduce(govm, candidate, argv, workdir, options) == failure

    def reduce(units, join):
        chunk = max(1, len(units) // 2)
        while chunk >= 1 and attempts[0] < budget:
            i, changed = 0, False
            while i < len(units) and attempts[0] < budget:
                candidate = units[:i] + units[i + chunk:]
                if candidate and keeps(join(candidate)):
                    units, changed = candidate, True
                else:
                    i += chunk
            if not changed:
                chunk //= 2
        return units

    lines = reduce(source.split("\n"), "\n".join)
    source = "\n".join(lines)
    tokens = tokenize(source)
    # Token pass: drop significant tokens one chunk at a time, keeping layout.
    kept = reduce(list(range(len(tokens))), lambda idx: "".join(tokens[k][1] for k in idx))
    return "".join(tokens[k][1] for k in kept)


def loadCorpus(patterns):
    files = []
    for pattern in patterns:
        if os.path.isdir(pattern):
            pattern = os.path.join(pattern, "*.go")
        for path in sorted(glob.glob(pattern)):
            with open(path, encoding="utf-8", errors="replace") as f:
                files.append((path, f.read()))
    return files


def saveFinding(outdir, failure, argv, source, minimized, stderr, origin):
    digest = hashlib.sha1((failure + minimized).encode()).hexdigest()[:10]
    name = re.sub(r"[^\w.-]+", "_", failure)[:50] + "-" + digest
    base = os.path.join(outdir, name)
    os.makedirs(outdir, exist_ok=True)
    with open(base + ".go", "w") as f:
        f.write(minimized)
    with open(base + ".orig.go", "w") as f:
        f.write(source)
    with open(base + ".txt", "w") as f:
        f.write("class: %s\nfrom: %s\ncommand: %s\n\n%s" % (failure, origin, " ".join(argv), stderr[-20000:]))
    return base


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("govm")
    parser.add_argument("--corpus", nargs="+", required=True, help="directories or globs of .go files")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("--max-instructions", type=int, default=200000)
    parser.add_argument("--max-heap", type=int, default=1 << 30, help="0: no --max-heap flag (older govm)")
    parser.add_argument("--out", default="/tmp/fuzz-findings")
    parser.add_argument("--no-minimize", action="store_true")
    parser.add_argument("--quiet", action="store_true")
    options = parser.parse_args()

    corpus = loadCorpus(options.corpus)
    if not corpus:
        sys.exit("fuzz_pipeline: empty corpus")
    rng = random.Random(options.seed)
    mutator = Mutator(rng, corpus)
    seen, findings, started = set(), 0, time.time()
    tally = {"compiled": 0}
    with tempfile.TemporaryDirectory(prefix="govm-fuzz-") as workdir:
        for case in range(options.count):
            origin, original = rng.choice(corpus)
            source = mutator.mutate(original)
            result = check(options.govm, source, workdir, rng, options, tally)
            if result is None:
                continue
            failure, argv, stderr = result
            findings += 1
            minimized = source if options.no_minimize or failure == "timeout" else \
                minimize(options.govm, source, failure, argv, workdir, options)
            base = saveFinding(options.out, failure, argv, source, minimized, stderr,
                               "%s seed %d case %d" % (origin, options.seed, case))
            new = failure not in seen
            seen.add(failure)
            print("case %d: %s%s (%s) -> %s.go" % (case, failure, " [new]" if new else "", origin, base), flush=True)
    if not options.quiet or findings:
        print("fuzz_pipeline: %d cases (%d compiled), %d findings (%d classes) in %.0f s"
              % (options.count, tally["compiled"], findings, len(seen), time.time() - started))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
