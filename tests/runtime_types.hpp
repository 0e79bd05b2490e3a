// Hand-made TypeDescs for the runtime tests (what the compiler would emit),
// laid out like gc on amd64.
#pragma once

#include <functional>
#include <string_view>

#include "runtime/heap.hpp"
#include "runtime/type.hpp"
#include "runtime/value.hpp"

namespace govm::test {

using rt::FieldDesc;
using rt::Kind;
using rt::TypeDesc;

inline TypeDesc scalarType(Kind kind, uint64_t size, std::string_view name) {
    return TypeDesc{.kind = kind, .align = uint8_t(size), .comparable = true, .hasPointers = false,
                    .direct = true, .size = size, .name = name};
}

// A small universe of types; each test makes its own instance.
struct Types {
    TypeDesc intT = scalarType(Kind::Int, 8, "int");
    TypeDesc int32T = scalarType(Kind::Int32, 4, "int32");
    TypeDesc int64T = scalarType(Kind::Int64, 8, "int64");
    TypeDesc float64T = scalarType(Kind::Float64, 8, "float64");
    TypeDesc byteT = scalarType(Kind::Uint8, 1, "uint8");
    TypeDesc stringT{.kind = Kind::String, .align = 8, .comparable = true, .hasPointers = true, .direct = false,
                     .size = 16, .name = "string"};
    TypeDesc anyT{.kind = Kind::Interface, .align = 8, .comparable = true, .hasPointers = true, .direct = false,
                  .size = 16, .name = "interface {}"};
    TypeDesc unsafePtrT{.kind = Kind::UnsafePointer, .align = 8, .comparable = true, .hasPointers = true,
                        .direct = true, .size = 8, .name = "unsafe.Pointer"};
    TypeDesc ptrIntT{.kind = Kind::Pointer, .align = 8, .comparable = true, .hasPointers = true, .direct = true,
                     .size = 8, .name = "*int", .elem = &intT};
    TypeDesc sliceIntT{.kind = Kind::Slice, .align = 8, .comparable = false, .hasPointers = true, .direct = false,
                       .size = 24, .name = "[]int", .elem = &intT};
    TypeDesc arr3StringT{.kind = Kind::Array, .align = 8, .comparable = true, .hasPointers = true, .direct = false,
                         .size = 48, .name = "[3]string", .elem = &stringT, .length = 3};
    TypeDesc arr2FloatT{.kind = Kind::Array, .align = 8, .comparable = true, .hasPointers = false, .direct = false,
                        .size = 16, .name = "[2]float64", .elem = &float64T, .length = 2};

    // type Node struct { next *Node; val int }
    TypeDesc nodeT;
    TypeDesc ptrNodeT;
    FieldDesc nodeFields[2];

    // type Pair struct { a int; b int }  (boxed in interfaces)
    TypeDesc pairT;
    FieldDesc pairFields[2];

    // type Mixed struct { p *int; n int; s string; q *int; i any }
    TypeDesc mixedT;
    FieldDesc mixedFields[5];

    // type Key struct { a int32; s string }  (4 bytes of padding after a)
    TypeDesc keyT;
    FieldDesc keyFields[2];

    // type Box struct { p *int }: direct with pointers
    TypeDesc boxT;
    FieldDesc boxFields[1];

    // type Holder struct { s []int }: not comparable
    TypeDesc holderT;
    FieldDesc holderFields[1];

    // A closure: struct { fn unsafe.Pointer; x *int; s string }
    TypeDesc closureT;
    FieldDesc closureFields[3];

    // Raw: 2 leading pointer words out of 4
    TypeDesc rawT{.kind = Kind::Raw, .align = 8, .comparable = false, .hasPointers = true, .direct = false,
                  .size = 32, .name = "raw", .rawPointerWords = 2};

