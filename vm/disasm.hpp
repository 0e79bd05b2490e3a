// Human-readable bytecode listings (`govm disasm`).
#pragma once

#include <string>

#include "vm/program.hpp"

namespace govm::vm {

std::string disassemble(const Program& program, const Function& fn);
std::string disassemble(const Program& program);

}  // namespace govm::vm
