// The fmt engine; the model is described in runtime/fmt.hpp. Function names
// follow fmt/print.go and fmt/format.go so the two can be read side by side.
#include "runtime/fmt.hpp"

#include <algorithm>
#include <cstring>
#include <utility>
#include <vector>

#include "runtime/lib/support.hpp"
#include "runtime/map.hpp"
#include "runtime/strconv.hpp"

namespace govm::rt {
namespace {

using lib::appendRune;
using lib::decodeRune;

constexpr std::string_view kNilAngle = "<nil>";
constexpr std::string_view kNilParen = "(nil)";
constexpr std::string_view kPercentBang = "%!";
constexpr std::string_view kMissing = "(MISSING)";
constexpr std::string_view kBadIndex = "(BADINDEX)";
constexpr std::string_view kPanic = "(PANIC=";
constexpr std::string_view kExtra = "%!(EXTRA ";
constexpr std::string_view kBadWidth = "%!(BADWIDTH)";
constexpr std::string_view kBadPrec = "%!(BADPREC)";
constexpr std::string_view kNoVerb = "%!(NOVERB)";
constexpr const char* kLowerHex = "0123456789abcdefx";
constexpr const char* kUpperHex = "0123456789ABCDEFX";

// fmt.fmtFlags plus wid/prec.
struct Flags {
    bool widPresent = false;
    bool precPresent = false;
    bool minus = false;
    bool plus = false;
    bool sharp = false;
    bool space = false;
    bool zero = false;
    bool plusV = false;   // %+v
    bool sharpV = false;  // %#v
    int wid = 0;
    int prec = 0;
};

// A value in memory form, as reflect.Value. readOnly marks values reached
// through unexported struct fields (reflect's flagRO): fmt calls no methods
// on them.
struct Value {
    const TypeDesc* type = nullptr;
    const void* addr = nullptr;
    bool readOnly = false;

