// The standard library's Go declarations, compiled into govm.
#pragma once

#include <string_view>

namespace govm {

// The Go source of the standard-library package `importPath` ("fmt",
// "unicode/utf8"), or an empty view if govm has no such package. Functions
// declared there without a body are native (runtime/native.hpp).
std::string_view stdlibSource(std::string_view importPath);

}  // namespace govm
