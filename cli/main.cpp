// The govm command. Exit status: 0 success, 1 compile errors, 2 usage errors.
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "lexer/source.hpp"
#include "parser/dump.hpp"
#include "parser/parse.hpp"

namespace {

constexpr const char* kVersion = "govm 0.1.0 (go1.22 language subset)";

constexpr const char* kUsage = R"(govm runs Go programs on an embeddable bytecode VM.

Usage:
    govm build [--dump-ast] prog.go    parse and check prog.go; print diagnostics
    govm version                       print the version
    govm help                          print this help

Exit status: 0 on success, 1 when the program has errors, 2 on bad usage.
)";

int usageError(const std::string& message) {
    std::cerr << "govm: " << message << "\nRun 'govm help' for usage.\n";
    return 2;
}

int build(const std::vector<std::string>& args) {
    bool dumpAst = false;
    std::string path;
    for (const std::string& arg : args) {
        if (arg == "--dump-ast") dumpAst = true;
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
    if (dumpAst) std::cout << govm::dumpAst(*parsed->root);
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
