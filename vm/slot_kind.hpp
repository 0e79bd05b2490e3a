// Slot kinds: the per-function pointer map's alphabet.
#pragma once

#include <cstdint>

namespace govm::vm {

// What the GC must do with one register slot. A slot keeps its kind for the
// whole function (the code generator allocates registers per kind), so one
// map per function describes every frame of it.
enum class SlotKind : uint8_t {
    Scalar = 0,     // integers, floats, bools, lengths
    Pointer = 1,    // may point into the heap (interior or foreign pointers are fine)
    IfaceType = 2,  // an interface's type word; the next slot is its data word
};

const char* slotKindName(SlotKind kind);

}  // namespace govm::vm
