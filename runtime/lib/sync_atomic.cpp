// The native of package sync/atomic (compiler/stdlib/sync_atomic.go): Value's
// check that every Store uses one concrete type, a comparison of type words
// (type descriptors are canonical: one per type).
#include <iterator>

#include "runtime/lib/support.hpp"
#include "runtime/lib/tables.hpp"

namespace govm::rt::lib {
namespace {

// sameType(a, b any) bool
void sameType(NativeContext&, const Slot* args, Slot* results) {
    results[0].i = argIface(args, 0).type == argIface(args, 2).type;
}

const NativeEntry kNatives[] = {
    {"sync/atomic.sameType", sameType},
};

}  // namespace

NativeTable syncAtomicNatives() { return {kNatives, std::size(kNatives)}; }

}  // namespace govm::rt::lib
