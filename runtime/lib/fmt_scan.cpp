// A port of Go 1.19's fmt/scan.go (see fmt_scan.hpp). Function names follow
// scan.go's so the two can be read side by side; Go's scanError panics are
// ScanFailure exceptions, caught where doScan's errorHandler recovers them.
#include "runtime/lib/fmt_scan.hpp"

#include <cmath>
#include <cstring>

#include "runtime/go_size_class.hpp"
#include "runtime/lib/support.hpp"
#include "runtime/strconv.hpp"

namespace govm::rt::lib {
namespace {

constexpr int32_t kEof = -1;
constexpr int64_t kHugeWid = int64_t(1) << 30;

constexpr std::string_view kBinaryDigits = "01";
constexpr std::string_view kOctalDigits = "01234567";
constexpr std::string_view kDecimalDigits = "0123456789";
constexpr std::string_view kHexadecimalDigits = "0123456789aAbBcCdDeEfF";
constexpr std::string_view kBinaryDigitsU = "01_";
constexpr std::string_view kOctalDigitsU = "01234567_";
constexpr std::string_view kDecimalDigitsU = "0123456789_";
constexpr std::string_view kHexadecimalDigitsU = "0123456789aAbBcCdDeEfF_";
constexpr std::string_view kSign = "+-";
constexpr std::string_view kFloatVerbs = "beEfFgGv";

struct ScanFailure {
    ScanCode code;
    std::string text;
    std::string num;
    Iface value{};
};

[[noreturn]] void fail(ScanCode code, std::string text = {}, std::string num = {}) {
    throw ScanFailure{code, std::move(text), std::move(num)};
}

// A reader's error, or the value its method panicked with.
[[noreturn]] void failValue(ScanCode code, Iface value) { throw ScanFailure{code, {}, {}, value}; }

[[noreturn]] void failText(std::string text) { fail(ScanCode::Text, std::move(text)); }

// The *strconv.NumError a failed parse returns.
[[noreturn]] void failParse(ParseStatus status, std::string func, std::string num) {
    fail(status == ParseStatus::Range ? ScanCode::NumRange : ScanCode::NumSyntax, std::move(func), std::move(num));
}

bool isSpace(int32_t r) {
    static constexpr uint16_t kSpace[][2] = {
        {0x0009, 0x000d}, {0x0020, 0x0020}, {0x0085, 0x0085}, {0x00a0, 0x00a0}, {0x1680, 0x1680},
        {0x2000, 0x200a}, {0x2028, 0x2029}, {0x202f, 0x202f}, {0x205f, 0x205f}, {0x3000, 0x3000},
    };
    if (r < 0 || r >= 1 << 16) return false;
    for (const auto& range : kSpace) {
        if (r < range[0]) return false;
        if (r <= range[1]) return true;
    }
    return false;
}

// indexRune(ok, r) >= 0 for the ASCII sets scan.go passes.
bool inSet(std::string_view ok, int32_t r) { return r >= 0 && r < kRuneSelf && ok.find(char(r)) != ok.npos; }

std::string runeText(int32_t r) {
    std::string s;
    appendRune(s, r);
    return s;
}

// The bytes a scan reads, one at a time, as Go's readRune asks an io.Reader.
class ByteSource {
public:
    virtual ~ByteSource() = default;
    virtual bool next(uint8_t& b) = 0;  // false at the end
};

class TextBytes final : public ByteSource {
public:
    explicit TextBytes(std::string_view text) : text_(text) {}
    bool next(uint8_t& b) override {
        if (pos_ >= text_.size()) return false;
        b = uint8_t(text_[pos_++]);
        return true;
    }

private:
    std::string_view text_;
    size_t pos_ = 0;
};

class StdinBytes final : public ByteSource {
public:
    explicit StdinBytes(NativeContext& ctx) : ctx_(ctx) {}
    bool next(uint8_t& b) override {
        char c = 0;
        if (ctx_.readInput(&c, 1) != 1) return false;
        b = uint8_t(c);
        return true;
    }

private:
    NativeContext& ctx_;
};

// The operand io.Reader. Its methods run as Go code; a panic in one ends
// the scan and fmt.go raises it again, as scan.go's errorHandler does.
class ReaderMethods {
public:
    ReaderMethods(NativeContext& ctx, const ScanInput& input) : ctx_(ctx), input_(input) {}

