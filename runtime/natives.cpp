// findNative: the registry of the standard library's natives.
//
// Each package's table lives in runtime/lib/PKG.cpp (runtime/lib/tables.hpp).
// The VM looks each body-less function up once, when it loads a program, so
// a linear scan over the ~250 entries is cheaper than building any index
// (and needs no mutable global state). Names are Go's runtime names:
// "strings.Index", "os.(*File).Write", "unicode/utf8.DecodeRune"; a name
// qualified by the package name only ("utf8.DecodeRune") is accepted too.
#include <string>

#include "runtime/lib/tables.hpp"
#include "runtime/native.hpp"

namespace govm::rt {
namespace {

using TableFn = lib::NativeTable (*)();

constexpr TableFn kTables[] = {
    lib::errorsNatives, lib::fmtNatives,    lib::logNatives, lib::mathNatives,    lib::osNatives,   lib::sortNatives,
    lib::strconvNatives, lib::stringsNatives, lib::syncAtomicNatives, lib::unicodeNatives, lib::utf8Natives,
};

const NativeEntry* lookup(std::string_view name) {
    for (TableFn table : kTables) {
        lib::NativeTable t = table();
        for (size_t i = 0; i < t.count; ++i)
            if (t.entries[i].name == name) return &t.entries[i];
    }
    return nullptr;
}

}  // namespace

const NativeEntry* findNative(std::string_view qualifiedName) {
    if (const NativeEntry* e = lookup(qualifiedName)) return e;
    constexpr std::string_view kUtf8 = "utf8.";
    if (qualifiedName.substr(0, kUtf8.size()) == kUtf8)
        return lookup(std::string("unicode/") + std::string(qualifiedName));
    return nullptr;
}

}  // namespace govm::rt
