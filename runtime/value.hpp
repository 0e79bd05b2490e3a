// Register forms of Go values, and the runtime's views of them.
//
// A VM register is an untagged 64-bit Slot. The compiler knows every
// register's type, so no slot carries a tag; each function has a pointer map
// (vm/function.hpp) saying which slots the GC must scan. A value of Go type T
// occupies slotCount(T) consecutive registers:
//
//   bool, integers        1 slot; narrow integers sign- or zero-extended to 64 bits
//   float64               1 slot, IEEE bits
//   float32               1 slot, a double holding an exactly representable float32
//                         (every float32 operation rounds its result)
//   pointer, map, chan,   1 slot, an address (null for nil). A func value points to
//   func, unsafe pointer  a Closure; a map value to a runtime Map.
//   string                2 slots: data pointer, byte length
//   slice                 3 slots: data pointer, length, capacity
//   interface             2 slots: dynamic TypeDesc* (null for nil), data word
//   struct, array         1 slot, a pointer to the value in memory form (aggregates
//                         live in memory; assignment copies the bytes)
//
// An interface's data word holds the value's memory form itself when the
// dynamic type is `direct` (size <= 8), zero-padded; otherwise it points to a
// boxed copy in memory form. The GC reads the type word to know whether the
// data word is a pointer (see runtime/heap.hpp).
//
// Pointers may point into the middle of objects (fields, elements, substrings)
// and outside the heap (string literals, globals, static closures, frame
// arenas); the heap resolves interior pointers and ignores foreign ones.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

#include "runtime/type.hpp"

namespace govm::rt {

union Slot {
    int64_t i;
    uint64_t u;
    double f;
    void* p;
};
static_assert(sizeof(Slot) == 8);

struct String {
    const uint8_t* data;
    int64_t len;

    std::string_view view() const { return {reinterpret_cast<const char*>(data), size_t(len)}; }
};

struct Slice {
    void* data;
    int64_t len;
    int64_t cap;
};

struct Iface {
    const TypeDesc* type;
    uint64_t data;

    bool isNil() const { return type == nullptr; }
    // Address of the value's memory form.
    const void* payload() const {
        return type->direct ? static_cast<const void*>(&data) : reinterpret_cast<const void*>(data);
    }
};

// A func value. `fn` is a vm::Function*; captured variables follow it
// (`captures` words, described by the closure's TypeDesc for the GC).
struct Closure {
    const void* fn;
    uint64_t captures[];
};

static_assert(sizeof(String) == 16 && sizeof(Slice) == 24 && sizeof(Iface) == 16);

}  // namespace govm::rt