    bool isRuneScanner() const {
        return hasMethod("ReadRune", kReadRune) && hasMethod("UnreadRune", kUnreadRune);
    }

    // io.ReadFull(r, buf[:1]): reads again after (0, nil).
    bool readByte(uint8_t& b) {
        for (;;) {
            Slot in[3] = {{.p = input_.buffer.data}, {.i = 1}, {.i = 1}};
            Slot out[3] = {};
            call("Read", "func([]uint8) (int, error)", in, 3, out, 3);
            if (out[0].i >= 1) {
                b = *static_cast<const uint8_t*>(input_.buffer.data);
                return true;
            }
            if (!endOrError(out[1], out[2])) continue;
            return false;
        }
    }

    bool readRune(int32_t& r) {
        Slot out[4] = {};
        call("ReadRune", kReadRune, nullptr, 0, out, 4);
        r = int32_t(out[0].i);
        return !endOrError(out[2], out[3]);
    }

    void unreadRune() {
        Slot out[2] = {};
        call("UnreadRune", kUnreadRune, nullptr, 0, out, 2);
    }

private:
    static constexpr std::string_view kReadRune = "func() (int32, int, error)";
    static constexpr std::string_view kUnreadRune = "func() error";

    bool hasMethod(std::string_view name, std::string_view signature) const {
        const MethodDesc* m = findMethod(input_.reader.type, name);
        return m && m->signature == signature;
    }

    void call(std::string_view name, std::string_view signature, const Slot* in, int inSlots, Slot* out, int outSlots) {
        Iface recovered{};
        if (ctx_.callMethodRecover(input_.reader, name, signature, in, inSlots, out, outSlots, recovered) ==
            NativeContext::MethodCall::Panicked)
            failValue(ScanCode::Panicked, recovered);
    }

    // A method's error result: false for nil, true for io.EOF; any other
    // error ends the scan, as ss.getRune's s.error(err) does.
    bool endOrError(Slot type, Slot data) const {
        Iface err{static_cast<const TypeDesc*>(type.p), data.u};
        if (!err.type) return false;
        if (err.type == input_.eof.type && err.data == input_.eof.data) return true;
        failValue(ScanCode::ReadError, err);
    }

    NativeContext& ctx_;
    const ScanInput& input_;
};

class ReaderBytes final : public ByteSource {
public:
    explicit ReaderBytes(ReaderMethods& reader) : reader_(reader) {}
    bool next(uint8_t& b) override { return reader_.readByte(b); }

private:
    ReaderMethods& reader_;
};

// Runes with one of pushback: ss's view of its io.RuneScanner.
class RuneSource {
public:
    virtual ~RuneSource() = default;
    virtual bool readRune(int32_t& r) = 0;  // false at the end
    virtual void unreadRune() = 0;
};

// An io.RuneScanner operand: UnreadRune gives the rune back to it.
class ReaderRunes final : public RuneSource {
public:
    explicit ReaderRunes(ReaderMethods& reader) : reader_(reader) {}
    bool readRune(int32_t& r) override { return reader_.readRune(r); }
    void unreadRune() override { reader_.unreadRune(); }

private:
    ReaderMethods& reader_;
};

// scan.go's readRune: decodes runes byte by byte and remembers one for
// UnreadRune; bytes of an invalid sequence after its first are read again.
class RuneReader final : public RuneSource {
public:
    explicit RuneReader(ByteSource& source) : source_(source) {}

    bool readRune(int32_t& r) override {
        if (peekRune_ >= 0) {
            r = peekRune_;
            peekRune_ = ~peekRune_;
            return true;
        }
        char buf[4];
        uint8_t b = 0;
        if (!readByte(b)) return false;
        buf[0] = char(b);
        size_t n = 1;
        if (b >= kRuneSelf) {
            for (; !fullRune({buf, n}); ++n) {
                if (!readByte(b)) break;
                buf[n] = char(b);
            }
        }
        DecodedRune d = decodeRune({buf, n});
        for (size_t i = size_t(d.size); i < n; ++i) pending_[pendingCount_++] = uint8_t(buf[i]);
        r = d.rune;
        peekRune_ = ~r;
        return true;
    }

