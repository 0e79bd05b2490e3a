// Natives of package errors (compiler/stdlib/errors.go): the reflect parts
// of Is and As. As's target is an `any` holding a non-nil *T; an error value
// whose dynamic type V is assignable to T (V == T, or T an interface that V
// implements) is stored through the pointer in T's memory form.
#include <cstring>
#include <iterator>

#include "runtime/lib/support.hpp"
#include "runtime/lib/tables.hpp"

namespace govm::rt::lib {
namespace {

bool implementsError(const TypeDesc* t) {
    const MethodDesc* m = findMethod(t, "Error");
    return m != nullptr && m->signature == "func() string";
}

// isComparable(v error) bool: reflectlite.TypeOf(v).Comparable().
void isComparable(NativeContext&, const Slot* args, Slot* results) {
    Iface v = argIface(args, 0);
    results[0].i = v.isNil() || v.type->comparable;
}

// checkAsTarget(target any) int: 0 ok, 1 not a non-nil pointer, 2 the
// element type is neither an interface nor an error implementation.
void checkAsTarget(NativeContext&, const Slot* args, Slot* results) {
    Iface target = argIface(args, 0);
    if (target.isNil() || target.type->kind != Kind::Pointer || target.data == 0) {
        results[0].i = 1;
        return;
    }
    const TypeDesc* elem = target.type->elem;
    results[0].i = elem->kind == Kind::Interface || implementsError(elem) ? 0 : 2;
}

// assignAs(err error, target any) bool
void assignAs(NativeContext&, const Slot* args, Slot* results) {
    Iface err = argIface(args, 0);
    Iface target = argIface(args, 2);
    const TypeDesc* want = target.type->elem;
    void* dest = reinterpret_cast<void*>(target.data);
    results[0].i = 0;
    if (err.isNil()) return;
    if (want->kind == Kind::Interface) {
        if (!implements(err.type, want)) return;
        std::memcpy(dest, &err, sizeof err);
    } else {
        if (err.type != want) return;
        std::memcpy(dest, err.payload(), size_t(want->size));
    }
    results[0].i = 1;
}

const NativeEntry kNatives[] = {
    {"errors.isComparable", isComparable},
    {"errors.checkAsTarget", checkAsTarget},
    {"errors.assignAs", assignAs},
};

}  // namespace

NativeTable errorsNatives() { return {kNatives, std::size(kNatives)}; }

}  // namespace govm::rt::lib
