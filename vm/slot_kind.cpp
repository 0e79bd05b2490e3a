#include "vm/slot_kind.hpp"

namespace govm::vm {

const char* slotKindName(SlotKind kind) {
    switch (kind) {
        case SlotKind::Scalar: return "scalar";
        case SlotKind::Pointer: return "pointer";
        case SlotKind::IfaceType: return "iface";
    }
    return "?";
}

}  // namespace govm::vm