    void unreadRune() override {
        if (peekRune_ < 0) peekRune_ = ~peekRune_;
    }

private:
    bool readByte(uint8_t& b) {
        if (pendingCount_ == 0) return source_.next(b);
        b = pending_[0];
        std::memmove(pending_, pending_ + 1, size_t(--pendingCount_));
        return true;
    }

    ByteSource& source_;
    uint8_t pending_[4] = {};
    int pendingCount_ = 0;
    int32_t peekRune_ = -1;  // >= 0: the next rune; < 0: ^(the previous rune)
};

// Where a scanned value goes: the pointee of a pointer operand.
struct Target {
    const TypeDesc* pointer;
    void* address;
};

// scan.go's ss.
class ScanState {
public:
    ScanState(NativeContext& ctx, RuneSource& rs, ScanMode mode)
        : ctx_(ctx), rs_(rs), nlIsSpace_(mode == ScanMode::Space), nlIsEnd_(mode == ScanMode::Line) {}

    void doScan(const Iface* args, size_t count, int64_t& numProcessed) {
        for (size_t i = 0; i < count; ++i) {
            scanOne('v', args[i]);
            ++numProcessed;
        }
        if (nlIsEnd_) {
            for (;;) {
                int32_t r = getRune();
                if (r == '\n' || r == kEof) break;
                if (!isSpace(r)) failText("expected newline");
            }
        }
    }

    void doScanf(std::string_view format, const Iface* args, size_t count, int64_t& numProcessed) {
        int64_t end = int64_t(format.size()) - 1;
        for (int64_t i = 0; i <= end;) {
            int64_t w = advance(format.substr(size_t(i)));
            if (w > 0) {
                i += w;
                continue;
            }
            if (format[size_t(i)] != '%') {
                if (w < 0) failText("input does not match format");
                break;
            }
            ++i;
            bool widPresent = false;
            maxWid_ = parsenum(format, i, end, widPresent);
            if (!widPresent) maxWid_ = kHugeWid;
            DecodedRune c = decodeRune(format, size_t(i));
            i += c.size;
            if (c.rune != 'c') skipSpace();
            if (c.rune == '%') {
                scanPercent();
                continue;
            }
            argLimit_ = limit_;
            if (int64_t f = count_ + maxWid_; f < argLimit_) argLimit_ = f;
            if (size_t(numProcessed) >= count)
                failText("too few operands for format '%" + std::string(format.substr(size_t(i - c.size))) + "'");
            scanOne(c.rune, args[numProcessed]);
            ++numProcessed;
            argLimit_ = limit_;
        }
        if (size_t(numProcessed) < count) failText("too many operands");
    }

private:
    // ---- reading runes

    int32_t getRune() {
        if (atEOF_ || count_ >= argLimit_) return kEof;
        int32_t r = 0;
        if (!rs_.readRune(r)) {
            atEOF_ = true;
            return kEof;
        }
        ++count_;
        if (nlIsEnd_ && r == '\n') atEOF_ = true;
        return r;
    }

    int32_t mustReadRune() {
        int32_t r = getRune();
        if (r == kEof) fail(ScanCode::UnexpectedEof);
        return r;
    }

    void unreadRune() {
        rs_.unreadRune();
        atEOF_ = false;
        --count_;
    }

    void skipSpace() {
        for (;;) {
            int32_t r = getRune();
            if (r == kEof) return;
            if (r == '\r' && peek("\n")) continue;
            if (r == '\n') {
                if (nlIsSpace_) continue;
                failText("unexpected newline");
            }
            if (!isSpace(r)) {
                unreadRune();
                return;
            }
        }
    }

    // The next word (runes up to a space) after optional spaces.
    void token(bool skip) {
        if (skip) skipSpace();
        for (;;) {
            int32_t r = getRune();
            if (r == kEof) return;
            if (isSpace(r)) {
                unreadRune();
                return;
            }
            appendRune(buf_, r);
        }
    }

