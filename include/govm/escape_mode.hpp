// Where allocations that cannot outlive their function go (../shared/ESCAPE.md).
// Shared by the embedding API (govm.hpp) and the compiler (compiler/escape.hpp).
#pragma once

#include <cstdint>

namespace govm {

enum class EscapeMode : uint8_t {
    Go,    // go1.19's decisions and placement rules
    Govm,  // the default: the same flows, with variable-size make, maps and append growth in the frame arena
    Off,   // everything on the heap: the baseline the arena is measured against
};

}  // namespace govm
