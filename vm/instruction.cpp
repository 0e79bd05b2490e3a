#include "vm/instruction.hpp"

#include <string_view>

namespace govm::vm {
namespace {

struct OpcodeInfo {
    const char* name;
    OpFormat format;
    const char* doc;
};

constexpr OpcodeInfo kOpcodeInfo[] = {
#define GOVM_OPCODE(name, format, doc) {#name, OpFormat::format, doc},
#include "vm/opcodes.def"
#undef GOVM_OPCODE
};

}  // namespace

const char* opcodeName(Opcode op) { return kOpcodeInfo[int(op)].name; }
OpFormat opcodeFormat(Opcode op) { return kOpcodeInfo[int(op)].format; }
const char* opcodeDoc(Opcode op) { return kOpcodeInfo[int(op)].doc; }

int opcodeExtraWords(Opcode op) {
    std::string_view doc = opcodeDoc(op);
    if (doc.find("+X2") != std::string_view::npos) return 2;
    return doc.ends_with("+X") ? 1 : 0;
}

}  // namespace govm::vm