    bool consume(std::string_view ok, bool accept) {
        int32_t r = getRune();
        if (r == kEof) return false;
        if (inSet(ok, r)) {
            if (accept) appendRune(buf_, r);
            return true;
        }
        if (accept) unreadRune();
        return false;
    }

    bool peek(std::string_view ok) {
        int32_t r = getRune();
        if (r != kEof) unreadRune();
        return inSet(ok, r);
    }

    // Go panics with io.EOF itself here: the scan ends with err == io.EOF.
    void notEOF() {
        if (getRune() == kEof) fail(ScanCode::Eof);
        unreadRune();
    }

    bool accept(std::string_view ok) { return consume(ok, true); }

    void okVerb(int32_t verb, std::string_view okVerbs, std::string_view type) {
        if (!inSet(okVerbs, verb)) failText("bad verb '%" + runeText(verb) + "' for " + std::string(type));
    }

    // ---- values

    bool scanBool(int32_t verb) {
        skipSpace();
        notEOF();
        okVerb(verb, "tv", "boolean");
        switch (getRune()) {
            case '0': return false;
            case '1': return true;
            case 't':
            case 'T':
                if (accept("rR") && (!accept("uU") || !accept("eE"))) failText("syntax error scanning boolean");
                return true;
            case 'f':
            case 'F':
                if (accept("aA") && (!accept("lL") || !accept("sS") || !accept("eE")))
                    failText("syntax error scanning boolean");
                return false;
            default: return false;
        }
    }

    std::string_view getBase(int32_t verb, int& base) {
        okVerb(verb, "bdoUxXv", "integer");
        base = 10;
        switch (verb) {
            case 'b': base = 2; return kBinaryDigits;
            case 'o': base = 8; return kOctalDigits;
            case 'x':
            case 'X':
            case 'U': base = 16; return kHexadecimalDigits;
            default: return kDecimalDigits;
        }
    }

    const std::string& scanNumber(std::string_view digits, bool haveDigits) {
        if (!haveDigits) {
            notEOF();
            if (!accept(digits)) failText("expected integer");
        }
        while (accept(digits)) {
        }
        return buf_;
    }

    int64_t scanRune(int bitSize) {
        notEOF();
        int32_t r = getRune();
        unsigned shift = unsigned(64 - bitSize);
        if (int64_t(uint64_t(int64_t(r)) << shift) >> shift != int64_t(r))
            failText("overflow on character value " + runeText(r));
        return r;
    }

    // For %v: a 0b, 0o or 0x prefix (or a leading 0) picks the digits; base 0
    // lets ParseInt read the prefix from the token.
    std::string_view scanBasePrefix(int& base, bool& zeroFound) {
        base = 0;
        zeroFound = peek("0");
        if (!zeroFound) return kDecimalDigitsU;
        accept("0");
        if (peek("bB")) {
            consume("bB", true);
            return kBinaryDigitsU;
        }
        if (peek("oO")) {
            consume("oO", true);
            return kOctalDigitsU;
        }
        if (peek("xX")) {
            consume("xX", true);
            return kHexadecimalDigitsU;
        }
        return kOctalDigitsU;
    }

    // The token of an integer verb: its base and digits; 'U' wants "U+".
    std::string numberToken(int32_t verb, bool isSigned, int& base) {
        skipSpace();
        notEOF();
        std::string_view digits = getBase(verb, base);
        bool haveDigits = false;
        if (verb == 'U') {
            if (!consume("U", false) || !consume("+", false)) failText("bad unicode format ");
        } else {
            if (isSigned) accept(kSign);
            if (verb == 'v') digits = scanBasePrefix(base, haveDigits);
        }
        return scanNumber(digits, haveDigits);
    }