    bool isValid() const { return type != nullptr; }
};

template <typename T>
T load(const void* p) {
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

bool isSignedKind(Kind k) {
    return k == Kind::Int || k == Kind::Int8 || k == Kind::Int16 || k == Kind::Int32 || k == Kind::Int64;
}

bool isUnsignedKind(Kind k) {
    return k == Kind::Uint || k == Kind::Uint8 || k == Kind::Uint16 || k == Kind::Uint32 || k == Kind::Uint64 ||
           k == Kind::Uintptr;
}

// The integer in memory form, sign- or zero-extended to 64 bits.
uint64_t loadInteger(Kind k, const void* p) {
    switch (k) {
        case Kind::Int8: return uint64_t(int64_t(load<int8_t>(p)));
        case Kind::Int16: return uint64_t(int64_t(load<int16_t>(p)));
        case Kind::Int32: return uint64_t(int64_t(load<int32_t>(p)));
        case Kind::Uint8: return load<uint8_t>(p);
        case Kind::Uint16: return load<uint16_t>(p);
        case Kind::Uint32: return load<uint32_t>(p);
        default: return load<uint64_t>(p);
    }
}

std::string_view loadString(const void* p) { return load<String>(p).view(); }

// The predeclared type a case of printArg's type switch matches: the kind's
// own name (named types like main.MyInt go through handleMethods).
bool isPredeclared(const TypeDesc* t) {
    switch (t->kind) {
        case Kind::Bool: return t->name == "bool";
        case Kind::Int: return t->name == "int";
        case Kind::Int8: return t->name == "int8";
        case Kind::Int16: return t->name == "int16";
        case Kind::Int32: return t->name == "int32";
        case Kind::Int64: return t->name == "int64";
        case Kind::Uint: return t->name == "uint";
        case Kind::Uint8: return t->name == "uint8";
        case Kind::Uint16: return t->name == "uint16";
        case Kind::Uint32: return t->name == "uint32";
        case Kind::Uint64: return t->name == "uint64";
        case Kind::Uintptr: return t->name == "uintptr";
        case Kind::Float32: return t->name == "float32";
        case Kind::Float64: return t->name == "float64";
        case Kind::String: return t->name == "string";
        default: return false;
    }
}

bool isByteSlice(const TypeDesc* t) {
    return t->kind == Kind::Slice && t->name == "[]uint8" && t->elem->kind == Kind::Uint8;
}

constexpr std::string_view kStringSignature = "func() string";
constexpr std::string_view kFormatSignature = "func(fmt.State, int32)";

// Whether `t`'s method set has `name` with `signature`.
bool hasMethod(const TypeDesc* t, std::string_view name, std::string_view signature) {
    const MethodDesc* m = findMethod(t, name);
    return m != nullptr && m->signature == signature;
}

bool hasStringMethod(const TypeDesc* t, std::string_view name) { return hasMethod(t, name, kStringSignature); }

// A nil pointer whose method has a value receiver: calling it would panic.
bool nilValueReceiver(Iface recv, std::string_view method) {
    return recv.type->kind == Kind::Pointer && recv.data == 0 && findMethod(recv.type->elem, method) != nullptr;
}

// ---- internal/fmtsort ----

int compareValues(const TypeDesc* t, const void* a, const void* b);

template <typename T>
int threeWay(T a, T b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

int floatCompare(double a, double b) {
    if (a != a) return -1;  // no good answer if b is a NaN too
    if (b != b) return 1;
    return threeWay(a, b);
}

// The size of gc's type descriptor of t on amd64: reflect's rtype, the
// fields of its kind, then uncommonType and the arrays that follow.
uint64_t gcDescriptorSize(const TypeDesc* t) {
    constexpr uint64_t kRtype = 48, kUncommon = 16, kMethod = 16, kWord = 8;
    uint64_t size = kRtype;
    switch (t->kind) {
        case Kind::Array: size += 3 * kWord; break;  // elem, slice, len
        case Kind::Chan: size += 2 * kWord; break;   // elem, dir
        case Kind::Func: size += kWord * (1 + t->paramCount + t->resultCount); break;  // counts, then the types
        case Kind::Interface: size += 4 * kWord + 8 * t->ifaceMethodCount; break;   // pkgPath, methods
        case Kind::Map: size += 5 * kWord; break;  // key, elem, bucket, hasher, sizes and flags
        case Kind::Pointer:
        case Kind::Slice: size += kWord; break;  // elem
        case Kind::Struct: size += 4 * kWord + 3 * kWord * t->fieldCount; break;  // pkgPath, fields
        default: break;
    }
    // Predeclared types are named in gc (they have an uncommonType) though not isNamed here.
    bool predeclared = t->kind <= Kind::String || t->kind == Kind::UnsafePointer;
    if (t->isNamed || predeclared || t->methodCount > 0) size += kUncommon + kMethod * t->methodCount;
    return size;
}

// fmtsort orders dynamic types by their descriptors' addresses, and gc's
// linker lays the descriptors out by size, then by symbol name ("type." and
// the type's name): this order, not govm's addresses, is what Go prints.
int compareTypes(const TypeDesc* a, const TypeDesc* b) {
    if (int c = threeWay(gcDescriptorSize(a), gcDescriptorSize(b)); c != 0) return c;
    return threeWay(a->name.compare(b->name), 0);
}

int compareInterfaces(const void* a, const void* b) {
    Iface x = load<Iface>(a);
    Iface y = load<Iface>(b);
    if (x.isNil() || y.isNil()) return x.isNil() ? (y.isNil() ? 0 : -1) : 1;
    // Like fmtsort: first by type, then by value.
    if (x.type != y.type) return compareTypes(x.type, y.type);
    return compareValues(x.type, x.payload(), y.payload());
}

int compareValues(const TypeDesc* t, const void* a, const void* b) {
    if (isSignedKind(t->kind))
        return threeWay(int64_t(loadInteger(t->kind, a)), int64_t(loadInteger(t->kind, b)));
    if (isUnsignedKind(t->kind)) return threeWay(loadInteger(t->kind, a), loadInteger(t->kind, b));
    switch (t->kind) {
        case Kind::String: return threeWay(loadString(a).compare(loadString(b)), 0);
        case Kind::Float32: return floatCompare(load<float>(a), load<float>(b));
        case Kind::Float64: return floatCompare(load<double>(a), load<double>(b));
        case Kind::Bool: return threeWay(load<uint8_t>(a), load<uint8_t>(b));
        case Kind::Pointer:
        case Kind::Chan:
        case Kind::UnsafePointer: return threeWay(load<uintptr_t>(a), load<uintptr_t>(b));
        case Kind::Struct:
            for (uint32_t i = 0; i < t->fieldCount; ++i) {
                const FieldDesc& f = t->fields[i];
                const auto* pa = static_cast<const char*>(a) + f.offset;
                const auto* pb = static_cast<const char*>(b) + f.offset;
                if (int c = compareValues(f.type, pa, pb); c != 0) return c;
            }
            return 0;
        case Kind::Array:
            for (uint64_t i = 0; i < t->length; ++i) {
                uint64_t off = i * t->elem->size;
                if (int c = compareValues(t->elem, static_cast<const char*>(a) + off, static_cast<const char*>(b) + off);
                    c != 0)
                    return c;
            }
            return 0;
        case Kind::Interface: return compareInterfaces(a, b);
        default: return 0;
    }
}

struct MapEntry {
    const void* key;
    const void* value;
};

std::vector<MapEntry> sortedEntries(const TypeDesc* mapType, Map* m) {
    std::vector<MapEntry> entries;
    entries.reserve(size_t(mapLen(m)));
    MapIter it;
    mapIterInit(it, m, 0);
    MapEntry e;
    while (mapIterNext(it, &e.key, &e.value)) entries.push_back(e);
    const TypeDesc* keyType = mapType->key;
    std::stable_sort(entries.begin(), entries.end(), [keyType](const MapEntry& x, const MapEntry& y) {
        return compareValues(keyType, x.key, y.key) < 0;
    });
    return entries;
}

// ---- the printer (fmt.pp) ----

class Printer final : public FormatState {
public:
    Printer(NativeContext& ctx, std::string& buf) : ctx_(ctx), buf_(buf) {}
    Printer(const Printer&) = delete;
    Printer& operator=(const Printer&) = delete;

    void doPrint(const Iface* args, size_t count);
    void doPrintln(const Iface* args, size_t count);
    void doPrintf(std::string_view format, const Iface* args, size_t count);

    bool wrapErrs = false;
    int64_t wrappedIndex = -1;

private:
    // format.go
    void writePadding(int n);
    void padString(std::string_view s);
    void fmtBoolean(bool v);
    void fmtS(std::string_view s);
    void fmtSbx(std::string_view s, const char* digits);
    void fmtQ(std::string_view s);
    std::string_view truncateString(std::string_view s) const;
    FmtFlags numericFlags() const;
    void fmt0x64(uint64_t v, bool leading0x);

    // fmt.clearflags: the width and precision stay, as a Format method's
    // State.Width and Precision show (with ok false).
    void clearFlags() { f_ = Flags{.wid = f_.wid, .prec = f_.prec}; }

    // print.go
    void printArg(Iface arg, int32_t verb);
    bool handleMethods(int32_t verb);
    bool callMethod(std::string_view method, int32_t verb, bool asString);
    void callFormat(int32_t verb);
    void catchPanic(Iface arg, Iface panicValue, int32_t verb, std::string_view method);

    // FormatState: what the Format method's *fmt.pp reaches (fmt.pp's methods).
    void write(std::string_view bytes) override { buf_ += bytes; }
    bool width(int64_t& wid) const override { return wid = f_.wid, f_.widPresent; }
    bool precision(int64_t& prec) const override { return prec = f_.prec, f_.precPresent; }
    bool flag(int64_t c) const override;
    void printValue(Value v, int32_t verb, int depth);
    void printMap(Value v, int32_t verb, int depth);
    void printStruct(Value v, int32_t verb, int depth);
    void printList(Value v, const void* data, uint64_t len, bool isNilSlice, int32_t verb, int depth);
    void printInterface(Value v, int32_t verb, int depth);
    void badVerb(int32_t verb);
    void fmtBool(bool v, int32_t verb);
    void fmtInteger(uint64_t v, bool isSigned, int32_t verb);
    void fmtFloat(double v, int size, int32_t verb);
    void fmtString(std::string_view v, int32_t verb);
    void fmtBytes(std::string_view v, bool isNil, int32_t verb, std::string_view typeString, Value asValue);
    void fmtPointer(Value v, int32_t verb);
    void writeRune(int32_t r) { appendRune(buf_, r); }
    Iface interfaceOf(Value v);

    // doPrintf helpers
    bool argNumber(int& argNum, std::string_view format, size_t& i, size_t numArgs);
    bool intFromArg(const Iface* args, size_t count, int& argNum, int& num);

    NativeContext& ctx_;
    std::string& buf_;
    Flags f_;
    Iface arg_{};    // p.arg (nil when printing a reflect-style value)
    Value value_{};  // p.value
    bool erroring_ = false;
    bool panicking_ = false;
    bool reordered_ = false;
    bool goodArgNum_ = true;
    bool haveWrapped_ = false;
    int64_t currentArg_ = -1;
};

// ---- format.go ----

void Printer::writePadding(int n) {
    if (n > 0) buf_.append(size_t(n), f_.zero ? '0' : ' ');
}

void Printer::padString(std::string_view s) {
    if (!f_.widPresent || f_.wid == 0) {
        buf_ += s;
        return;
    }
    int width = f_.wid - int(lib::runeCount(s));
    if (!f_.minus) {
        writePadding(width);
        buf_ += s;
    } else {
        buf_ += s;
        writePadding(width);
    }
}

void Printer::fmtBoolean(bool v) { padString(v ? "true" : "false"); }

std::string_view Printer::truncateString(std::string_view s) const {
    if (!f_.precPresent) return s;
    int n = f_.prec;
    for (size_t i = 0; i < s.size();) {
        if (--n < 0) return s.substr(0, i);
        i += size_t(std::max(decodeRune(s, i).size, 1));
    }
    return s;
}

void Printer::fmtS(std::string_view s) { padString(truncateString(s)); }

// fmt.fmtSbx: hex encoding of a string or byte slice.
void Printer::fmtSbx(std::string_view s, const char* digits) {
    int length = int(s.size());
    if (f_.precPresent && f_.prec < length) length = f_.prec;
    int width = 2 * length;
    if (width > 0) {
        if (f_.space) {
            if (f_.sharp) width *= 2;
            width += length - 1;
        } else if (f_.sharp) {
            width += 2;
        }
    } else {
        if (f_.widPresent) writePadding(f_.wid);
        return;
    }
    if (f_.widPresent && f_.wid > width && !f_.minus) writePadding(f_.wid - width);
    if (f_.sharp) {
        buf_ += '0';
        buf_ += digits[16];
    }
    for (int i = 0; i < length; ++i) {
        if (f_.space && i > 0) {
            buf_ += ' ';
            if (f_.sharp) {
                buf_ += '0';
                buf_ += digits[16];
            }
        }
        auto c = uint8_t(s[size_t(i)]);
        buf_ += digits[c >> 4];
        buf_ += digits[c & 0xF];
    }
    if (f_.widPresent && f_.wid > width && f_.minus) writePadding(f_.wid - width);
}

void Printer::fmtQ(std::string_view s) {
    s = truncateString(s);
    if (f_.sharp && canBackquote(s)) {
        std::string q;
        q.reserve(s.size() + 2);
        q += '`';
        q += s;
        q += '`';
        padString(q);
        return;
    }
    std::string q;
    if (f_.plus)
        quoteToASCII(q, s);
    else
        quote(q, s);
    padString(q);
}

FmtFlags Printer::numericFlags() const {
    FmtFlags n;
    n.plus = f_.plus;
    n.space = f_.space;
    n.sharp = f_.sharp;
    n.minus = f_.minus;
    n.zero = f_.zero;
    n.width = f_.widPresent ? f_.wid : 0;
    return n;
}

void Printer::fmt0x64(uint64_t v, bool leading0x) {
    FmtFlags n = numericFlags();
    n.sharp = leading0x;
    rt::fmtInteger(buf_, v, false, 'x', f_.precPresent ? f_.prec : -1, n);
}

// ---- print.go: operands and methods ----

void Printer::printArg(Iface arg, int32_t verb) {
    arg_ = arg;
    value_ = Value{};
    if (arg.isNil()) {
        if (verb == 'T' || verb == 'v')
            padString(kNilAngle);
        else
            badVerb(verb);
        return;
    }
    const TypeDesc* t = arg.type;
    if (verb == 'T') {
        fmtS(t->name);
        return;
    }
    if (verb == 'p') {
        fmtPointer(Value{t, arg.payload(), false}, 'p');
        return;
    }
    const void* p = arg.payload();
    if (isPredeclared(t)) {
        switch (t->kind) {
            case Kind::Bool: fmtBool(load<uint8_t>(p) != 0, verb); return;
            case Kind::Float32: fmtFloat(load<float>(p), 32, verb); return;
            case Kind::Float64: fmtFloat(load<double>(p), 64, verb); return;
            case Kind::String: fmtString(loadString(p), verb); return;
            default: fmtInteger(loadInteger(t->kind, p), isSignedKind(t->kind), verb); return;
        }
    }
    if (isByteSlice(t)) {
        Slice s = load<Slice>(p);
        fmtBytes({static_cast<const char*>(s.data), size_t(s.len)}, s.data == nullptr, verb, "[]byte",
                 Value{t, p, false});
        return;
    }
    if (!handleMethods(verb)) printValue(Value{t, p, false}, verb, 0);
}

bool Printer::handleMethods(int32_t verb) {
    if (erroring_) return false;
    if (verb == 'w') {
        // %w is valid only in Errorf, once, with an error operand.
        bool isError = !arg_.isNil() && hasStringMethod(arg_.type, "Error");
        if (!isError || !wrapErrs || haveWrapped_) {
            haveWrapped_ = false;
            wrappedIndex = -1;
            wrapErrs = false;
            badVerb(verb);
            return true;
        }
        haveWrapped_ = true;
        wrappedIndex = currentArg_;
        verb = 'v';
    }
    if (arg_.isNil()) return false;
    if (hasMethod(arg_.type, "Format", kFormatSignature)) {
        callFormat(verb);
        return true;
    }
    if (f_.sharpV) return hasStringMethod(arg_.type, "GoString") && callMethod("GoString", verb, false);
    switch (verb) {
        case 'v':
        case 's':
        case 'x':
        case 'X':
        case 'q':
            if (hasStringMethod(arg_.type, "Error")) return callMethod("Error", verb, true);
            if (hasStringMethod(arg_.type, "String")) return callMethod("String", verb, true);
            return false;
        default: return false;
    }
}

// Calls arg_'s method (known to exist) and prints its result: through
// fmtString, or unadorned for GoString. Always handles the operand.
bool Printer::callMethod(std::string_view method, int32_t verb, bool asString) {
    Iface recv = arg_;
    if (nilValueReceiver(recv, method)) {  // the call would panic: catchPanic's "<nil>"
        buf_ += kNilAngle;
        return true;
    }
    std::string result;
    Iface panicValue{};
    switch (ctx_.callStringMethodRecover(recv, method, result, panicValue)) {
        case NativeContext::MethodCall::Ok:
            if (asString)
                fmtString(result, verb);
            else
                fmtS(result);
            return true;
        case NativeContext::MethodCall::Panicked: catchPanic(recv, panicValue, verb, method); return true;
        case NativeContext::MethodCall::NoMethod: break;
    }
    return false;
}

// arg_.Format(state, verb), the State a *fmt.pp pointing to this printer
// for the call only: one kept longer writes nothing. The pin keeps the pp
// alive until it is cut off, whatever the method does with its argument.
void Printer::callFormat(int32_t verb) {
    Iface recv = arg_;
    if (nilValueReceiver(recv, "Format")) {  // as in callMethod
        buf_ += kNilAngle;
        return;
    }
    const TypeDesc* stateType = ctx_.typeOf("*fmt.pp");
    auto* state = static_cast<uintptr_t*>(ctx_.allocate(stateType->elem));
    *state = reinterpret_cast<uintptr_t>(static_cast<FormatState*>(this));
    Iface stateValue{stateType, reinterpret_cast<uint64_t>(state)};
    uint32_t pin = ctx_.pin(stateValue);
    Slot args[3];
    args[0].p = const_cast<TypeDesc*>(stateType);
    args[1].u = stateValue.data;
    args[2].i = verb;
    Iface panicValue{};
    auto outcome = ctx_.callMethodRecover(recv, "Format", kFormatSignature, args, 3, nullptr, 0, panicValue);
    *state = 0;
    ctx_.unpin(pin);
    if (outcome == NativeContext::MethodCall::Panicked) catchPanic(recv, panicValue, verb, "Format");
}

// pp.Flag.
bool Printer::flag(int64_t c) const {
    switch (c) {
        case '-': return f_.minus;
        case '+': return f_.plus || f_.plusV;
        case '#': return f_.sharp || f_.sharpV;
        case ' ': return f_.space;
        case '0': return f_.zero;
        default: return false;
    }
}

void Printer::catchPanic(Iface arg, Iface panicValue, int32_t verb, std::string_view method) {
    if (arg.type->kind == Kind::Pointer && arg.data == 0) {  // a nil receiver: just "<nil>", unpadded
        buf_ += kNilAngle;
        return;
    }
    if (panicking_) ctx_.panicValue(panicValue);  // nested panics: printArg cannot succeed
    Flags old = f_;
    clearFlags();
    buf_ += kPercentBang;
    writeRune(verb);
    buf_ += kPanic;
    buf_ += method;
    buf_ += " method: ";
    panicking_ = true;
    printArg(panicValue, 'v');
    panicking_ = false;
    buf_ += ')';
    f_ = old;
}

void Printer::badVerb(int32_t verb) {
    erroring_ = true;
    buf_ += kPercentBang;
    writeRune(verb);
    buf_ += '(';
    if (!arg_.isNil()) {
        buf_ += arg_.type->name;
        buf_ += '=';
        printArg(arg_, 'v');
    } else if (value_.isValid()) {
        buf_ += value_.type->name;
        buf_ += '=';
        printValue(value_, 'v', 0);
    } else {
        buf_ += kNilAngle;
    }
    buf_ += ')';
    erroring_ = false;
}

void Printer::fmtBool(bool v, int32_t verb) {
    if (verb == 't' || verb == 'v')
        fmtBoolean(v);
    else
        badVerb(verb);
}

void Printer::fmtInteger(uint64_t v, bool isSigned, int32_t verb) {
    int prec = f_.precPresent ? f_.prec : -1;
    if (verb == 'v' && f_.sharpV && !isSigned) {
        fmt0x64(v, true);
        return;
    }
    if (verb > 0x7F || !rt::fmtInteger(buf_, v, isSigned, char(verb), prec, numericFlags())) badVerb(verb);
}

void Printer::fmtFloat(double v, int size, int32_t verb) {
    int prec = f_.precPresent ? f_.prec : -1;
    if (verb > 0x7F || !rt::fmtFloat(buf_, v, size, char(verb), prec, numericFlags())) badVerb(verb);
}

void Printer::fmtString(std::string_view v, int32_t verb) {
    switch (verb) {
        case 'v':
            if (f_.sharpV)
                fmtQ(v);
            else
                fmtS(v);
            return;
        case 's': fmtS(v); return;
        case 'x': fmtSbx(v, kLowerHex); return;
        case 'X': fmtSbx(v, kUpperHex); return;
        case 'q': fmtQ(v); return;
        default: badVerb(verb); return;
    }
}

void Printer::fmtBytes(std::string_view v, bool isNil, int32_t verb, std::string_view typeString, Value asValue) {
    switch (verb) {
        case 'v':
        case 'd':
            if (f_.sharpV) {
                buf_ += typeString;
                if (isNil) {
                    buf_ += kNilParen;
                    return;
                }
                buf_ += '{';
                for (size_t i = 0; i < v.size(); ++i) {
                    if (i > 0) buf_ += ", ";
                    fmt0x64(uint8_t(v[i]), true);
                }
                buf_ += '}';
            } else {
                buf_ += '[';
                int prec = f_.precPresent ? f_.prec : -1;
                for (size_t i = 0; i < v.size(); ++i) {
                    if (i > 0) buf_ += ' ';
                    rt::fmtInteger(buf_, uint8_t(v[i]), false, 'd', prec, numericFlags());
                }
                buf_ += ']';
            }
            return;
        case 's': padString(truncateString(v)); return;
        case 'x': fmtSbx(v, kLowerHex); return;
        case 'X': fmtSbx(v, kUpperHex); return;
        case 'q': fmtQ(v); return;
        default: printValue(asValue, verb, 0); return;
    }
}

void Printer::fmtPointer(Value v, int32_t verb) {
    uint64_t u = 0;
    switch (v.type->kind) {
        case Kind::Chan:
        case Kind::Func:
        case Kind::Map:
        case Kind::Pointer:
        case Kind::UnsafePointer:
        case Kind::Slice: u = load<uint64_t>(v.addr); break;
        default: badVerb(verb); return;
    }
    switch (verb) {
        case 'v':
            if (f_.sharpV) {
                buf_ += '(';
                buf_ += v.type->name;
                buf_ += ")(";
                if (u == 0)
                    buf_ += "nil";
                else
                    fmt0x64(u, true);
                buf_ += ')';
            } else if (u == 0) {
                padString(kNilAngle);
            } else {
                fmt0x64(u, !f_.sharp);
            }
            return;
        case 'p': fmt0x64(u, !f_.sharp); return;
        case 'b':
        case 'o':
        case 'd':
        case 'x':
        case 'X': fmtInteger(u, false, verb); return;
        default: badVerb(verb); return;
    }
}

// reflect.Value.Interface(): direct types travel in the data word; others
// are boxed in a fresh copy so a value-receiver method cannot write through
// to the printed value.
Iface Printer::interfaceOf(Value v) {
    if (v.type->kind == Kind::Interface) return load<Iface>(v.addr);
    return lib::makeIface(ctx_, v.type, v.addr);
}

// ---- print.go: printValue ----

void Printer::printValue(Value v, int32_t verb, int depth) {
    // Values with methods not already handled by printArg (depth 0). A type
    // without methods cannot be handled (except by a %w error), so skip
    // making an interface of it.
    if (depth > 0 && !v.readOnly && (v.type->methodCount > 0 || v.type->kind == Kind::Interface || verb == 'w')) {
        arg_ = interfaceOf(v);
        if (handleMethods(verb)) return;
    }
    arg_ = Iface{};
    value_ = v;
    const TypeDesc* t = v.type;
    const void* p = v.addr;
    if (isSignedKind(t->kind) || isUnsignedKind(t->kind)) {
        fmtInteger(loadInteger(t->kind, p), isSignedKind(t->kind), verb);
        return;
    }
    switch (t->kind) {
        case Kind::Bool: fmtBool(load<uint8_t>(p) != 0, verb); return;
        case Kind::Float32: fmtFloat(load<float>(p), 32, verb); return;
        case Kind::Float64: fmtFloat(load<double>(p), 64, verb); return;
        case Kind::String: fmtString(loadString(p), verb); return;
        case Kind::Map: printMap(v, verb, depth); return;
        case Kind::Struct: printStruct(v, verb, depth); return;
        case Kind::Interface: printInterface(v, verb, depth); return;
        case Kind::Array: printList(v, p, t->length, false, verb, depth); return;
        case Kind::Slice: {
            Slice s = load<Slice>(p);
            printList(v, s.data, uint64_t(s.len), s.data == nullptr, verb, depth);
            return;
        }
        case Kind::Pointer: {
            // &{...} for a pointer to a composite, but only at the top level
            // (nested pointers print as addresses, which also avoids loops).
            const void* target = load<const void*>(p);
            Kind ek = t->elem->kind;
            if (depth == 0 && target != nullptr &&
                (ek == Kind::Array || ek == Kind::Slice || ek == Kind::Struct || ek == Kind::Map)) {
                buf_ += '&';
                printValue(Value{t->elem, target, v.readOnly}, verb, depth + 1);
                return;
            }
            fmtPointer(v, verb);
            return;
        }
        case Kind::Chan:
        case Kind::Func:
        case Kind::UnsafePointer: fmtPointer(v, verb); return;
        default:
            buf_ += '?';
            buf_ += t->name;
            buf_ += '?';
            return;
    }
}

void Printer::printMap(Value v, int32_t verb, int depth) {
    Map* m = load<Map*>(v.addr);
    if (f_.sharpV) {
        buf_ += v.type->name;
        if (m == nullptr) {
            buf_ += kNilParen;
            return;
        }
        buf_ += '{';
    } else {
        buf_ += "map[";
    }
    std::vector<MapEntry> entries = sortedEntries(v.type, m);
    for (size_t i = 0; i < entries.size(); ++i) {
        if (i > 0) {
            if (f_.sharpV)
                buf_ += ", ";
            else
                buf_ += ' ';
        }
        printValue(Value{v.type->key, entries[i].key, v.readOnly}, verb, depth + 1);
        buf_ += ':';
        printValue(Value{v.type->elem, entries[i].value, v.readOnly}, verb, depth + 1);
    }
    buf_ += f_.sharpV ? '}' : ']';
}

void Printer::printStruct(Value v, int32_t verb, int depth) {
    if (f_.sharpV) buf_ += v.type->name;
    buf_ += '{';
    for (uint32_t i = 0; i < v.type->fieldCount; ++i) {
        const FieldDesc& field = v.type->fields[i];
        if (i > 0) {
            if (f_.sharpV)
                buf_ += ", ";
            else
                buf_ += ' ';
        }
        if (f_.plusV || f_.sharpV) {
            buf_ += field.name;
            buf_ += ':';
        }
        Value fv{field.type, static_cast<const char*>(v.addr) + field.offset, v.readOnly || !field.exported};
        printValue(fv, verb, depth + 1);
    }
    buf_ += '}';
}

void Printer::printInterface(Value v, int32_t verb, int depth) {
    Iface inner = load<Iface>(v.addr);
    if (inner.isNil()) {
        if (f_.sharpV) {
            buf_ += v.type->name;
            buf_ += kNilParen;
        } else {
            buf_ += kNilAngle;
        }
        return;
    }
    // A direct payload lives in `inner`, a local that outlives the nested call.
    Value elem{inner.type, inner.type->direct ? static_cast<const void*>(&inner.data)
                                              : reinterpret_cast<const void*>(inner.data),
               v.readOnly};
    printValue(elem, verb, depth + 1);
}

void Printer::printList(Value v, const void* data, uint64_t len, bool isNilSlice, int32_t verb, int depth) {
    const TypeDesc* elem = v.type->elem;
    if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && elem->kind == Kind::Uint8) {
        fmtBytes({static_cast<const char*>(data), size_t(len)}, isNilSlice, verb, v.type->name, v);
        return;
    }
    if (f_.sharpV) {
        buf_ += v.type->name;
        if (v.type->kind == Kind::Slice && isNilSlice) {
            buf_ += kNilParen;
            return;
        }
        buf_ += '{';
        for (uint64_t i = 0; i < len; ++i) {
            if (i > 0) buf_ += ", ";
            printValue(Value{elem, static_cast<const char*>(data) + i * elem->size, v.readOnly}, verb, depth + 1);
        }
        buf_ += '}';
        return;
    }
    buf_ += '[';
    for (uint64_t i = 0; i < len; ++i) {
        if (i > 0) buf_ += ' ';
        printValue(Value{elem, static_cast<const char*>(data) + i * elem->size, v.readOnly}, verb, depth + 1);
    }
    buf_ += ']';
}

// ---- print.go: doPrint, doPrintln, doPrintf ----

void Printer::doPrint(const Iface* args, size_t count) {
    bool prevString = false;
    for (size_t i = 0; i < count; ++i) {
        bool isString = !args[i].isNil() && args[i].type->kind == Kind::String;
        if (i > 0 && !isString && !prevString) buf_ += ' ';
        printArg(args[i], 'v');
        prevString = isString;
    }
}

void Printer::doPrintln(const Iface* args, size_t count) {
    for (size_t i = 0; i < count; ++i) {
        if (i > 0) buf_ += ' ';
        printArg(args[i], 'v');
    }
    buf_ += '\n';
}

bool tooLarge(int64_t x) { return x > 1000000 || x < -1000000; }

// fmt.parsenum: a decimal number at format[i:end]; i advances past it.
bool parseNum(std::string_view format, size_t& i, size_t end, int& num) {
    num = 0;
    if (i >= end) return false;
    bool isNum = false;
    for (; i < end && format[i] >= '0' && format[i] <= '9'; ++i) {
        if (tooLarge(num)) {
            num = 0;
            i = end;
            return false;  // overflow; crazy long number most likely
        }
        num = num * 10 + (format[i] - '0');
        isNum = true;
    }
    return isNum;
}

// fmt.parseArgNumber over format (starting at '['): the zero-based index and
// the bytes consumed.
bool parseArgNumber(std::string_view format, int& index, size_t& wid) {
    if (format.size() < 3) {
        index = 0;
        wid = 1;
        return false;
    }
    for (size_t i = 1; i < format.size(); ++i) {
        if (format[i] == ']') {
            size_t j = 1;
            int width = 0;
            bool ok = parseNum(format, j, i, width);
            if (!ok || j != i) {
                index = 0;
                wid = i + 1;
                return false;
            }
            index = width - 1;
            wid = i + 1;
            return true;
        }
    }
    index = 0;
    wid = 1;
    return false;
}

// pp.argNumber: returns `found` (Go's third result); updates argNum and i.
bool Printer::argNumber(int& argNum, std::string_view format, size_t& i, size_t numArgs) {
    if (format.size() <= i || format[i] != '[') return false;
    reordered_ = true;
    int index = 0;
    size_t wid = 0;
    bool ok = parseArgNumber(format.substr(i), index, wid);
    i += wid;
    if (ok && 0 <= index && size_t(index) < numArgs) {
        argNum = index;
        return true;
    }
    goodArgNum_ = false;
    return ok;
}

// fmt.intFromArg: the operand at argNum as a width or precision.
bool Printer::intFromArg(const Iface* args, size_t count, int& argNum, int& num) {
    num = 0;
    if (size_t(argNum) >= count) return false;
    Iface a = args[argNum];
    bool isInt = false;
    if (!a.isNil()) {
        const void* p = a.payload();
        if (isSignedKind(a.type->kind)) {
            int64_t n = int64_t(loadInteger(a.type->kind, p));
            num = int(n);
            isInt = int64_t(num) == n;
            if (!isInt) num = 0;
        } else if (isUnsignedKind(a.type->kind)) {
            uint64_t n = loadInteger(a.type->kind, p);
            isInt = int64_t(n) >= 0 && n <= uint64_t(INT32_MAX);
            if (isInt) num = int(n);
        }
    }
    ++argNum;
    if (tooLarge(num)) {
        num = 0;
        isInt = false;
    }
    return isInt;
}

void Printer::doPrintf(std::string_view format, const Iface* args, size_t count) {
    const size_t end = format.size();
    int argNum = 0;
    bool afterIndex = false;
    reordered_ = false;
    size_t i = 0;
    while (i < end) {
        goodArgNum_ = true;
        size_t lasti = i;
        while (i < end && format[i] != '%') ++i;
        if (i > lasti) buf_.append(format.substr(lasti, i - lasti));
        if (i >= end) break;
        ++i;  // skip %
        clearFlags();
        bool printedSimple = false;
        for (; i < end; ++i) {
            char c = format[i];
            if (c == '#') {
                f_.sharp = true;
            } else if (c == '0') {
                f_.zero = !f_.minus;  // only allow zero padding to the left
            } else if (c == '+') {
                f_.plus = true;
            } else if (c == '-') {
                f_.minus = true;
                f_.zero = false;
            } else if (c == ' ') {
                f_.space = true;
            } else {
                // Fast path for the common case of ASCII lower case simple verbs.
                if ('a' <= c && c <= 'z' && size_t(argNum) < count) {
                    if (c == 'v') {
                        f_.sharpV = f_.sharp;
                        f_.sharp = false;
                        f_.plusV = f_.plus;
                        f_.plus = false;
                    }
                    currentArg_ = argNum;
                    printArg(args[argNum], c);
                    ++argNum;
                    ++i;
                    printedSimple = true;
                }
                break;
            }
        }
        if (printedSimple) continue;

        afterIndex = argNumber(argNum, format, i, count);

        if (i < end && format[i] == '*') {
            ++i;
            f_.widPresent = intFromArg(args, count, argNum, f_.wid);
            if (!f_.widPresent) buf_ += kBadWidth;
            if (f_.wid < 0) {
                f_.wid = -f_.wid;
                f_.minus = true;
                f_.zero = false;
            }
            afterIndex = false;
        } else {
            f_.widPresent = parseNum(format, i, end, f_.wid);
            if (afterIndex && f_.widPresent) goodArgNum_ = false;  // "%[3]2d"
        }

        if (i + 1 < end && format[i] == '.') {
            ++i;
            if (afterIndex) goodArgNum_ = false;  // "%[3].2d"
            afterIndex = argNumber(argNum, format, i, count);
            if (i < end && format[i] == '*') {
                ++i;
                f_.precPresent = intFromArg(args, count, argNum, f_.prec);
                if (f_.prec < 0) {
                    f_.prec = 0;
                    f_.precPresent = false;
                }
                if (!f_.precPresent) buf_ += kBadPrec;
                afterIndex = false;
            } else {
                f_.precPresent = parseNum(format, i, end, f_.prec);
                if (!f_.precPresent) {
                    f_.prec = 0;
                    f_.precPresent = true;
                }
            }
        }

        if (!afterIndex) afterIndex = argNumber(argNum, format, i, count);

        if (i >= end) {
            buf_ += kNoVerb;
            break;
        }

        int32_t verb = uint8_t(format[i]);
        int size = 1;
        if (verb >= lib::kRuneSelf) {
            lib::DecodedRune d = decodeRune(format, i);
            verb = d.rune;
            size = d.size;
        }
        i += size_t(size);

        if (verb == '%') {
            buf_ += '%';  // does not absorb operands and ignores width and precision
        } else if (!goodArgNum_) {
            buf_ += kPercentBang;
            writeRune(verb);
            buf_ += kBadIndex;
        } else if (size_t(argNum) >= count) {
            buf_ += kPercentBang;
            writeRune(verb);
            buf_ += kMissing;
        } else {
            if (verb == 'v') {
                f_.sharpV = f_.sharp;
                f_.sharp = false;
                f_.plusV = f_.plus;
                f_.plus = false;
            }
            currentArg_ = argNum;
            printArg(args[argNum], verb);
            ++argNum;
        }
    }

    if (!reordered_ && size_t(argNum) < count) {
        clearFlags();
        buf_ += kExtra;
        for (size_t k = size_t(argNum); k < count; ++k) {
            if (k > size_t(argNum)) buf_ += ", ";
            if (args[k].isNil()) {
                buf_ += kNilAngle;
            } else {
                buf_ += args[k].type->name;
                buf_ += '=';
                printArg(args[k], 'v');
            }
        }
        buf_ += ')';
    }
}

}  // namespace

void fmtSprint(NativeContext& ctx, std::string& out, const Iface* args, size_t count) {
    Printer(ctx, out).doPrint(args, count);
}

void fmtSprintln(NativeContext& ctx, std::string& out, const Iface* args, size_t count) {
    Printer(ctx, out).doPrintln(args, count);
}

void fmtSprintf(NativeContext& ctx, std::string& out, std::string_view format, const Iface* args, size_t count) {
    Printer(ctx, out).doPrintf(format, args, count);
}

int64_t fmtErrorf(NativeContext& ctx, std::string& out, std::string_view format, const Iface* args, size_t count) {
    Printer p(ctx, out);
    p.wrapErrs = true;
    p.doPrintf(format, args, count);
    return p.wrappedIndex;
}

}  // namespace govm::rt
