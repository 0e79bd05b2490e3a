// The govm command. Exit status: 0 success, 1 compile errors, 2 usage errors.
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>
#include <optional>
#include <memory>
#include <iostream>
#include <string>
#include <vector>

#include <unistd.h>

#include "compiler/check.hpp"
#include "compiler/codegen.hpp"
#include "compiler/escape.hpp"
#include "compiler/ffi.hpp"
#include "lexer/source.hpp"
#include "parser/dump.hpp"
#include "parser/parse.hpp"
#include "vm/disasm.hpp"
#include "vm/vm.hpp"

namespace {

constexpr const char* kVersion = "govm 0.1.0 (go1.22 language subset)";

constexpr const char* kUsage = R"(govm runs Go programs on an embeddable bytecode VM.

Usage:
    govm run [flags] prog.go [args...] compile and run prog.go (also: govm prog.go)
    govm build [--dump-ast] prog.go    parse and check prog.go; print diagnostics
    govm build -m[=2] [--escape=MODE] prog.go
                                       also print escape-analysis decisions
                                       (to stderr, like go build -gcflags=-m)
    govm disasm [--allow-ffi[=LIBS]] prog.go
                                       print the bytecode of prog.go
    govm version                       print the version
    govm help                          print this help

Run flags:
    --dispatch=goto|switch   interpreter dispatch (default goto)
    --gc-stress              collect garbage at every allocation safepoint
    --check-arena            abort if a heap object or global points into a frame arena
    --gc-percent N           GOGC (default 100; off disables collection)
    --max-instructions N     stop after about N calls and loop iterations
    --max-heap N             fail with "out of memory" beyond N live heap bytes
    --escape=govm|go|off     escape-analysis mode (default govm)
    --stats[=text|json]      when the program ends, report calls, frame-arena and heap
                             figures and the allocation sites (to stderr; see README)
    --stats-file F           write the --stats report to F instead of stderr
    --gctrace                print one line per GC cycle to stderr (GODEBUG=gctrace=1)
    --allow-ffi[=LIBS]       allow //extern C functions (libffi): from every library,
                             or only from the comma-separated //govm:cimport LIBS

Exit status: 0 on success, 1 when the program has errors, 2 on bad usage
(govm run: the program's status; 2 after an uncaught panic).
)";

int usageError(const std::string& message) {
    std::cerr << "govm: " << message << "\nRun 'govm help' for usage.\n";
    return 2;
}

// A flag's decimal count: std::stoull would throw on junk and wrap "-5".
std::optional<uint64_t> parseCount(const std::string& text) {
    uint64_t value = 0;
    const char* end = text.data() + text.size();
    auto [stop, error] = std::from_chars(text.data(), end, value);
    if (text.empty() || error != std::errc() || stop != end) return std::nullopt;
    return value;
}

// Consumes the value of the counted flag at args[i] into `out`; false if it
// is missing or not a count.
bool takeCount(const std::vector<std::string>& args, size_t& i, uint64_t& out) {
    if (i + 1 >= args.size()) return false;
    std::optional<uint64_t> value = parseCount(args[++i]);
    if (!value) return false;
    out = *value;
    return true;
}

// Parses, checks and compiles `path`; prints diagnostics and returns null on errors.
struct Compiled {
    std::unique_ptr<govm::ParsedFile> parsed;
    std::unique_ptr<govm::types::Program> checked;
    std::unique_ptr<govm::vm::Program> program;
};

bool compile(const std::string& path, Compiled& out, govm::EscapeMode escapeMode = govm::EscapeMode::Govm,
             const govm::FfiPolicy& ffi = {}) {
    govm::SourceFile source;
    std::string error;
    if (!govm::readSourceFile(path, source, error)) {
        std::cerr << error << '\n';
        return false;
    }
    govm::Diagnostics diags(path);
    out.parsed = govm::parseFile(source, diags);
    if (diags.hasErrors() || !out.parsed->root) {
        diags.print(std::cerr);
        return false;
    }
    out.checked = govm::types::checkProgram(*out.parsed, diags);
    if (!out.checked || diags.hasErrors()) {
        diags.print(std::cerr);
        return false;
    }
    govm::EscapeResult escapes =
        govm::analyzeEscapes(*out.parsed->root, *out.checked, escapeMode, 0, path);
    govm::CodegenOptions codegen;
    codegen.escapes = &escapes;
    codegen.bindNative = govm::ffiBinder(*out.checked, ffi);
    out.program = govm::generateProgram(*out.checked, diags, codegen);
    if (!out.program || diags.hasErrors()) {
        diags.print(std::cerr);
        return false;
    }
    return true;
}

// --stats[=text|json], --stats-file F, --gctrace.
struct StatsOptions {
    bool enabled = false;
    bool json = false;
    std::string file;  // empty: stderr
};

// Consumes the stats flag at args[i] (and its value): 1 if it was one, 0 if
// not, -1 if malformed.
int parseStatsFlag(const std::vector<std::string>& args, size_t& i, StatsOptions& stats,
                   govm::vm::VMConfig& config) {
    const std::string& arg = args[i];
    if (arg == "--stats" || arg == "--stats=text" || arg == "--stats=json") {
        stats.enabled = config.stats = true;
        stats.json = arg == "--stats=json";
        return 1;
    }
    if (arg == "--stats-file" || arg.rfind("--stats-file=", 0) == 0) {
        if (arg == "--stats-file" && i + 1 >= args.size()) return -1;
        stats.file = arg == "--stats-file" ? args[++i] : arg.substr(13);
        stats.enabled = config.stats = true;
        return stats.file.empty() ? -1 : 1;
    }
    if (arg.rfind("--stats=", 0) == 0) return -1;
    if (arg == "--gctrace") {
        config.gcTrace = [](const std::string& line) { std::cerr << line << '\n' << std::flush; };
        return 1;
    }
    return 0;
}

void writeStats(const StatsOptions& options, const govm::vm::RunStats& stats) {
    std::string report = options.json ? govm::vm::formatStatsJson(stats) : govm::vm::formatStatsText(stats);
    if (options.file.empty()) {
        std::cerr << report << std::flush;
        return;
    }
    std::ofstream out(options.file, std::ios::binary | std::ios::trunc);
    out << report;
    out.close();
    if (!out) std::cerr << "govm: cannot write the stats report to " << options.file << '\n';
}

// fmt.Scan's input: the process's stdin, unbuffered, so that what a program
// does not consume stays for the next reader of fd 0, as with Go.
size_t readStdin(char* buffer, size_t size) {
    for (;;) {
        ssize_t n = ::read(0, buffer, size);
        if (n >= 0) return size_t(n);
        if (errno != EINTR) return 0;
    }
}

int run(const std::vector<std::string>& args) {
    govm::vm::VMConfig config;
    for (char** entry = environ; *entry; ++entry) config.env.emplace_back(*entry);
    config.input = readStdin;
    govm::EscapeMode escapeMode = govm::EscapeMode::Govm;
    govm::FfiPolicy ffi;
    StatsOptions stats;
    size_t i = 0;
    for (; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg.empty() || arg[0] != '-') break;
        if (int used = parseStatsFlag(args, i, stats, config); used != 0) {
            if (used < 0) return usageError("run: bad flag " + arg);
        } else if (arg == "--dispatch=switch") config.dispatch = govm::vm::Dispatch::Switch;
        else if (arg == "--dispatch=goto") config.dispatch = govm::vm::Dispatch::ComputedGoto;
        else if (arg == "--gc-stress") config.heap.stress = true;
        else if (arg == "--check-arena") config.checkArena = true;
        else if (arg == "--gc-percent" && i + 1 < args.size() && args[i + 1] == "off") {
            config.heap.gcOff = true;
            ++i;
        } else if (arg == "--gc-percent" || arg == "--max-instructions" || arg == "--max-heap") {
            uint64_t& target = arg == "--gc-percent"         ? config.heap.gcPercent
                               : arg == "--max-instructions" ? config.maxInstructions
                                                             : config.heap.maxHeapBytes;
            if (!takeCount(args, i, target)) return usageError("run: " + arg + " needs a count");
        } else if (arg.rfind("--escape=", 0) == 0) {
            if (!govm::parseEscapeMode(arg.substr(9), escapeMode)) return usageError("run: bad escape mode " + arg);
        } else if (arg.rfind("--allow-ffi", 0) == 0) {
            if (!govm::parseAllowFfiFlag(arg, ffi)) return usageError("run: bad flag " + arg);
        } else {
            return usageError("run: unknown flag " + arg);
        }
    }
    if (i >= args.size()) return usageError("run: no Go file given");
    const std::string& path = args[i];
    Compiled compiled;
    if (!compile(path, compiled, escapeMode, ffi)) return 1;
    std::string exe = "/tmp/go-build/exe/" + path.substr(path.find_last_of('/') + 1);
    if (exe.size() > 3 && exe.ends_with(".go")) exe.resize(exe.size() - 3);
    config.args.push_back(exe);
    for (size_t j = i + 1; j < args.size(); ++j) config.args.push_back(args[j]);
    std::cout.flush();
    govm::vm::VM vm(*compiled.program, std::move(config));
    int status = vm.run();
    if (stats.enabled) writeStats(stats, vm.stats());
    return status;
}