    int64_t scanInt(int32_t verb, int bitSize) {
        if (verb == 'c') return scanRune(bitSize);
        int base = 10;
        std::string tok = numberToken(verb, true, base);
        int64_t i = 0;
        if (ParseStatus st = parseInt(tok, base, 64, i); st != ParseStatus::Ok) failParse(st, "ParseInt", tok);
        unsigned shift = unsigned(64 - bitSize);
        if (int64_t(uint64_t(i) << shift) >> shift != i) failText("integer overflow on token " + tok);
        return i;
    }

    uint64_t scanUint(int32_t verb, int bitSize) {
        if (verb == 'c') return uint64_t(scanRune(bitSize));
        int base = 10;
        std::string tok = numberToken(verb, false, base);
        uint64_t u = 0;
        if (ParseStatus st = parseUint(tok, base, 64, u); st != ParseStatus::Ok) failParse(st, "ParseUint", tok);
        unsigned shift = unsigned(64 - bitSize);
        if ((u << shift) >> shift != u) failText("unsigned integer overflow on token " + tok);
        return u;
    }

    std::string floatToken() {
        buf_.clear();
        if (accept("nN") && accept("aA") && accept("nN")) return buf_;
        accept(kSign);
        if (accept("iI") && accept("nN") && accept("fF")) return buf_;
        std::string_view digits = kDecimalDigitsU;
        std::string_view exp = "eEpP";
        if (accept("0") && accept("xX")) {
            digits = kHexadecimalDigitsU;
            exp = "pP";
        }
        while (accept(digits)) {
        }
        if (accept(".")) {
            while (accept(digits)) {
            }
        }
        if (accept(exp)) {
            accept(kSign);
            while (accept(kDecimalDigitsU)) {
            }
        }
        return buf_;
    }

    // A decimal mantissa with a binary exponent ("1.5p3") is Go's own
    // extension; a NumError about either part names the whole token.
    static double convertFloat(const std::string& str, int bitSize) {
        size_t p = str.find('p');
        double f = 0;
        if (p != str.npos && str.find_first_of("xX") == str.npos) {
            if (ParseStatus st = parseFloat(std::string_view(str).substr(0, p), bitSize, f); st != ParseStatus::Ok)
                failParse(st, "ParseFloat", str);
            int64_t m = 0;
            if (ParseStatus st = atoi(std::string_view(str).substr(p + 1), m); st != ParseStatus::Ok)
                failParse(st, "Atoi", str);
            return std::ldexp(f, int(m < -100000 ? -100000 : m > 100000 ? 100000 : m));
        }
        if (ParseStatus st = parseFloat(str, bitSize, f); st != ParseStatus::Ok) failParse(st, "ParseFloat", str);
        return f;
    }

    double scanFloat(int bitSize) {
        skipSpace();
        notEOF();
        return convertFloat(floatToken(), bitSize);
    }

    std::string convertString(int32_t verb) {
        okVerb(verb, "svqxX", "string");
        skipSpace();
        notEOF();
        switch (verb) {
            case 'q': return quotedString();
            case 'x':
            case 'X': return hexString();
            default: token(true); return buf_;
        }
    }

    std::string quotedString() {
        notEOF();
        int32_t quote = getRune();
        if (quote == '`') {
            for (int32_t r = mustReadRune(); r != quote; r = mustReadRune()) appendRune(buf_, r);
            return buf_;
        }
        if (quote != '"') failText("expected quoted string");
        buf_ += '"';
        for (;;) {
            int32_t r = mustReadRune();
            appendRune(buf_, r);
            if (r == '\\') appendRune(buf_, mustReadRune());
            else if (r == '"') break;
        }
        std::string result;
        if (!unquote(buf_, result)) fail(ScanCode::ErrSyntax);
        return result;
    }

    static int hexDigit(int32_t d) {
        if (d >= '0' && d <= '9') return d - '0';
        if (d >= 'a' && d <= 'f') return 10 + d - 'a';
        if (d >= 'A' && d <= 'F') return 10 + d - 'A';
        return -1;
    }

    bool hexByte(uint8_t& b) {
        int32_t rune1 = getRune();
        if (rune1 == kEof) return false;
        int value1 = hexDigit(rune1);
        if (value1 < 0) {
            unreadRune();
            return false;
        }
        int value2 = hexDigit(mustReadRune());
        if (value2 < 0) failText("illegal hex digit");
        b = uint8_t(value1 << 4 | value2);
        return true;
    }