    TypeDesc mapIntIntT{.kind = Kind::Map, .align = 8, .comparable = false, .hasPointers = true, .direct = true,
                        .size = 8, .name = "map[int]int", .elem = &intT, .key = &intT};
    TypeDesc mapStringIntT{.kind = Kind::Map, .align = 8, .comparable = false, .hasPointers = true, .direct = true,
                           .size = 8, .name = "map[string]int", .elem = &intT, .key = &stringT};
    TypeDesc mapIntPtrT{.kind = Kind::Map, .align = 8, .comparable = false, .hasPointers = true, .direct = true,
                        .size = 8, .name = "map[int]*int", .elem = &ptrIntT, .key = &intT};
    TypeDesc mapFloatIntT{.kind = Kind::Map, .align = 8, .comparable = false, .hasPointers = true, .direct = true,
                          .size = 8, .name = "map[float64]int", .elem = &intT, .key = &float64T};
    TypeDesc mapAnyIntT{.kind = Kind::Map, .align = 8, .comparable = false, .hasPointers = true, .direct = true,
                        .size = 8, .name = "map[interface {}]int", .elem = &intT, .key = &anyT};
    TypeDesc mapKeyStringT{.kind = Kind::Map, .align = 8, .comparable = false, .hasPointers = true, .direct = true,
                           .size = 8, .name = "map[main.Key]string", .elem = &stringT, .key = &keyT};
    TypeDesc mapArrIntT{.kind = Kind::Map, .align = 8, .comparable = false, .hasPointers = true, .direct = true,
                        .size = 8, .name = "map[[2]float64]int", .elem = &intT, .key = &arr2FloatT};
    TypeDesc mapInt32ByteT{.kind = Kind::Map, .align = 8, .comparable = false, .hasPointers = true, .direct = true,
                           .size = 8, .name = "map[int32]uint8", .elem = &byteT, .key = &int32T};

    Types() {
        nodeFields[0] = {"next", &ptrNodeT, 0, false, false};
        nodeFields[1] = {"val", &intT, 8, false, false};
        nodeT = {.kind = Kind::Struct, .align = 8, .comparable = true, .hasPointers = true, .direct = false,
                 .size = 16, .name = "main.Node", .fields = nodeFields, .fieldCount = 2, .isNamed = true};
        ptrNodeT = {.kind = Kind::Pointer, .align = 8, .comparable = true, .hasPointers = true, .direct = true,
                    .size = 8, .name = "*main.Node", .elem = &nodeT};

        pairFields[0] = {"a", &intT, 0, false, false};
        pairFields[1] = {"b", &intT, 8, false, false};
        pairT = {.kind = Kind::Struct, .align = 8, .comparable = true, .hasPointers = false, .direct = false,
                 .size = 16, .name = "main.Pair", .fields = pairFields, .fieldCount = 2, .isNamed = true};

        mixedFields[0] = {"p", &ptrIntT, 0, false, false};
        mixedFields[1] = {"n", &intT, 8, false, false};
        mixedFields[2] = {"s", &stringT, 16, false, false};
        mixedFields[3] = {"q", &ptrIntT, 32, false, false};
        mixedFields[4] = {"i", &anyT, 40, false, false};
        mixedT = {.kind = Kind::Struct, .align = 8, .comparable = true, .hasPointers = true, .direct = false,
                  .size = 56, .name = "main.Mixed", .fields = mixedFields, .fieldCount = 5, .isNamed = true};

        keyFields[0] = {"a", &int32T, 0, false, false};
        keyFields[1] = {"s", &stringT, 8, false, false};
        keyT = {.kind = Kind::Struct, .align = 8, .comparable = true, .hasPointers = true, .direct = false,
                .size = 24, .name = "main.Key", .fields = keyFields, .fieldCount = 2, .isNamed = true};

        boxFields[0] = {"p", &ptrIntT, 0, false, false};
        boxT = {.kind = Kind::Struct, .align = 8, .comparable = true, .hasPointers = true, .direct = true,
                .size = 8, .name = "main.Box", .fields = boxFields, .fieldCount = 1, .isNamed = true};

        holderFields[0] = {"s", &sliceIntT, 0, false, false};
        holderT = {.kind = Kind::Struct, .align = 8, .comparable = false, .hasPointers = true, .direct = false,
                   .size = 24, .name = "main.Holder", .fields = holderFields, .fieldCount = 1, .isNamed = true};

        closureFields[0] = {"F", &unsafePtrT, 0, false, true};
        closureFields[1] = {"x", &ptrIntT, 8, false, false};
        closureFields[2] = {"s", &stringT, 16, false, false};
        closureT = {.kind = Kind::Struct, .align = 8, .comparable = false, .hasPointers = true, .direct = false,
                    .size = 32, .name = "func.closure", .fields = closureFields, .fieldCount = 3};
    }
    Types(const Types&) = delete;
};

// Roots given by a lambda.
struct FnRoots : rt::RootScanner {
    std::function<void(rt::Marker&)> fn;
    explicit FnRoots(std::function<void(rt::Marker&)> f) : fn(std::move(f)) {}
    void scanRoots(rt::Marker& marker) override {
        if (fn)
            fn(marker);
    }
};

}  // namespace govm::test
