// Exact values for Go constants, as the type checker folds them.
//
// Go's untyped constants are mathematical values: `1 << 100 >> 98` is 4 and
// `1.0 / 3 * 3 == 1` is true, so folding them in int64 or double would give
// wrong answers and wrong diagnostics. This library follows the model of Go's
// go/constant package (the checker's reference) so that govm folds, converts
// and prints constants exactly the way gc does.
//
// A Constant is an immutable value of kind Unknown, Bool, String, Int or Float
// (govm rejects complex numbers, so there is no Complex kind). Unknown stands
// for a value that is already known to be in error; operations on it yield
// Unknown again so that one mistake produces one diagnostic.
//
// Ints are arbitrary precision. Values that fit in int64 live inline; larger
// ones are GMP integers behind a shared, immutable handle, which keeps copies
// cheap and gmp.h out of this header.
//
// Floats have two representations, chosen like go/constant chooses them:
// - an exact GMP rational while numerator and denominator both stay below
//   kMaxRatBits bits. Nearly every constant in real programs is one, which is
//   why `0.1 + 0.2 == 0.3` holds for untyped constants;
// - otherwise a binary floating-point number with a kFloatPrecision-bit
//   mantissa and a 32-bit exponent (the same range as Go's big.Float), rounded
//   to nearest-even after every operation. Once a value has become such a
//   float it stays one, because going back to a fraction would pretend an
//   exactness that is no longer there. This is implemented in the .cpp on
//   top of GMP integers rather than with mpf, whose rounding is not
//   specified, so results are reproducible bit for bit.
// A float whose exponent leaves the 32-bit range is not representable at all
// (go/constant turns such infinities into Unknown).
//
// Operators follow the spec for untyped operands: `/` truncates when both
// operands are Ints and is exact otherwise, so the checker converts with
// toFloat() first when an integer-valued operand has a float type; `^x` is
// -x-1 unless the caller passes the width of an unsigned type; shift counts
// above kMaxShiftCount are refused rather than allocated. Where go/constant
// 1.19 itself is wrong (it wraps -9223372036854775808 / -1 around in int64),
// this library keeps the exact value the spec asks for.
//
// Errors are returned, never thrown, and map one-to-one onto gc's messages;
// constantErrorMessage() gives the text where gc's wording is fixed. Whether a
// value fits a concrete Go type is a separate question answered by
// representAs(), which classifies failures as "overflows" or "truncated" the
// way gc's "cannot use ... (overflows)" and "... truncated to int" messages do.
//
// Constants hold no global mutable state; distinct threads may freely create
// and combine them, and may share them since they are never mutated.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace govm {

enum class ConstantKind : uint8_t {
    Unknown,
    Bool,
    String,
    Int,
    Float,
};

enum class ConstantError : uint8_t {
    None,
    Malformed,               // literal text is not a valid Go literal
    LiteralTooLong,          // numeric literal longer than kMaxLiteralLength
    InvalidOperation,        // operator not defined on these operand kinds
    DivisionByZero,          // x / 0 or x % 0
    NegativeShiftCount,      // x << -1
    InvalidShiftCount,       // count not an integer or larger than kMaxShiftCount
    ShiftOperandNotInteger,  // 1.5 << 2
    NotRepresentable,        // float exponent overflowed, or an Int exceeded kMaxIntBits
};

enum class ConstantOp : uint8_t {
    Add,
    Sub,
    Mul,
    Quo,  // truncating when both operands are Int, exact otherwise
    Rem,
    And,
    Or,
    Xor,
    AndNot,
    Shl,
    Shr,
    LogicalAnd,
    LogicalOr,
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
};

enum class ConstantUnaryOp : uint8_t {
    Plus,
    Minus,
    Complement,  // ^x
    Not,         // !x
};

// The Go basic types a constant can be converted to. int, uint and uintptr
// are 64 bits wide in govm.
enum class ConstantType : uint8_t {
    Bool,
    String,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    UntypedBool,
    UntypedString,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
};

enum class Representability : uint8_t {
    Ok,
    Overflows,  // "(overflows)" / "constant 300 overflows byte"
    Truncated,  // a Float that is not integral or does not fit an integer type
    Mismatch,   // wrong category altogether, e.g. a string as an int
};