    std::string hexString() {
        notEOF();
        for (uint8_t b = 0; hexByte(b);) buf_ += char(b);
        if (buf_.empty()) failText("no hex data for %x string");
        return buf_;
    }

    void scanPercent() {
        skipSpace();
        notEOF();
        if (!accept("%")) failText("missing literal %");
    }

    // ---- operands

    void scanOne(int32_t verb, Iface arg) {
        buf_.clear();
        if (!arg.type) fail(ScanCode::NilOperand);
        if (arg.type->kind != Kind::Pointer) failText("type not a pointer: " + std::string(arg.type->name));
        Target target{arg.type, reinterpret_cast<void*>(arg.data)};
        const TypeDesc* elem = arg.type->elem;
        int bits = int(elem->size * 8);
        switch (elem->kind) {
            case Kind::Bool: store(target, uint64_t(scanBool(verb))); break;
            case Kind::Int:
            case Kind::Int8:
            case Kind::Int16:
            case Kind::Int32:
            case Kind::Int64: store(target, uint64_t(scanInt(verb, bits))); break;
            case Kind::Uint:
            case Kind::Uint8:
            case Kind::Uint16:
            case Kind::Uint32:
            case Kind::Uint64:
            case Kind::Uintptr: store(target, scanUint(verb, bits)); break;
            case Kind::Float32:
            case Kind::Float64: storeFloat(target, scanFloatOperand(verb, elem)); break;
            case Kind::String: storeString(target, convertString(verb)); break;
            case Kind::Slice:
                if (elem->elem->kind != Kind::Uint8) failText("can't scan type: " + std::string(arg.type->name));
                storeBytes(target, convertString(verb), elem->isNamed);
                break;
            default: failText("can't scan type: " + std::string(arg.type->name));
        }
    }

    // *float32 and *float64 check the verb; other float types go through
    // Go's reflection fallback, which does not.
    double scanFloatOperand(int32_t verb, const TypeDesc* elem) {
        if (!elem->isNamed) okVerb(verb, kFloatVerbs, elem->name);
        return scanFloat(int(elem->size * 8));
    }

    void* checked(const Target& t) {
        if (!t.address) ctx_.panicRuntimeError("invalid memory address or nil pointer dereference");
        return t.address;
    }

    void store(const Target& t, uint64_t bits) { std::memcpy(checked(t), &bits, size_t(t.pointer->elem->size)); }

    void storeFloat(const Target& t, double v) {
        if (t.pointer->elem->kind == Kind::Float64) {
            std::memcpy(checked(t), &v, sizeof v);
            return;
        }
        float f = float(v);
        std::memcpy(checked(t), &f, sizeof f);
    }

    void storeString(const Target& t, const std::string& s) {
        void* to = checked(t);
        String str = makeString(ctx_, s);
        std::memcpy(to, &str, sizeof str);
    }

    // A *[]byte gets Go's []byte(str), whose capacity is a whole size class;
    // other byte slice types get reflect.MakeSlice's exact one.
    void storeBytes(const Target& t, const std::string& s, bool exactCap) {
        void* to = checked(t);
        int64_t cap = exactCap ? int64_t(s.size()) : int64_t(roundUpSize(s.size()));
        Slice bytes{nullptr, int64_t(s.size()), cap};
        if (cap > 0) {
            bytes.data = ctx_.allocate(t.pointer->elem->elem, uint64_t(cap));
            std::memcpy(bytes.data, s.data(), s.size());
        }
        std::memcpy(to, &bytes, sizeof bytes);
    }

    // ---- Scanf's format

    // print.go's parsenum: a width of at most 1e6, read up to `end`.
    static int64_t parsenum(std::string_view s, int64_t& i, int64_t end, bool& isnum) {
        int64_t num = 0;
        isnum = false;
        if (i >= end) {
            i = end;
            return 0;
        }
        for (; i < end && s[size_t(i)] >= '0' && s[size_t(i)] <= '9'; ++i) {
            if (num > 1000000 || num < -1000000) {
                isnum = false;
                i = end;
                return 0;
            }
            num = num * 10 + (s[size_t(i)] - '0');
            isnum = true;
        }
        return num;
    }