int disasm(const std::vector<std::string>& args) {
    govm::FfiPolicy ffi;
    std::vector<std::string> files;
    for (const std::string& arg : args) {
        if (arg.rfind("--allow-ffi", 0) == 0) {
            if (!govm::parseAllowFfiFlag(arg, ffi)) return usageError("disasm: bad flag " + arg);
        } else {
            files.push_back(arg);
        }
    }
    if (files.size() != 1) return usageError("disasm: give one Go file");
    Compiled compiled;
    if (!compile(files[0], compiled, govm::EscapeMode::Govm, ffi)) return 1;
    std::cout << govm::vm::disassemble(*compiled.program);
    return 0;
}

int build(const std::vector<std::string>& args) {
    bool dumpAst = false;
    int mLevel = 0;
    govm::EscapeMode escapeMode = govm::EscapeMode::Govm;
    std::string path;
    for (const std::string& arg : args) {
        if (arg == "--dump-ast") dumpAst = true;
        else if (arg == "-m" || arg == "--m") mLevel = 1;
        else if (arg.rfind("-m=", 0) == 0 && arg.size() == 4 && arg[3] >= '0' && arg[3] <= '9') mLevel = arg[3] - '0';
        else if (arg.rfind("--escape=", 0) == 0) {
            if (!govm::parseEscapeMode(arg.substr(9), escapeMode)) return usageError("build: bad escape mode " + arg);
        }
        else if (arg.size() > 1 && arg[0] == '-') return usageError("build: unknown flag " + arg);
        else if (path.empty()) path = arg;
        else return usageError("build: only one file may be given");
    }
    if (path.empty()) return usageError("build: no Go file given");

    govm::SourceFile source;
    std::string error;
    if (!govm::readSourceFile(path, source, error)) {
        std::cerr << error << '\n';
        return 1;
    }
    govm::Diagnostics diags(path);
    auto parsed = govm::parseFile(source, diags);
    if (diags.hasErrors() || !parsed->root) {
        diags.print(std::cerr);
        return 1;
    }
    if (dumpAst) {
        std::cout << govm::dumpAst(*parsed->root);
        return 0;
    }
    auto checked = govm::types::checkProgram(*parsed, diags);
    if (!checked || diags.hasErrors()) {
        diags.print(std::cerr);
        return 1;
    }
    if (mLevel > 0) {
        // gc's file name as `go build x.go` prints it: without a leading "./".
        std::string name = path.rfind("./", 0) == 0 ? path.substr(2) : path;
        govm::EscapeResult escapes = govm::analyzeEscapes(*parsed->root, *checked, escapeMode, mLevel, name);
        for (const std::string& line : escapes.lines) std::cerr << line << '\n';
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        std::cerr << kUsage;
        return 2;
    }
    std::string command = args.front();
    args.erase(args.begin());
    if (command == "build") return build(args);
    if (command == "run") return run(args);
    if (command == "disasm") return disasm(args);
    if (command.ends_with(".go")) {
        args.insert(args.begin(), command);
        return run(args);
    }
    if (command == "version" || command == "--version") {
        std::cout << kVersion << '\n';
        return 0;
    }
    if (command == "help" || command == "--help" || command == "-h") {
        std::cout << kUsage;
        return 0;
    }
    return usageError("unknown command " + command);
}
