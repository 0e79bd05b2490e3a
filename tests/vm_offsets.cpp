// Values past 4 GiB, which gc accepts up to 1 PiB: ADDR and COPYMEM carry a
// 32-bit constant, so the code generator must step through larger field
// offsets and copies rather than truncate them (truncated, `h.tail = 7`
// below wrote into h.head[0:8]). Running such programs needs gigabytes, so
// this checks the bytecode; the fields' descriptors must hold the full offset
// for the GC.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "compiler/check.hpp"
#include "compiler/codegen.hpp"
#include "compiler/escape.hpp"
#include "parser/parse.hpp"
#include "vm/disasm.hpp"
#include "vm/program.hpp"

namespace {

using namespace govm;

constexpr const char* kSource = R"(package main

type Huge struct {
	head [1 << 32]byte
	tail int
}

func set(h *Huge) { h.tail = 7 }

func copyHuge(a, b *Huge) { *a = *b }

func main() {
	var a, b *Huge
	if a != nil {
		set(a)
		copyHuge(a, b)
	}
}
)";

struct Compiled {
    SourceFile source{"prog.go", kSource};
    Diagnostics diags{"prog.go"};
    std::unique_ptr<ParsedFile> file;
    std::unique_ptr<types::Program> checked;
    std::unique_ptr<vm::Program> program;

    Compiled() {
        file = parseFile(source, diags);
        checked = types::checkProgram(*file, diags);
        REQUIRE(checked);
        EscapeResult escapes = analyzeEscapes(*file->root, *checked, EscapeMode::Govm, 0, "prog.go");
        CodegenOptions options;
        options.escapes = &escapes;
        program = generateProgram(*checked, diags, options);
        for (const std::string& line : diags.formatted()) INFO(line);
        REQUIRE(program);
    }

    // The sum of the constants of `opcode` in function `name`'s disassembly.
    uint64_t constantSum(const std::string& name, const std::string& opcode) const {
        std::string text = vm::disassemble(*program);
        size_t start = text.find("func " + name + " ");
        REQUIRE(start != std::string::npos);
        std::istringstream body(text.substr(start, text.find("\n\n", start) - start));
        uint64_t sum = 0;
        for (std::string line; std::getline(body, line);) {
            size_t constant = line.find("; X=");
            if (line.find(" " + opcode + " ") != std::string::npos && constant != std::string::npos)
                sum += std::stoull(line.substr(constant + 4));
        }
        return sum;
    }
};

}  // namespace

TEST_CASE("a field past 4 GiB is addressed at its full offset", "[vm][codegen]") {
    Compiled c;
    CHECK(c.constantSum("main.set", "ADDR") == (uint64_t(1) << 32));
}

TEST_CASE("a value past 4 GiB is copied whole", "[vm][codegen]") {
    Compiled c;
    CHECK(c.constantSum("main.copyHuge", "COPYMEM") == (uint64_t(1) << 32) + 8);
}
