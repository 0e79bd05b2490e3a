// The interface-call cache: which function a dynamic type runs for a method
// name. CALLI looks up its method on every call; the method sets are sorted
// by name, so a miss costs a binary search with string compares
// (rt::findMethod). The cache remembers recent answers, keyed by the
// dynamic type and CALLI's method-name index (Program::methodNames), in a
// direct-mapped table: a hit is one hash, one load and two compares, and a
// call site that sees several types (a loop over []Shape) keeps all of
// them as long as they do not collide.
//
// Each VM owns its cache (the Program is shared and immutable). Type
// descriptors and functions live as long as the Program, so an entry never
// dangles.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/type.hpp"

namespace govm::vm {

struct Function;

class MethodCache {
public:
    // The cached function, or null on a miss.
    const Function* find(const rt::TypeDesc* type, uint32_t name) const {
        const Entry& e = entries_[slotOf(type, name)];
        return e.type == type && e.name == name ? e.fn : nullptr;
    }
    void remember(const rt::TypeDesc* type, uint32_t name, const Function* fn) {
        entries_[slotOf(type, name)] = {type, name, fn};
    }

private:
    static constexpr size_t kEntries = 256;  // a power of two
    struct Entry {
        const rt::TypeDesc* type = nullptr;
        uint32_t name = 0;
        const Function* fn = nullptr;
    };
    // Descriptors are at least 8-byte aligned and a few dozen bytes apart:
    // the low bits carry no information, the next ones most of it.
    static size_t slotOf(const rt::TypeDesc* type, uint32_t name) {
        return ((reinterpret_cast<uintptr_t>(type) >> 4) ^ (size_t(name) * 0x9e3779b1u)) & (kEntries - 1);
    }
    Entry entries_[kEntries];
};

}  // namespace govm::vm
