// Instruction words.
//
//  31        24 23        16 15         8 7          0
// +------------+------------+------------+------------+
// |     C      |     B      |     A      |   opcode   |  ABC
// |       Bx / sBx          |     A      |   opcode   |  ABx, AsBx
// |               sAx                    |   opcode   |  sAx
// +------------+------------+------------+------------+
// |                 EXTRA payload (32 bits)           |  after "+X" opcodes
// +---------------------------------------------------+
//
// Registers are 8-bit: a function's frame has at most 256 slots, its
// outgoing call area included (the code generator reports a clear error
// beyond that).
#pragma once

#include <cstdint>

namespace govm::vm {

enum class Opcode : uint8_t {
#define GOVM_OPCODE(name, format, doc) name,
#include "vm/opcodes.def"
#undef GOVM_OPCODE
};

enum class OpFormat : uint8_t { ABC, ABx, AsBx, sAx };

constexpr int kOpcodeCount = 0
#define GOVM_OPCODE(name, format, doc) +1
#include "vm/opcodes.def"
#undef GOVM_OPCODE
    ;

constexpr int kMaxRegisters = 256;

using Instruction = uint32_t;

constexpr Opcode opcodeOf(Instruction i) { return Opcode(i & 0xff); }
constexpr unsigned argA(Instruction i) { return (i >> 8) & 0xff; }
constexpr unsigned argB(Instruction i) { return (i >> 16) & 0xff; }
constexpr unsigned argC(Instruction i) { return i >> 24; }
constexpr unsigned argBx(Instruction i) { return i >> 16; }
constexpr int argSBx(Instruction i) { return int16_t(i >> 16); }
constexpr int argSAx(Instruction i) { return int32_t(i) >> 8; }

constexpr Instruction makeABC(Opcode op, unsigned a, unsigned b, unsigned c) {
    return uint32_t(op) | a << 8 | b << 16 | c << 24;
}
constexpr Instruction makeABx(Opcode op, unsigned a, unsigned bx) { return uint32_t(op) | a << 8 | bx << 16; }
constexpr Instruction makeAsBx(Opcode op, unsigned a, int sbx) {
    return uint32_t(op) | a << 8 | uint32_t(uint16_t(sbx)) << 16;
}
constexpr Instruction makeSAx(Opcode op, int sax) { return uint32_t(op) | uint32_t(sax) << 8; }

constexpr int kMaxSBx = 32767;
constexpr int kMaxSAx = (1 << 23) - 1;

const char* opcodeName(Opcode op);
OpFormat opcodeFormat(Opcode op);
const char* opcodeDoc(Opcode op);
int opcodeExtraWords(Opcode op);  // EXTRA words after the instruction

}  // namespace govm::vm
