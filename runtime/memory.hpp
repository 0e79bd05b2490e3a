// Where the heap's spans and the frame arenas' chunks come from: the system
// allocator, or an embedder's hooks (govm::Config::allocator). Bookkeeping
// (span records, page maps, site tables) always uses the C++ allocator.
#pragma once

#include <cstddef>
#include <cstdlib>

namespace govm::rt {

struct MemoryHooks {
    // `bytes` is a multiple of `align`, a power of two <= 4096. Null: out of memory.
    void* (*allocate)(void* user, size_t bytes, size_t align) = nullptr;
    // Receives the `bytes` the block was allocated with.
    void (*release)(void* user, void* memory, size_t bytes) = nullptr;
    void* user = nullptr;
};

inline void* allocateMemory(const MemoryHooks& hooks, size_t bytes, size_t align) {
    return hooks.allocate ? hooks.allocate(hooks.user, bytes, align) : std::aligned_alloc(align, bytes);
}

inline void releaseMemory(const MemoryHooks& hooks, void* memory, size_t bytes) {
    if (memory == nullptr) return;
    if (hooks.release) hooks.release(hooks.user, memory, bytes);
    else std::free(memory);
}

}  // namespace govm::rt
