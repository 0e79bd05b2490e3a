// The bytecode listing of `govm disasm`.
#include "vm/disasm.hpp"

#include <cstdio>

namespace govm::vm {

namespace {

std::string operands(Instruction insn) {
    char buf[64];
    Opcode op = opcodeOf(insn);
    switch (opcodeFormat(op)) {
        case OpFormat::ABC: std::snprintf(buf, sizeof buf, "%u %u %u", argA(insn), argB(insn), argC(insn)); break;
        case OpFormat::ABx: std::snprintf(buf, sizeof buf, "%u %u", argA(insn), argBx(insn)); break;
        case OpFormat::AsBx: std::snprintf(buf, sizeof buf, "%u %d", argA(insn), argSBx(insn)); break;
        case OpFormat::sAx: std::snprintf(buf, sizeof buf, "%d", argSAx(insn)); break;
    }
    return buf;
}

// A comment naming what an operand refers to, where that helps a reader.
std::string annotation(const Program& program, const Function& fn, Instruction insn, const Instruction* extra) {
    Opcode op = opcodeOf(insn);
    switch (op) {
        case Opcode::CALL:
        case Opcode::LOADFUNC:
        case Opcode::CLOSURE: return program.functions[argBx(insn)]->name;
        case Opcode::CALLI: return std::string(program.methodNames[argBx(insn)]);
        case Opcode::LOADSTR: return "\"" + program.strings[argBx(insn)].substr(0, 40) + "\"";
        case Opcode::LOADK: return std::to_string(fn.constants[argBx(insn)].i);
        case Opcode::DIVM:
        case Opcode::REMM: return std::to_string(fn.divisors[argC(insn)].divisor);
        case Opcode::NEW:
        case Opcode::CLONE:
        case Opcode::NEWF:
        case Opcode::CLONEF:
        case Opcode::LOADTYPE: return std::string(program.types[argBx(insn)]->name);
        case Opcode::NEWA:
        case Opcode::CLONEA: return std::string(program.types[argBx(insn)]->name) + ", site " + std::to_string(extra[0]);
        case Opcode::CLOSUREA: return program.functions[argBx(insn)]->name + ", site " + std::to_string(extra[0]);
        case Opcode::MAPITERA: return "site " + std::to_string(extra[0]);
        default: break;
    }
    if (opcodeExtraWords(op) > 0) {
        uint32_t x = extra[0] & 0x7fffffff;
        if (x < program.types.size() && op != Opcode::ADDR && op != Opcode::COPYMEM)
            return std::string(program.types[x]->name);
        return "X=" + std::to_string(extra[0]);
    }
    return {};
}

}  // namespace

std::string disassemble(const Program& program, const Function& fn) {
    std::string out = "func " + fn.name + " (params " + std::to_string(fn.paramSlots) + ", results " +
                      std::to_string(fn.resultSlots) + ", frame " + std::to_string(fn.frameSize) + ")\n";
    if (fn.isNative()) return out + "\tnative\n";
    for (size_t pc = 0; pc < fn.code.size(); ++pc) {
        Instruction insn = fn.code[pc];
        Opcode op = opcodeOf(insn);
        int extra = opcodeExtraWords(op);
        char head[64];
        std::snprintf(head, sizeof head, "\t%4zu  line %-4d %-10s ", pc, fn.lines[pc], opcodeName(op));
        out += head;
        out += operands(insn);
        std::string note = annotation(program, fn, insn, fn.code.data() + pc + 1);
        if (!note.empty()) out += "\t; " + note;
        out += "\n";
        pc += size_t(extra);
    }
    return out;
}

std::string disassemble(const Program& program) {
    std::string out;
    for (const auto& fn : program.functions) {
        if (fn->isNative()) continue;
        out += disassemble(program, *fn);
        out += "\n";
    }
    return out;
}

}  // namespace govm::vm
