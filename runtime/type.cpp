// Type descriptor helpers: kind names, method lookup, interface satisfaction.
//
// Method sets (TypeDesc::methods) and interface method lists
// (TypeDesc::ifaceMethods) are sorted by name, so lookup is a binary search
// and satisfaction a merge of two sorted lists, as in gc's runtime (itab init).
#include "runtime/type.hpp"

#include <algorithm>

namespace govm::rt {

std::string_view kindName(Kind kind) {
    switch (kind) {
#define GOVM_KIND_NAME(name) \
    case Kind::name:         \
        return #name;
        GOVM_TYPE_KINDS(GOVM_KIND_NAME)
#undef GOVM_KIND_NAME
    }
    return "?";
}

const MethodDesc* findMethod(const TypeDesc* type, std::string_view name) {
    if (type == nullptr || type->methodCount == 0)
        return nullptr;
    const MethodDesc* begin = type->methods;
    const MethodDesc* end = begin + type->methodCount;
    const MethodDesc* it =
        std::lower_bound(begin, end, name, [](const MethodDesc& m, std::string_view n) { return m.name < n; });
    return it != end && it->name == name ? it : nullptr;
}

bool implements(const TypeDesc* type, const TypeDesc* iface, std::string_view* missing) {
    uint32_t have = 0;
    for (uint32_t i = 0; i < iface->ifaceMethodCount; ++i) {
        const IfaceMethodDesc& want = iface->ifaceMethods[i];
        // Both lists are sorted by name: advance through the method set.
        while (type != nullptr && have < type->methodCount && type->methods[have].name < want.name)
            ++have;
        bool found = type != nullptr && have < type->methodCount && type->methods[have].name == want.name &&
                     type->methods[have].signature == want.signature;
        if (!found) {
            if (missing != nullptr)
                *missing = want.name;
            return false;
        }
    }
    return true;
}

}  // namespace govm::rt