    // Spaces of the format: each newline must meet a newline (or EOF) of the
    // input; other spaces match any run of non-newline spaces.
    void matchFormatSpace(std::string_view format, int64_t& i) {
        int newlines = 0;
        bool trailingSpace = false;
        DecodedRune fmtc = decodeRune(format, size_t(i));
        while (isSpace(fmtc.rune) && i < int64_t(format.size())) {
            if (fmtc.rune == '\n') {
                ++newlines;
                trailingSpace = false;
            } else {
                trailingSpace = true;
            }
            i += fmtc.size;
            fmtc = decodeRune(format, size_t(i));
        }
        for (int j = 0; j < newlines; ++j) {
            int32_t inputc = getRune();
            while (isSpace(inputc) && inputc != '\n') inputc = getRune();
            if (inputc != '\n' && inputc != kEof) failText("newline in format does not match input");
        }
        if (!trailingSpace) return;
        int32_t inputc = getRune();
        if (newlines == 0) {
            if (!isSpace(inputc) && inputc != kEof) failText("expected space in input to match format");
            if (inputc == '\n') failText("newline in input does not match format");
        }
        while (isSpace(inputc) && inputc != '\n') inputc = getRune();
        if (inputc != kEof) unreadRune();
    }

    // The literal text of the format up to its next verb, matched against
    // the input: how many bytes matched, or -1 on a mismatch.
    int64_t advance(std::string_view format) {
        int64_t i = 0;
        while (i < int64_t(format.size())) {
            DecodedRune fmtc = decodeRune(format, size_t(i));
            if (isSpace(fmtc.rune)) {
                matchFormatSpace(format, i);
                continue;
            }
            if (fmtc.rune == '%') {
                if (i + fmtc.size == int64_t(format.size())) failText("missing verb: % at end of format string");
                if (decodeRune(format, size_t(i + fmtc.size)).rune != '%') return i;
                i += fmtc.size;
            }
            int32_t inputc = mustReadRune();
            if (fmtc.rune != inputc) {
                unreadRune();
                return -1;
            }
            i += fmtc.size;
        }
        return i;
    }

    NativeContext& ctx_;
    RuneSource& rs_;
    std::string buf_;
    int64_t count_ = 0;
    bool atEOF_ = false;
    bool nlIsSpace_;
    bool nlIsEnd_;
    int64_t argLimit_ = kHugeWid;
    int64_t limit_ = kHugeWid;
    int64_t maxWid_ = kHugeWid;
};

}  // namespace

namespace {

// The whole scan, once its runes have a source.
ScanResult runScan(NativeContext& ctx, RuneSource& runes, ScanMode mode, std::string_view format, const Iface* args,
                   size_t count) {
    ScanState scanner(ctx, runes, mode);
    ScanResult result;
    try {
        if (mode == ScanMode::Format) scanner.doScanf(format, args, count, result.count);
        else scanner.doScan(args, count, result.count);
    } catch (ScanFailure& failure) {
        result.code = failure.code;
        result.text = std::move(failure.text);
        result.num = std::move(failure.num);
        result.value = failure.value;
    }
    return result;
}

}  // namespace

ScanResult scanValues(NativeContext& ctx, const ScanInput& input, ScanMode mode, std::string_view format,
                      const Iface* args, size_t count) {
    if (input.reader.type) {
        ReaderMethods reader(ctx, input);
        if (reader.isRuneScanner()) {
            ReaderRunes runes(reader);
            return runScan(ctx, runes, mode, format, args, count);
        }
        ReaderBytes bytes(reader);
        RuneReader runes(bytes);
        return runScan(ctx, runes, mode, format, args, count);
    }
    StdinBytes stdinBytes(ctx);
    TextBytes textBytes(input.text);
    RuneReader runes(input.fromStdin ? static_cast<ByteSource&>(stdinBytes) : textBytes);
    return runScan(ctx, runes, mode, format, args, count);
}

}  // namespace govm::rt::lib
