// Host packages: C++ functions that Go scripts call (included by govm.hpp).
//
// HostPackage::function deduces a Go signature from a C++ callable with the
// HostType traits below and stores a type-erased thunk. The thunk reads the
// arguments of one call through HostCall, which views the script's
// registers: a Go value of type T takes HostType<T>::kSlots consecutive
// 64-bit slots (a string two: data, length; a slice three: data, length,
// capacity), so argument i starts at the sum of the slots before it. A map
// or a govm::Value's interface takes one slot (the map) or two (type, data).
//
// Map keys and values are read and written in Go's memory form, which for
// the types HostMemory supports is the C++ object itself (int64_t for int,
// uint8_t 0/1 for bool), except strings: a (data, length) pair.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace govm {

enum class HostElem : uint8_t { Int, Float, Byte };

class Value;

// One call of a host function: its arguments and where its results go.
// Views it returns are valid until the host function returns.
class HostCall {
public:
    HostCall(void* context, const uint64_t* args, uint64_t* results) : context_(context), args_(args), results_(results) {}

    int64_t intArg(int slot) const { return int64_t(args_[slot]); }
    double floatArg(int slot) const;
    std::string_view stringArg(int slot) const;
    const void* sliceData(int slot) const { return reinterpret_cast<const void*>(args_[slot]); }
    size_t sliceLen(int slot) const { return size_t(args_[slot + 1]); }

    void setInt(int slot, int64_t v) { results_[slot] = uint64_t(v); }
    void setFloat(int slot, double v);
    void setString(int slot, std::string_view v);  // copied into the script's heap
    void setSlice(int slot, HostElem elem, const void* data, size_t count);  // copied too

    // An `any` argument as a handle the host may keep (govm.hpp: Value);
    // setValue boxes a Value into an `any` result.
    Value valueArg(int slot) const;
    void setValue(int slot, const Value& v);

    // Maps. A cursor walks the map argument in `slot` (in no particular
    // order); newMap makes the map result in `slot`, of Go type `goType`,
    // and mapAssign gives the memory of the value stored under `key`
    // (zeroed when new, valid until the next mapAssign).
    struct MapCursor {
        uint64_t words[8];
    };
    MapCursor mapBegin(int slot) const;
    bool mapNext(MapCursor& cursor, const void** key, const void** value) const;
    void* newMap(int slot, const std::string& goType, size_t hint);
    void* mapAssign(void* map, const void* key);
    // Strings in memory form: a view of one, and a copy of `v` (in the
    // script's heap) written as one.
    static std::string_view memoryString(const void* from);
    void storeString(void* to, std::string_view v);

    // Raises a Go panic carrying `message` (as a string value).
    [[noreturn]] void panic(std::string_view message);

private:
    void* context_;
    const uint64_t* args_;
    uint64_t* results_;
};

// How a C++ parameter or result type maps to Go.
template <typename T, typename = void>
struct HostType;  // unsupported types fail to compile here

template <typename T>
struct HostType<T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>>> {
    static constexpr int kSlots = 1;
    static constexpr std::string_view goType() {
        constexpr bool s = std::is_signed_v<T>;
        switch (sizeof(T)) {
            case 1: return s ? "int8" : "uint8";
            case 2: return s ? "int16" : "uint16";
            case 4: return s ? "int32" : "uint32";
            default: return s ? "int" : "uint64";
        }
    }
    static T get(const HostCall& c, int slot) { return T(c.intArg(slot)); }
    static void set(HostCall& c, int slot, T v) { c.setInt(slot, int64_t(v)); }
};

template <>
struct HostType<bool> {
    static constexpr int kSlots = 1;
    static constexpr std::string_view goType() { return "bool"; }
    static bool get(const HostCall& c, int slot) { return c.intArg(slot) != 0; }
    static void set(HostCall& c, int slot, bool v) { c.setInt(slot, v ? 1 : 0); }
};

template <typename T>
struct HostType<T, std::enable_if_t<std::is_floating_point_v<T>>> {
    static constexpr int kSlots = 1;
    static constexpr std::string_view goType() { return sizeof(T) == 4 ? "float32" : "float64"; }
    static T get(const HostCall& c, int slot) { return T(c.floatArg(slot)); }
    static void set(HostCall& c, int slot, T v) { c.setFloat(slot, double(v)); }
};

