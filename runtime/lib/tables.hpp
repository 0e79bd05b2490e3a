// The per-package native tables of the standard library (one
// runtime/lib/PKG.cpp each); runtime/natives.cpp searches them in findNative.
#pragma once

#include <cstddef>

#include "runtime/native.hpp"

namespace govm::rt::lib {

struct NativeTable {
    const NativeEntry* entries;
    size_t count;
};

NativeTable errorsNatives();
NativeTable fmtNatives();
NativeTable logNatives();
NativeTable mathNatives();
NativeTable osNatives();
NativeTable sortNatives();
NativeTable strconvNatives();
NativeTable stringsNatives();
NativeTable syncAtomicNatives();
NativeTable unicodeNatives();
NativeTable utf8Natives();

}  // namespace govm::rt::lib