// Bound on the shift count of constant shifts; gc uses the same value
// (1023 - 1 + 52) so that the smallest float64 denormal can be written.
inline constexpr uint64_t kMaxShiftCount = 1074;
// Untyped integer results wider than this are "constant ... overflow" in gc.
// The checker enforces it (see exceedsUntypedIntPrecision) because typed
// results must still carry their value into the "overflows" message.
inline constexpr size_t kUntypedIntBits = 512;
// Mantissa precision of non-rational floats, as in go/constant.
inline constexpr size_t kFloatPrecision = 512;
// Fractions whose numerator or denominator reach this size become floats.
inline constexpr size_t kMaxRatBits = 4096;
// gc refuses numeric literals longer than this ("excessively long constant").
inline constexpr size_t kMaxLiteralLength = 10000;
// Defensive cap on Int results. A checker that enforces kUntypedIntBits never
// reaches it; it only keeps a runaway caller from allocating huge numbers.
inline constexpr size_t kMaxIntBits = 65536;

// gc's wording for errors whose text does not depend on the operands, or
// nullptr where the checker must compose the message itself.
const char* constantErrorMessage(ConstantError error);

template <typename T>
struct ExactValue {
    T value{};
    bool exact = false;
};

struct ConstantResult;
struct Representation;

class Constant {
public:
    Constant() = default;  // Unknown

    static Constant unknown();
    static Constant fromBool(bool value);
    static Constant fromString(std::string value);
    static Constant fromInt64(int64_t value);
    static Constant fromUint64(uint64_t value);
    // Exact value of a finite double (-0 becomes 0); NaN and infinities are Unknown.
    static Constant fromDouble(double value);

    // Literal text exactly as the lexer produced it, including prefixes,
    // underscores and quotes. Rune literals yield Int constants.
    static ConstantResult fromIntLiteral(std::string_view text);
    static ConstantResult fromFloatLiteral(std::string_view text);
    static ConstantResult fromRuneLiteral(std::string_view text);
    static ConstantResult fromStringLiteral(std::string_view text);

    ConstantKind kind() const;
    bool isUnknown() const { return kind() == ConstantKind::Unknown; }
    bool isNumeric() const { return kind() == ConstantKind::Int || kind() == ConstantKind::Float; }

    bool boolValue() const;                  // false unless Bool
    const std::string& stringValue() const;  // empty unless String
    // -1, 0 or 1 for numbers; 1 for Unknown so it never looks like a zero divisor.
    int sign() const;
    // Bits in |x| for Int (0 for 0), else 0.
    size_t bitLen() const;
    bool exceedsUntypedIntPrecision() const { return bitLen() > kUntypedIntBits; }

    // Numeric extraction. exact is false when the value had to be truncated,
    // wrapped or rounded; int/uint results are then unspecified, float results
    // are the nearest value (infinity past the largest finite one).
    ExactValue<int64_t> int64Value() const;
    ExactValue<uint64_t> uint64Value() const;
    ExactValue<double> doubleValue() const;
    ExactValue<float> floatValue() const;

    // Unknown when the value is not an integral number ("truncated").
    Constant toInt() const;
    // Unknown when the value is not a number.
    Constant toFloat() const;

    // Whether the value can be a constant of the given type, and the value it
    // then has: an Int for integer types, the nearest float32/float64 for
    // float types. Unknown is representable by anything.
    Representation representAs(ConstantType type) const;

    // Like go/constant's String: short and possibly approximate (floats with 6
    // significant digits, strings quoted and cut at 72 characters). This is
    // what gc prints in "(untyped float constant 0.333333)".
    std::string toString() const;
    // Exact: fractions as "1/3", big floats in hex ("0x.8p+1"), full strings.
    std::string exactString() const;

    // Unknown operands give an Unknown result without error. complementBits,
    // when non-zero, is the size of the unsigned type ^x is computed in.
    static ConstantResult unaryOp(ConstantUnaryOp op, const Constant& x, unsigned complementBits = 0);
    // All of ConstantOp, including shifts and comparisons (which yield Bool).
    static ConstantResult binaryOp(const Constant& x, ConstantOp op, const Constant& y);
    static ConstantResult shift(const Constant& x, ConstantOp op, const Constant& count);
    // A comparison that is undefined or involves Unknown is false.
    static bool compare(const Constant& x, ConstantOp op, const Constant& y);

    // Defined in the .cpp; public only so its helpers there can name it.
    struct Impl;

private:
    enum class Rep : uint8_t {
        Unknown,
        Bool,
        SmallInt,
        BigInt,
        Rat,
        BigFloat,
        String,
    };

    Constant(Rep rep, int64_t small, std::shared_ptr<const Impl> impl);

    Rep rep = Rep::Unknown;
    int64_t small = 0;  // SmallInt value, or 0/1 for Bool
    std::shared_ptr<const Impl> impl;

    friend struct ConstantAccess;
};

struct ConstantResult {
    Constant value;
    ConstantError error = ConstantError::None;

    bool ok() const { return error == ConstantError::None; }
};

struct Representation {
    Representability status = Representability::Ok;
    Constant rounded;  // meaningful only when status is Ok

    bool ok() const { return status == Representability::Ok; }
};

}  // namespace govm
