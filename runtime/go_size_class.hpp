// Go's malloc size classes (runtime/sizeclasses.go). Where gc allocates a
// backing array on the heap (append growth, []byte(s) of an escaping
// value), its capacity is the allocation rounded up to a whole size class,
// and cap() shows it.
#pragma once

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace govm::rt {

constexpr uint16_t kGoSizeClasses[] = {
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384,
    416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072,
    3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336,
    16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};

// runtime.roundupsize: the bytes gc's malloc really gives a request of `size`.
inline uint64_t roundUpSize(uint64_t size) {
    if (size <= 32768) return *std::lower_bound(std::begin(kGoSizeClasses), std::end(kGoSizeClasses), size);
    constexpr uint64_t kPage = 8192;
    return (size + kPage - 1) / kPage * kPage;
}

}  // namespace govm::rt