template <>
struct HostType<std::string_view> {
    static constexpr int kSlots = 2;
    static constexpr std::string_view goType() { return "string"; }
    static std::string_view get(const HostCall& c, int slot) { return c.stringArg(slot); }
};

template <>
struct HostType<std::string> {
    static constexpr int kSlots = 2;
    static constexpr std::string_view goType() { return "string"; }
    static std::string get(const HostCall& c, int slot) { return std::string(c.stringArg(slot)); }
    static void set(HostCall& c, int slot, const std::string& v) { c.setString(slot, v); }
};

template <typename T>
struct SliceTraits;
template <typename E>
struct SliceTraits<std::span<const E>> {
    using Elem = E;
};
template <typename E>
struct SliceTraits<std::vector<E>> {
    using Elem = E;
};

template <typename E>
struct SliceElem;
template <>
struct SliceElem<int64_t> {
    static constexpr HostElem kElem = HostElem::Int;
    static constexpr std::string_view kGo = "[]int";
};
template <>
struct SliceElem<double> {
    static constexpr HostElem kElem = HostElem::Float;
    static constexpr std::string_view kGo = "[]float64";
};
template <>
struct SliceElem<uint8_t> {
    static constexpr HostElem kElem = HostElem::Byte;
    static constexpr std::string_view kGo = "[]byte";
};

template <typename E>
struct HostType<std::span<const E>> {
    static constexpr int kSlots = 3;
    static constexpr HostElem kElem = SliceElem<E>::kElem;
    static constexpr std::string_view goType() { return SliceElem<E>::kGo; }
    static std::span<const E> get(const HostCall& c, int slot) {
        return {static_cast<const E*>(c.sliceData(slot)), c.sliceLen(slot)};
    }
};

template <typename E>
struct HostType<std::vector<E>> {
    static constexpr int kSlots = 3;
    static constexpr std::string_view goType() { return SliceElem<E>::kGo; }
    static std::vector<E> get(const HostCall& c, int slot) {
        auto s = HostType<std::span<const E>>::get(c, slot);
        return std::vector<E>(s.begin(), s.end());
    }
    static void set(HostCall& c, int slot, const std::vector<E>& v) {
        c.setSlice(slot, SliceElem<E>::kElem, v.data(), v.size());
    }
};

// Map keys and values: Go memory form <-> C++.
template <typename T, typename = void>
struct HostMemory;  // unsupported map element types fail to compile here

template <typename T>
struct HostMemory<T, std::enable_if_t<std::is_arithmetic_v<T>>> {
    static T read(const void* from) {
        if constexpr (std::is_same_v<T, bool>) {
            return *static_cast<const uint8_t*>(from) != 0;
        } else {
            T v;
            std::memcpy(&v, from, sizeof v);
            return v;
        }
    }
    static void write(HostCall&, void* to, T v) {
        if constexpr (std::is_same_v<T, bool>) *static_cast<uint8_t*>(to) = v ? 1 : 0;
        else std::memcpy(to, &v, sizeof v);
    }
};

template <>
struct HostMemory<std::string> {
    static std::string read(const void* from) { return std::string(HostCall::memoryString(from)); }
    static void write(HostCall& c, void* to, const std::string& v) { c.storeString(to, v); }
};

// std::map and std::unordered_map: Go map[K]V, copied in and out.
template <typename M>
struct HostMapType {
    using K = typename M::key_type;
    using V = typename M::mapped_type;
    static constexpr int kSlots = 1;
    static std::string goType() {
        return "map[" + std::string(HostType<K>::goType()) + "]" + std::string(HostType<V>::goType());
    }
    static M get(const HostCall& c, int slot) {
        M out;
        HostCall::MapCursor cursor = c.mapBegin(slot);
        const void* key;
        const void* value;
        while (c.mapNext(cursor, &key, &value)) out.emplace(HostMemory<K>::read(key), HostMemory<V>::read(value));
        return out;
    }
    static void set(HostCall& c, int slot, const M& m) {
        void* map = c.newMap(slot, goType(), m.size());
        for (const auto& [k, v] : m) {
            alignas(8) unsigned char key[16] = {};
            HostMemory<K>::write(c, key, k);
            HostMemory<V>::write(c, c.mapAssign(map, key), v);
        }
    }
};

template <typename K, typename V>
struct HostType<std::map<K, V>> : HostMapType<std::map<K, V>> {};
template <typename K, typename V>
struct HostType<std::unordered_map<K, V>> : HostMapType<std::unordered_map<K, V>> {};

// A registered host function, type-erased.
struct HostFunction {
    std::string name;        // Go name: "Log"
    std::string signature;   // Go parameters and results: "(a0 string, a1 int) int"
    // Whether a parameter is a govm::Value the host may keep: then what the
    // script passes escapes (heap), where other parameters are views.
    bool keepsArguments = false;
    std::shared_ptr<const void> callable;
    void (*thunk)(const void* callable, HostCall& call) = nullptr;
};

namespace detail {

template <typename F>
struct Callable : Callable<decltype(&F::operator())> {};
template <typename R, typename... A>
struct Callable<R (*)(A...)> {
    using Result = R;
    using Args = std::tuple<std::remove_cvref_t<A>...>;
};
template <typename C, typename R, typename... A>
struct Callable<R (C::*)(A...) const> : Callable<R (*)(A...)> {};
template <typename C, typename R, typename... A>
struct Callable<R (C::*)(A...)> : Callable<R (*)(A...)> {};

template <typename Tuple, size_t... I>
std::string goParams(std::index_sequence<I...>) {
    std::string out = "(";
    ((out += (I ? ", a" : "a") + std::to_string(I) + " " +
             std::string(HostType<std::tuple_element_t<I, Tuple>>::goType())),
     ...);
    return out + ")";
}

template <typename Tuple, size_t... I>
constexpr std::array<int, sizeof...(I) + 1> slotOffsets(std::index_sequence<I...>) {
    std::array<int, sizeof...(I) + 1> offsets{};
    int n = 0;
    size_t k = 0;
    ((offsets[k++] = n, n += HostType<std::tuple_element_t<I, Tuple>>::kSlots), ...);
    offsets[k] = n;
    return offsets;
}

template <typename F, typename R, typename Tuple, size_t... I>
void invokeHost(const void* callable, HostCall& call, std::index_sequence<I...> seq) {
    constexpr auto offsets = slotOffsets<Tuple>(seq);
    const F& f = *static_cast<const F*>(callable);
    if constexpr (std::is_void_v<R>) {
        f(HostType<std::tuple_element_t<I, Tuple>>::get(call, offsets[I])...);
    } else {
        HostType<std::remove_cvref_t<R>>::set(call, 0,
                                             f(HostType<std::tuple_element_t<I, Tuple>>::get(call, offsets[I])...));
    }
}

}  // namespace detail

// A host package being declared: its functions (see govm.hpp).
class HostPackage {
public:
    explicit HostPackage(std::string importPath) : path_(std::move(importPath)) {}

    template <typename F>
    HostPackage& function(std::string_view name, F f) {
        using C = detail::Callable<std::decay_t<F>>;
        using Args = typename C::Args;
        using R = typename C::Result;
        constexpr size_t n = std::tuple_size_v<Args>;
        HostFunction h;
        h.name = std::string(name);
        h.signature = detail::goParams<Args>(std::make_index_sequence<n>{});
        h.keepsArguments = []<size_t... I>(std::index_sequence<I...>) {
            return (std::is_same_v<std::tuple_element_t<I, Args>, Value> || ...);
        }(std::make_index_sequence<n>{});
        if constexpr (!std::is_void_v<R>) {
            h.signature += " ";
            h.signature += HostType<std::remove_cvref_t<R>>::goType();
        }
        using Stored = std::decay_t<F>;
        h.callable = std::make_shared<const Stored>(std::move(f));
        h.thunk = [](const void* callable, HostCall& call) {
            detail::invokeHost<Stored, R, Args>(callable, call, std::make_index_sequence<n>{});
        };
        functions_.push_back(std::move(h));
        return *this;
    }

    const std::string& path() const { return path_; }
    const std::vector<HostFunction>& functions() const { return functions_; }

private:
    std::string path_;
    std::vector<HostFunction> functions_;
};

}  // namespace govm
