// Tests for the exact constant library. Every expected value in the tables
// below was produced by the Go 1.19 toolchain (go/types, go/constant and the
// gc compiler), not derived by hand: see the comment on each table.
#include "compiler/constant.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

using namespace govm;
using namespace std::literals;

namespace {

enum class Lit {
    Int,
    Float,
    Rune,
    String,
    Bool,
};

constexpr double kInf = std::numeric_limits<double>::infinity();

ConstantResult parse(Lit kind, std::string_view text) {
    switch (kind) {
        case Lit::Int: return Constant::fromIntLiteral(text);
        case Lit::Float: return Constant::fromFloatLiteral(text);
        case Lit::Rune: return Constant::fromRuneLiteral(text);
        case Lit::String: return Constant::fromStringLiteral(text);
        case Lit::Bool: return {Constant::fromBool(text == "true")};
    }
    return {};
}

// Go has no negative literals; "-x" operands are the literal x negated.
Constant operand(Lit kind, std::string_view text, bool negate) {
    ConstantResult parsed = parse(kind, text);
    REQUIRE(parsed.ok());
    if (!negate) return parsed.value;
    ConstantResult negated = Constant::unaryOp(ConstantUnaryOp::Minus, parsed.value);
    REQUIRE(negated.ok());
    return negated.value;
}

Constant intLit(std::string_view text) { return operand(Lit::Int, text, false); }

Constant floatLit(std::string_view text) { return operand(Lit::Float, text, false); }

Constant apply(const Constant& x, ConstantOp op, const Constant& y) {
    ConstantResult r = Constant::binaryOp(x, op, y);
    REQUIRE(r.ok());
    return r.value;
}

struct LiteralCase {
    Lit kind;
    std::string_view text;
    std::string_view exact;  // ExactString, or the decoded value for strings
    std::string_view shortForm;
    ConstantError error;
};

// go/constant.MakeFromLiteral(text).ExactString() / .String().
const LiteralCase kLiteralCases[] = {
    {Lit::Int, "0"sv, "0"sv, "0"sv, ConstantError::None},
    {Lit::Int, "42"sv, "42"sv, "42"sv, ConstantError::None},
    {Lit::Int, "0x_1F"sv, "31"sv, "31"sv, ConstantError::None},
    {Lit::Int, "0X1f"sv, "31"sv, "31"sv, ConstantError::None},
    {Lit::Int, "0o17"sv, "15"sv, "15"sv, ConstantError::None},
    {Lit::Int, "0O17"sv, "15"sv, "15"sv, ConstantError::None},
    {Lit::Int, "017"sv, "15"sv, "15"sv, ConstantError::None},
    {Lit::Int, "0_17"sv, "15"sv, "15"sv, ConstantError::None},
    {Lit::Int, "0b1010"sv, "10"sv, "10"sv, ConstantError::None},
    {Lit::Int, "0B1"sv, "1"sv, "1"sv, ConstantError::None},
    {Lit::Int, "0b_1_0"sv, "2"sv, "2"sv, ConstantError::None},
    {Lit::Int, "1_000_000"sv, "1000000"sv, "1000000"sv, ConstantError::None},
    {Lit::Int, "9223372036854775807"sv, "9223372036854775807"sv, "9223372036854775807"sv, ConstantError::None},
    {Lit::Int, "9223372036854775808"sv, "9223372036854775808"sv, "9223372036854775808"sv, ConstantError::None},
    {Lit::Int, "18446744073709551615"sv, "18446744073709551615"sv, "18446744073709551615"sv, ConstantError::None},
    {Lit::Int, "18446744073709551616"sv, "18446744073709551616"sv, "18446744073709551616"sv, ConstantError::None},
    {Lit::Int, "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"sv,
     "7588550360256754183279148073529370729071901715047420004889892225542594864082845695"sv,
     "7588550360256754183279148073529370729071901715047420004889892225542594864082845695"sv, ConstantError::None},
    {Lit::Int, "115792089237316195423570985008687907853269984665640564039457584007913129639936123"sv,
     "115792089237316195423570985008687907853269984665640564039457584007913129639936123"sv,
     "115792089237316195423570985008687907853269984665640564039457584007913129639936123"sv, ConstantError::None},
    {Lit::Int,
     "0o7777777777777777777777777777777777777777777777777777777777777777777777777777777777777777"
     "777777"sv,
     "7770675568902916283677847627294075626569627356208558085007249638955617140820833992703"sv,
     "7770675568902916283677847627294075626569627356208558085007249638955617140820833992703"sv, ConstantError::None},
    {Lit::Float, "0."sv, "0"sv, "0"sv, ConstantError::None},
    {Lit::Float, "0.0"sv, "0"sv, "0"sv, ConstantError::None},
    {Lit::Float, "1.5"sv, "3/2"sv, "1.5"sv, ConstantError::None},
    {Lit::Float, ".5"sv, "1/2"sv, "0.5"sv, ConstantError::None},
    {Lit::Float, "1."sv, "1"sv, "1"sv, ConstantError::None},
    {Lit::Float, "1_000.5"sv, "2001/2"sv, "1000.5"sv, ConstantError::None},
    {Lit::Float, "1e10"sv, "10000000000"sv, "1e+10"sv, ConstantError::None},
    {Lit::Float, "1E+2"sv, "100"sv, "100"sv, ConstantError::None},
    {Lit::Float, "1e-2"sv, "1/100"sv, "0.01"sv, ConstantError::None},
    {Lit::Float, "6.02214076e23"sv, "602214076000000000000000"sv, "6.02214e+23"sv, ConstantError::None},
    {Lit::Float, "0.1"sv, "1/10"sv, "0.1"sv, ConstantError::None},
    {Lit::Float, "3.14159265358979323846"sv, "157079632679489661923/50000000000000000000"sv, "3.14159"sv,
     ConstantError::None},
    {Lit::Float, "0x1p-2"sv, "1/4"sv, "0.25"sv, ConstantError::None},
    {Lit::Float, "0x1.8p1"sv, "3"sv, "3"sv, ConstantError::None},
    {Lit::Float, "0X.8P0"sv, "1/2"sv, "0.5"sv, ConstantError::None},
    {Lit::Float, "0x_1p4"sv, "16"sv, "16"sv, ConstantError::None},
    {Lit::Float, "0x1P+2"sv, "4"sv, "4"sv, ConstantError::None},
    {Lit::Float, "0x1.fffffffffffffp1023"sv,
     "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558"
     "632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245"
     "490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168"
     "738177180919299881250404026184124858368"sv,
     "1.79769e+308"sv, ConstantError::None},
    {Lit::Float, "0x1p-1074"sv,
     "1/2024022533073106183524953467189173070495566497641421183569013580274303395679953468919603"
     "837014371244951870778643168119113898087373857934768670133999407385099215174242765663613644"
     "669077420932163412397676784727450685620074834246926986181033556491595563408100565123587695"
     "52333414615230502532186327508646006263307707741093494784"sv,
     "4.94066e-324"sv, ConstantError::None},
    {Lit::Float, "0x1p-1075"sv,
     "1/4048045066146212367049906934378346140991132995282842367138027160548606791359906937839207"
     "674028742489903741557286336238227796174747715869537340267998814770198430348485531327227289"
     "338154841864326824795353569454901371240149668493853972362067112983191126816201130247175391"
     "04666829230461005064372655017292012526615415482186989568"sv,
     "2.47033e-324"sv, ConstantError::None},
    {Lit::Float, "1e308"sv,
     "100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000"sv,
     "1e+308"sv, ConstantError::None},
    {Lit::Float, "1e309"sv,
     "100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0000000000000000000000000000000000000000"sv,
     "1e+309"sv, ConstantError::None},
    {Lit::Float, "1e400"sv,
     "100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "00000000000000000000000000000000000000000"sv,
     "1e+400"sv, ConstantError::None},
    {Lit::Float, "1e-400"sv,
     "1/1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0000000000000000000000000000000000000000000"sv,
     "1e-400"sv, ConstantError::None},
    {Lit::Float, "1e1233"sv,
     "0x.f51e928179013fd3de4bd12cde4d985c4a573ca6f94bff13d44b7df7ab2a4b04cf7d74fb200343dfb684f73"
     "be4f4096059b768d22b4664d48010641420ee9076p+4096"sv,
     "1e+1233"sv, ConstantError::None},
    {Lit::Float, "1e1234"sv,
     "0x.99331b90eba0c7e46aef62bc0af07f39ae7685e85bcf7f6c64af2ebacafa6ee301ae691cf4020a6bd2131a8"
     "56f1885dc3812a1835b0bff04d00a3e8c94951a4ap+4100"sv,
     "1e+1234"sv, ConstantError::None},
    {Lit::Float, "1e-1233"sv,
     "1/1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000"sv,
     "1e-1233"sv, ConstantError::None},
    {Lit::Float, "1e-1234"sv,
     "0x.d5e40e47fafc23647af1e4c29f1c64ba283004bf9dfc94abdf0436a9e809ad3c63f45f4dcb8e78f8052f00e"
     "206f07f3ae2da689ac725040af4a0a89b36cec8dap-4099"sv,
     "1e-1234"sv, ConstantError::None},
    {Lit::Float, "1e4000"sv,
     "0x.d1ba8323fe558c610d5c82a286614f3ec25558230c550f78093088d8cc8f6622ef1868022598032266e9d76"
     "34a67f99423027a9815e6f4adead564cfac38aa44p+13288"sv,
     "1e+4000"sv, ConstantError::None},
    {Lit::Float, "1e-4000"sv,
     "0x.9c3d73864f3805c024b99688d11e41bcf95dc6f12034f381699bc7e3ea4590204857449c3928cfeb0ed754c"
     "21ee9c2dfdd9abbc3c60dbfa480f0c207cfe3fe1dp-13287"sv,
     "1e-4000"sv, ConstantError::None},
    {Lit::Float, "1.5e100000"sv,
     "0x.a83fa86e204572d5e2948a6d6d37bd4d37d72dc53fddd51ec15da37b980d2e8784be73d4669ee48545c3c0c"
     "a1898b3b14e657cbb30dae08e12adcbbb2075a45cp+332194"sv,
     "1.5e+100000"sv, ConstantError::None},
    {Lit::Float, "1e1000000"sv,
     "0x.88b3a28a05eade3a491af84cc6ed472beec34f3c10ec25e0a887eeb435958a9160e66aa303080c427ad996c"
     "df57043d61f0160a1ae50186818bebb792fd78cbap+3321929"sv,
     "1e+1000000"sv, ConstantError::None},
    {Lit::Float, "1e-1000000"sv,
     "0x.efb4542cc8ca4189be2a4c6b1d35c418df0b3bfaf9e65a4b6f237ca9c64dcc58ca84df3eaed8ba6e3eb7b6e"
     "5e9935a24ef12a39aec58c3520ca1e48a3a04f5d9p-3321928"sv,
     "1e-1000000"sv, ConstantError::None},
    {Lit::Float, "123456789e-5000"sv,
     "0x.970ec9692dee13bea18ddb063cd1e3eda80cefcdceef69dfe0269e1abf71ede0046af771669fce71f72b98d"
     "862a97234cce2d953de8f33cf7762491a0283d0b5p-16582"sv,
     "1.23457e-4992"sv, ConstantError::None},
    {Lit::Float, "0x1p4095"sv, "0x.8p+4096"sv, "5.22194e+1232"sv, ConstantError::None},
    {Lit::Float, "0x1p4096"sv, "0x.8p+4097"sv, "1.04439e+1233"sv, ConstantError::None},
    {Lit::Float, "0x1p-4096"sv,
     "1/1044388881413152506691752710716624382579964249047383780384233483283953907971557456848826"
     "811934997558340890106714439262837987573438185793607263236087851365277945956976543709998340"
     "361590134383718314428070011855946226376318839397712745672334684344586617496807908705803704"
     "071284048740118609114467977783598029006686938976881787785946905630190260940599579453432823"
     "469303026696443059025015972399867714215541693835559885291486318237914434496734087811872639"
     "496475100189041349008417061675093668333850551032972088269550769983616369411933015213796825"
     "837188091833656751221318492846368125550225998300412344784862595674492194617023806505913245"
     "610825731835380087608622102834270197698202313169017678006675195485079921636419370285375124"
     "784014907159135459982790513399611551794271106831134090584272884279791554849782954323534517"
     "065223269061394905987693002122963395687782878948440616007412945674919823050571642377154816"
     "321380631045902916136926708342856440730447899971901781465763473223850267253059899795996090"
     "799469201774624817718449867455659250178329070473119433165550807568221846571746373296884912"
     "819520317457002440926616910874148385078411929804522981857338977648103126085903001302413467"
     "189726673216491511131602920781738033436090243804708340403154190336"sv,
     "0.957498e-1233"sv, ConstantError::None},
    {Lit::Float, "0x1p100000"sv, "0x.8p+100001"sv, "9.99002e+30102"sv, ConstantError::None},
    {Lit::Float, "00.5"sv, "1/2"sv, "0.5"sv, ConstantError::None},
    {Lit::Float, "09.5"sv, "19/2"sv, "9.5"sv, ConstantError::None},
    {Lit::Float, "0123e2"sv, "12300"sv, "12300"sv, ConstantError::None},
    {Lit::Float, "1_2.3_4e1_0"sv, "123400000000"sv, "1.234e+11"sv, ConstantError::None},
    {Lit::Int, "340282356779733661637539395458142568448"sv, "340282356779733661637539395458142568448"sv,
     "340282356779733661637539395458142568448"sv, ConstantError::None},
    {Lit::Float, "3.4028235677973366e38"sv, "340282356779733660000000000000000000000"sv, "3.40282e+38"sv,
     ConstantError::None},
    {Lit::Rune, "'a'"sv, "97"sv, "97"sv, ConstantError::None},
    {Lit::Rune, "'\\a'"sv, "7"sv, "7"sv, ConstantError::None},
    {Lit::Rune, "'\\b'"sv, "8"sv, "8"sv, ConstantError::None},
    {Lit::Rune, "'\\f'"sv, "12"sv, "12"sv, ConstantError::None},
    {Lit::Rune, "'\\n'"sv, "10"sv, "10"sv, ConstantError::None},
    {Lit::Rune, "'\\r'"sv, "13"sv, "13"sv, ConstantError::None},
    {Lit::Rune, "'\\t'"sv, "9"sv, "9"sv, ConstantError::None},
    {Lit::Rune, "'\\v'"sv, "11"sv, "11"sv, ConstantError::None},
    {Lit::Rune, "'\\\\'"sv, "92"sv, "92"sv, ConstantError::None},
    {Lit::Rune, "'\\''"sv, "39"sv, "39"sv, ConstantError::None},
    {Lit::Rune, "'\\000'"sv, "0"sv, "0"sv, ConstantError::None},
    {Lit::Rune, "'\\377'"sv, "255"sv, "255"sv, ConstantError::None},
    {Lit::Rune, "'\\x7f'"sv, "127"sv, "127"sv, ConstantError::None},
    {Lit::Rune, "'\\xff'"sv, "255"sv, "255"sv, ConstantError::None},
    {Lit::Rune, "'\\u12e4'"sv, "4836"sv, "4836"sv, ConstantError::None},
    {Lit::Rune, "'\\U00101234'"sv, "1053236"sv, "1053236"sv, ConstantError::None},
    {Lit::Rune, "'\303\244'"sv, "228"sv, "228"sv, ConstantError::None},
    {Lit::Rune, "'\346\234\254'"sv, "26412"sv, "26412"sv, ConstantError::None},
    {Lit::Rune, "'\"'"sv, "34"sv, "34"sv, ConstantError::None},
    {Lit::Rune, "'\\U0010ffff'"sv, "1114111"sv, "1114111"sv, ConstantError::None},
    {Lit::String, "\"\""sv, ""sv, "\"\""sv, ConstantError::None},
    {Lit::String, "\"hello\""sv, "hello"sv, "\"hello\""sv, ConstantError::None},
    {Lit::String, "\"a\\nb\\tc\""sv, "a\012b\011c"sv, "\"a\\nb\\tc\""sv, ConstantError::None},
    {Lit::String, "\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\""sv, "\007\010\014\012\015\011\013\\\""sv,
     "\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\""sv, ConstantError::None},
    {Lit::String, "\"\\xff\\xfe\""sv, "\377\376"sv, "\"\\xff\\xfe\""sv, ConstantError::None},
    {Lit::String, "\"\\377\\000\""sv, "\377\000"sv, "\"\\xff\\x00\""sv, ConstantError::None},
    {Lit::String, "\"\\u00e4\\U0001F600\""sv, "\303\244\360\237\230\200"sv, "\"\303\244\360\237\230\200\""sv,
     ConstantError::None},
    {Lit::String, "\"\346\227\245\346\234\254\350\252\236\""sv, "\346\227\245\346\234\254\350\252\236"sv,
     "\"\346\227\245\346\234\254\350\252\236\""sv, ConstantError::None},
    {Lit::String, "\"'\""sv, "'"sv, "\"'\""sv, ConstantError::None},
    {Lit::String, "`raw\\n`"sv, "raw\\n"sv, "\"raw\\\\n\""sv, ConstantError::None},
    {Lit::String, "`\"`"sv, "\""sv, "\"\\\"\""sv, ConstantError::None},
    {Lit::String, "``"sv, ""sv, "\"\""sv, ConstantError::None},
    {Lit::String, "\"\\x00\\x01\\x7f\\u0080\\u00a0\\u00ad\\u2028\\ufeff\\U000e0001\\U0001F600\303\251\""sv,
     "\000\001\177\302\200\302\240\302\255\342\200\250\357\273\277\363\240\200\201\360\237\230\200\303\251"sv,
     "\"\\x00\\x01\\x7f\\u0080\\u00a0\\u00ad\\u2028\\ufeff\\U000e0001\360\237\230\200\303\251\""sv,
     ConstantError::None},
    {Lit::String, "\"0123456789012345678901234567890123456789012345678901234567890123456789AB\""sv,
     "0123456789012345678901234567890123456789012345678901234567890123456789AB"sv,
     "\"01234567890123456789012345678901234567890123456789012345678901234567..."sv, ConstantError::None},
    {Lit::String, "\"0123456789012345678901234567890123456789012345678901234567890123456789ABC\""sv,
     "0123456789012345678901234567890123456789012345678901234567890123456789ABC"sv,
     "\"01234567890123456789012345678901234567890123456789012345678901234567..."sv, ConstantError::None},
    {Lit::String,
     "\"\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303"
     "\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303"
     "\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303"
     "\244\303\244\303\244\303"
     "\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\""sv,
     "\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244"
     "\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244"
     "\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244"
     "\303\244\303\244\303\244"
     "\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244"sv,
     "\"\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303"
     "\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303"
     "\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303"
     "\244\303\244\303\244\303"
     "\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244\303\244..."sv,
     ConstantError::None},
};

struct BadLiteralCase {
    Lit kind;
    std::string_view text;
};

// Texts go/scanner rejects.
const BadLiteralCase kBadLiterals[] = {
    {Lit::Int, "1__0"sv},         {Lit::Int, "1_"sv},
    {Lit::Int, "0x"sv},           {Lit::Int, "0x_"sv},
    {Lit::Int, "09"sv},           {Lit::Int, "0b2"sv},
    {Lit::Int, "0o8"sv},          {Lit::Int, "0_x1"sv},
    {Lit::Float, "0x1.8"sv},      {Lit::Float, "1e"sv},
    {Lit::Float, "1e+"sv},        {Lit::Float, "1_.5"sv},
    {Lit::Float, "1._5"sv},       {Lit::Float, "0x1p"sv},
    {Lit::Float, "0x.p1"sv},      {Lit::Float, "1e_1"sv},
    {Lit::Rune, "'\\\"'"sv},      {Lit::Rune, "''"sv},
    {Lit::Rune, "'ab'"sv},        {Lit::Rune, "'\\400'"sv},
    {Lit::Rune, "'\\ud800'"sv},   {Lit::Rune, "'\\U00110000'"sv},
    {Lit::Rune, "'\\x1'"sv},      {Lit::Rune, "'\\q'"sv},
    {Lit::Rune, "'\\08'"sv},      {Lit::String, "\"\\'\""sv},
    {Lit::String, "\"\\q\""sv},   {Lit::String, "\"\\u12\""sv},
    {Lit::String, "\"\\400\""sv},
};

struct BinaryCase {
    Lit leftKind;
    std::string_view left;
    bool negateLeft;
    ConstantOp op;
    Lit rightKind;
    std::string_view right;
    bool negateRight;
    std::string_view exact;
    std::string_view shortForm;
    ConstantError error;
    bool exceedsUntypedPrecision;  // gc: "constant shift overflow" etc.
};

// types.Eval("(x) op (y)"): the value's ExactString()/String(), or the error
// gc reports. Rows flagged as exceeding untyped precision are the ones gc
// rejects with "constant ... overflow"; their value is go/constant's.
const BinaryCase kBinaryCases[] = {
    {Lit::Int, "1"sv, false, ConstantOp::Shl, Lit::Int, "62"sv, false, "4611686018427387904"sv, "4611686018427387904"sv,
     ConstantError::None, false},  // (1) << (62)
    {Lit::Int, "4611686018427387904"sv, false, ConstantOp::Mul, Lit::Int, "4"sv, false, "18446744073709551616"sv,
     "18446744073709551616"sv, ConstantError::None, false},  // (4611686018427387904) * (4)
    {Lit::Int, "18446744073709551616"sv, false, ConstantOp::Quo, Lit::Int, "8"sv, false, "2305843009213693952"sv,
     "2305843009213693952"sv, ConstantError::None, false},  // (18446744073709551616) / (8)
    {Lit::Int, "1267650600228229401496703205376"sv, false, ConstantOp::Rem, Lit::Int, "7"sv, false, "2"sv, "2"sv,
     ConstantError::None, false},  // (1267650600228229401496703205376) % (7)
    {Lit::Int, "7"sv, false, ConstantOp::Quo, Lit::Int, "2"sv, false, "3"sv, "3"sv, ConstantError::None,
     false},  // (7) / (2)
    {Lit::Int, "7"sv, true, ConstantOp::Quo, Lit::Int, "2"sv, false, "-3"sv, "-3"sv, ConstantError::None,
     false},  // (-7) / (2)
    {Lit::Int, "7"sv, false, ConstantOp::Quo, Lit::Int, "2"sv, true, "-3"sv, "-3"sv, ConstantError::None,
     false},  // (7) / (-2)
    {Lit::Int, "7"sv, true, ConstantOp::Quo, Lit::Int, "2"sv, true, "3"sv, "3"sv, ConstantError::None,
     false},  // (-7) / (-2)
    {Lit::Int, "7"sv, false, ConstantOp::Rem, Lit::Int, "2"sv, false, "1"sv, "1"sv, ConstantError::None,
     false},  // (7) % (2)
    {Lit::Int, "7"sv, true, ConstantOp::Rem, Lit::Int, "2"sv, false, "-1"sv, "-1"sv, ConstantError::None,
     false},  // (-7) % (2)
    {Lit::Int, "7"sv, false, ConstantOp::Rem, Lit::Int, "2"sv, true, "1"sv, "1"sv, ConstantError::None,
     false},  // (7) % (-2)
    {Lit::Int, "7"sv, true, ConstantOp::Rem, Lit::Int, "2"sv, true, "-1"sv, "-1"sv, ConstantError::None,
     false},  // (-7) % (-2)
    // go/constant 1.19 wraps this int64 division around to -9223372036854775808
    // (gc then reports "cannot use x (untyped int constant -9223372036854775808)
    // as uint64 value"); untyped constants are exact, so govm keeps 2^63.
    {Lit::Int, "9223372036854775808"sv, true, ConstantOp::Quo, Lit::Int, "1"sv, true, "9223372036854775808"sv,
     "9223372036854775808"sv, ConstantError::None, false},
    {Lit::Int, "9223372036854775808"sv, true, ConstantOp::Rem, Lit::Int, "1"sv, true, "0"sv, "0"sv, ConstantError::None,
     false},  // (-9223372036854775808) % (-1)
    {Lit::Int, "9223372036854775807"sv, false, ConstantOp::Add, Lit::Int, "1"sv, false, "9223372036854775808"sv,
     "9223372036854775808"sv, ConstantError::None, false},  // (9223372036854775807) + (1)
    {Lit::Int, "9223372036854775808"sv, true, ConstantOp::Sub, Lit::Int, "1"sv, false, "-9223372036854775809"sv,
     "-9223372036854775809"sv, ConstantError::None, false},  // (-9223372036854775808) - (1)
    {Lit::Int, "4294967296"sv, false, ConstantOp::Mul, Lit::Int, "4294967296"sv, false, "18446744073709551616"sv,
     "18446744073709551616"sv, ConstantError::None, false},  // (4294967296) * (4294967296)
    {Lit::Int, "0x10000000000000000000000000000000000000000000000000000000000000000000000000000000000"sv, false,
     ConstantOp::Mul, Lit::Int, "0x1000000000000000000000000000000000000000000000000000000"sv, false,
     "575860965701529136999748928983805677935321231142645329036896713294315210325950447400837207"
     "82129802971518987656109067457577065805510327036019308994315074097345724416"sv,
     "575860965701529136999748928983805677935321231142645329036896713294315210325950447400837207"
     "82129802971518987656109067457577065805510327036019308994315074097345724416"sv,
     ConstantError::None, true},  // (0x100000000000000000000000000000000000000000000000000000...
    {Lit::Int, "0x10000000000000000000000000000000000000000000000000000000000000000000000000000000000"sv, false,
     ConstantOp::Quo, Lit::Int, "12345678901234567890123"sv, false,
     "44291827575482439687749410904431019357523771735492878826545387160207836856065"sv,
     "44291827575482439687749410904431019357523771735492878826545387160207836856065"sv, ConstantError::None,
     false},  // (0x100000000000000000000000000000000000000000000000000000...
    {Lit::Int, "0x10000000000000000000000000000000000000000000000000000000000000000000000000000000000"sv, false,
     ConstantOp::Rem, Lit::Int, "12345678901234567890123"sv, true, "4009547816329569617461"sv,
     "4009547816329569617461"sv, ConstantError::None,
     false},  // (0x100000000000000000000000000000000000000000000000000000...
    {Lit::Int, "0x10000000000000000000000000000000000000000000000000000000000000000000000000000000000"sv, true,
     ConstantOp::Quo, Lit::Int, "12345678901234567890123"sv, false,
     "-44291827575482439687749410904431019357523771735492878826545387160207836856065"sv,
     "-44291827575482439687749410904431019357523771735492878826545387160207836856065"sv, ConstantError::None,
     false},  // (-0x10000000000000000000000000000000000000000000000000000...
    {Lit::Int, "0x10000000000000000000000000000000000000000000000000000000000000000000000000000000000"sv, true,
     ConstantOp::Rem, Lit::Int, "12345678901234567890123"sv, false, "-4009547816329569617461"sv,
     "-4009547816329569617461"sv, ConstantError::None,
     false},  // (-0x10000000000000000000000000000000000000000000000000000...
    {Lit::Int, "0x10000000000000000000000000000000000000000000000000000000000000000000000000000000000"sv, false,
     ConstantOp::Sub, Lit::Int, "1"sv, false,
     "546812681195752981093125556779405341338292357723303109106442651602488249799843980805878294"
     "255763455"sv,
     "546812681195752981093125556779405341338292357723303109106442651602488249799843980805878294"
     "255763455"sv,
     ConstantError::None, false},  // (0x100000000000000000000000000000000000000000000000000000...
    {Lit::Int, "6"sv, true, ConstantOp::And, Lit::Int, "3"sv, false, "2"sv, "2"sv, ConstantError::None,
     false},  // (-6) & (3)
    {Lit::Int, "6"sv, true, ConstantOp::Or, Lit::Int, "3"sv, false, "-5"sv, "-5"sv, ConstantError::None,
     false},  // (-6) | (3)
    {Lit::Int, "6"sv, true, ConstantOp::Xor, Lit::Int, "3"sv, false, "-7"sv, "-7"sv, ConstantError::None,
     false},  // (-6) ^ (3)
    {Lit::Int, "6"sv, false, ConstantOp::AndNot, Lit::Int, "3"sv, false, "4"sv, "4"sv, ConstantError::None,
     false},  // (6) &^ (3)
    {Lit::Int, "6"sv, true, ConstantOp::AndNot, Lit::Int, "3"sv, false, "-8"sv, "-8"sv, ConstantError::None,
     false},  // (-6) &^ (3)
    {Lit::Int, "6"sv, false, ConstantOp::AndNot, Lit::Int, "3"sv, true, "2"sv, "2"sv, ConstantError::None,
     false},  // (6) &^ (-3)
    {Lit::Int, "0x10000000000000000000000000000000000"sv, true, ConstantOp::And, Lit::Int,
     "0xffffffffffffffffffffffffffffffffffff"sv, false, "22213632912598862894889094373145828843847680"sv,
     "22213632912598862894889094373145828843847680"sv, ConstantError::None,
     false},  // (-0x10000000000000000000000000000000000) & (0xfffffffffff...
    {Lit::Int, "0x10000000000000000000000000000000000"sv, true, ConstantOp::Or, Lit::Int, "0xffff"sv, false,
     "-87112285931760246646623899502532662067201"sv, "-87112285931760246646623899502532662067201"sv,
     ConstantError::None, false},  // (-0x10000000000000000000000000000000000) | (0xffff)
    {Lit::Int, "0x10000000000000000000000000000000000"sv, true, ConstantOp::Xor, Lit::Int, "1"sv, true,
     "87112285931760246646623899502532662132735"sv, "87112285931760246646623899502532662132735"sv, ConstantError::None,
     false},  // (-0x10000000000000000000000000000000000) ^ (-1)
    {Lit::Int, "0xffffffffffffffffffffffffffffffffffff"sv, false, ConstantOp::AndNot, Lit::Int,
     "0xf0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0"sv, false, "1311808541090036655384454016038138912116495"sv,
     "1311808541090036655384454016038138912116495"sv, ConstantError::None,
     false},  // (0xffffffffffffffffffffffffffffffffffff) &^ (0xf0f0f0f0f0...
    {Lit::Float, "1.0"sv, false, ConstantOp::Quo, Lit::Int, "3"sv, false, "1/3"sv, "0.333333"sv, ConstantError::None,
     false},  // (1.0) / (3)
    {Lit::Int, "1"sv, false, ConstantOp::Quo, Lit::Float, "3.0"sv, false, "1/3"sv, "0.333333"sv, ConstantError::None,
     false},  // (1) / (3.0)
    {Lit::Float, "2.5e3"sv, false, ConstantOp::Quo, Lit::Int, "7"sv, false, "2500/7"sv, "357.143"sv,
     ConstantError::None, false},  // (2.5e3) / (7)
    {Lit::Float, "0.1"sv, false, ConstantOp::Add, Lit::Float, "0.2"sv, false, "3/10"sv, "0.3"sv, ConstantError::None,
     false},  // (0.1) + (0.2)
    {Lit::Float, "0.1"sv, false, ConstantOp::Mul, Lit::Int, "3"sv, false, "3/10"sv, "0.3"sv, ConstantError::None,
     false},  // (0.1) * (3)
    {Lit::Float, "1e100"sv, false, ConstantOp::Mul, Lit::Float, "1e100"sv, false,
     "100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000"sv,
     "1e+200"sv, ConstantError::None, false},  // (1e100) * (1e100)
    {Lit::Float, "1e308"sv, false, ConstantOp::Mul, Lit::Float, "1e308"sv, false,
     "100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "00000000000000000000000000000000000000000000000000000000000000000000000000000"sv,
     "1e+616"sv, ConstantError::None, false},  // (1e308) * (1e308)
    {Lit::Float, "1e4000"sv, false, ConstantOp::Mul, Lit::Float, "1e4000"sv, false,
     "0x.abd2120398c31ee18a960d18a484f4d5887d42afdf73d0661a5e2e7845332c71748d64c9ee4fd64d6a3c04a"
     "177dc69ef926d6e6472f67f8a1d07322c1934077bp+26576"sv,
     "1e+8000"sv, ConstantError::None, false},  // (1e4000) * (1e4000)
    {Lit::Float, "1e-4000"sv, false, ConstantOp::Mul, Lit::Float, "1e-4000"sv, false,
     "0x.beb5e717e55ff2b08d4febb98ce972ccce538637455e3d923354f811206f2718598bd9d3c72109ff619655a"
     "02724147c9823b38999b68d26b75a14612fc0ac1ap-26575"sv,
     "1e-8000"sv, ConstantError::None, false},  // (1e-4000) * (1e-4000)
    {Lit::Float, "1e4000"sv, false, ConstantOp::Quo, Lit::Float, "1e-4000"sv, false,
     "0x.abd2120398c31ee18a960d18a484f4d5887d42afdf73d0661a5e2e7845332c71748d64c9ee4fd64d6a3c04a"
     "177dc69ef926d6e6472f67f8a1d07322c1934077ap+26576"sv,
     "1e+8000"sv, ConstantError::None, false},  // (1e4000) / (1e-4000)
    {Lit::Float, "1e1000000"sv, false, ConstantOp::Add, Lit::Int, "1"sv, false,
     "0x.88b3a28a05eade3a491af84cc6ed472beec34f3c10ec25e0a887eeb435958a9160e66aa303080c427ad996c"
     "df57043d61f0160a1ae50186818bebb792fd78cbap+3321929"sv,
     "1e+1000000"sv, ConstantError::None, false},  // (1e1000000) + (1)
    {Lit::Float, "1e1000000"sv, false, ConstantOp::Sub, Lit::Float, "1e1000000"sv, false, "0"sv, "0"sv,
     ConstantError::None, false},  // (1e1000000) - (1e1000000)
    {Lit::Float, "1e1000000"sv, false, ConstantOp::Quo, Lit::Int, "3"sv, false,
     "0x.b644d8b807e3d2f861794b11093c5ee53e59befac13add2b8b5fe8f047720e172bdde384040abb034e7773b"
     "d47405a72d401d62ce86acb357653a4a1951f664dp+3321927"sv,
     "3.33333e+999999"sv, ConstantError::None, false},  // (1e1000000) / (3)
    {Lit::Float, "1e400"sv, false, ConstantOp::Sub, Lit::Float, "1e399"sv, false,
     "900000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0000000000000000000000000000000000000000"sv,
     "9e+399"sv, ConstantError::None, false},  // (1e400) - (1e399)
    {Lit::Float, "1e-400"sv, false, ConstantOp::Quo, Lit::Int, "3"sv, false,
     "1/3000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0000000000000000000000000000000000000000000"sv,
     "3.33333e-401"sv, ConstantError::None, false},  // (1e-400) / (3)
    {Lit::Float, "1.5"sv, true, ConstantOp::Mul, Lit::Int, "2"sv, false, "-3"sv, "-3"sv, ConstantError::None,
     false},  // (-1.5) * (2)
    {Lit::Float, "3.14159265358979"sv, false, ConstantOp::Add, Lit::Int, "0"sv, false,
     "314159265358979/100000000000000"sv, "3.14159"sv, ConstantError::None, false},  // (3.14159265358979) + (0)
    {Lit::Int, "1"sv, false, ConstantOp::Sub, Lit::Float, "1e-20"sv, false,
     "99999999999999999999/100000000000000000000"sv, "1"sv, ConstantError::None, false},  // (1) - (1e-20)
    {Lit::Int, "1"sv, false, ConstantOp::Quo, Lit::Int, "0"sv, false, ""sv, ""sv, ConstantError::DivisionByZero,
     false},  // (1) / (0)
    {Lit::Float, "1.0"sv, false, ConstantOp::Quo, Lit::Int, "0"sv, false, ""sv, ""sv, ConstantError::DivisionByZero,
     false},  // (1.0) / (0)
    {Lit::Int, "1"sv, false, ConstantOp::Quo, Lit::Float, "0.0"sv, false, ""sv, ""sv, ConstantError::DivisionByZero,
     false},  // (1) / (0.0)
    {Lit::Int, "1"sv, false, ConstantOp::Rem, Lit::Int, "0"sv, false, ""sv, ""sv, ConstantError::DivisionByZero,
     false},  // (1) % (0)
    {Lit::Int, "0"sv, false, ConstantOp::Quo, Lit::Int, "0"sv, false, ""sv, ""sv, ConstantError::DivisionByZero,
     false},  // (0) / (0)
    {Lit::Float, "1e1000000"sv, false, ConstantOp::Quo, Lit::Int, "0"sv, false, ""sv, ""sv,
     ConstantError::DivisionByZero, false},  // (1e1000000) / (0)
    {Lit::Float, "1.5"sv, false, ConstantOp::Rem, Lit::Int, "1"sv, false, ""sv, ""sv, ConstantError::InvalidOperation,
     false},  // (1.5) % (1)
    {Lit::Int, "1"sv, false, ConstantOp::And, Lit::Float, "1.0"sv, false, ""sv, ""sv, ConstantError::InvalidOperation,
     false},  // (1) & (1.0)
    {Lit::Float, "1.5"sv, false, ConstantOp::And, Lit::Int, "1"sv, false, ""sv, ""sv, ConstantError::InvalidOperation,
     false},  // (1.5) & (1)
    {Lit::String, "\"foo\""sv, false, ConstantOp::Add, Lit::String, "\"bar\""sv, false, "\"foobar\""sv, "\"foobar\""sv,
     ConstantError::None, false},  // ("foo") + ("bar")
    {Lit::String, "\"\""sv, false, ConstantOp::Add, Lit::String, "\"\""sv, false, "\"\""sv, "\"\""sv,
     ConstantError::None, false},  // ("") + ("")
    {Lit::String, "\"a\""sv, false, ConstantOp::Sub, Lit::String, "\"b\""sv, false, ""sv, ""sv,
     ConstantError::InvalidOperation, false},  // ("a") - ("b")
    {Lit::Int, "1"sv, false, ConstantOp::Add, Lit::String, "\"a\""sv, false, ""sv, ""sv,
     ConstantError::InvalidOperation, false},  // (1) + ("a")
    {Lit::Int, "1"sv, false, ConstantOp::Shl, Lit::Int, "1074"sv, false,
     "202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383"
     "701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466"
     "907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552"
     "333414615230502532186327508646006263307707741093494784"sv,
     "202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383"
     "701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466"
     "907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552"
     "333414615230502532186327508646006263307707741093494784"sv,
     ConstantError::None, true},  // (1) << (1074)
    {Lit::Int, "1"sv, false, ConstantOp::Shl, Lit::Int, "1075"sv, false, ""sv, ""sv, ConstantError::InvalidShiftCount,
     false},  // (1) << (1075)
    {Lit::Int, "1"sv, false, ConstantOp::Shl, Lit::Int, "1"sv, true, ""sv, ""sv, ConstantError::NegativeShiftCount,
     false},  // (1) << (-1)
    {Lit::Int, "1"sv, false, ConstantOp::Shl, Lit::Float, "1.5"sv, false, ""sv, ""sv, ConstantError::InvalidShiftCount,
     false},  // (1) << (1.5)
    {Lit::Float, "1.5"sv, false, ConstantOp::Shl, Lit::Int, "2"sv, false, ""sv, ""sv,
     ConstantError::ShiftOperandNotInteger, false},  // (1.5) << (2)
    {Lit::Float, "2.0"sv, false, ConstantOp::Shl, Lit::Int, "3"sv, false, "16"sv, "16"sv, ConstantError::None,
     false},  // (2.0) << (3)
    {Lit::Int, "1"sv, false, ConstantOp::Shl, Lit::Float, "3.0"sv, false, "8"sv, "8"sv, ConstantError::None,
     false},  // (1) << (3.0)
    {Lit::Int, "1"sv, false, ConstantOp::Shl, Lit::Int, "513"sv, false,
     "268156158598851941991480499964116922549587316411847867554471228874435280601470939536037485"
     "96333806855380063716372972101707507765623893139892867298012168192"sv,
     "268156158598851941991480499964116922549587316411847867554471228874435280601470939536037485"
     "96333806855380063716372972101707507765623893139892867298012168192"sv,
     ConstantError::None, true},  // (1) << (513)
    {Lit::Int, "1"sv, false, ConstantOp::Shl, Lit::Int, "511"sv, false,
     "670390396497129854978701249910292306373968291029619668886178072186088201503677348840093714"
     "9083451713845015929093243025426876941405973284973216824503042048"sv,
     "670390396497129854978701249910292306373968291029619668886178072186088201503677348840093714"
     "9083451713845015929093243025426876941405973284973216824503042048"sv,
     ConstantError::None, false},  // (1) << (511)
    {Lit::Int, "1"sv, false, ConstantOp::Shl, Lit::Int, "512"sv, false,
     "134078079299425970995740249982058461274793658205923933777235614437217640300735469768018742"
     "98166903427690031858186486050853753882811946569946433649006084096"sv,
     "134078079299425970995740249982058461274793658205923933777235614437217640300735469768018742"
     "98166903427690031858186486050853753882811946569946433649006084096"sv,
     ConstantError::None, true},  // (1) << (512)
    {Lit::Int, "8"sv, true, ConstantOp::Shr, Lit::Int, "1"sv, false, "-4"sv, "-4"sv, ConstantError::None,
     false},  // (-8) >> (1)
    {Lit::Int, "1"sv, true, ConstantOp::Shr, Lit::Int, "100"sv, false, "-1"sv, "-1"sv, ConstantError::None,
     false},  // (-1) >> (100)
    {Lit::Int, "7"sv, false, ConstantOp::Shr, Lit::Int, "1"sv, false, "3"sv, "3"sv, ConstantError::None,
     false},  // (7) >> (1)
    {Lit::Int, "1267650600228229401496703205376"sv, false, ConstantOp::Shr, Lit::Int, "98"sv, false, "4"sv, "4"sv,
     ConstantError::None, false},  // (1267650600228229401496703205376) >> (98)
    {Lit::Int, "1267650600228229401496703205377"sv, true, ConstantOp::Shr, Lit::Int, "98"sv, false, "-5"sv, "-5"sv,
     ConstantError::None, false},  // (-1267650600228229401496703205377) >> (98)
    {Lit::Int, "1"sv, false, ConstantOp::Shr, Lit::Int, "1074"sv, false, "0"sv, "0"sv, ConstantError::None,
     false},  // (1) >> (1074)
    {Lit::Rune, "'a'"sv, false, ConstantOp::Add, Lit::Int, "1"sv, false, "98"sv, "98"sv, ConstantError::None,
     false},  // ('a') + (1)
    {Lit::Rune, "'a'"sv, false, ConstantOp::Mul, Lit::Float, "1.5"sv, false, "291/2"sv, "145.5"sv, ConstantError::None,
     false},  // ('a') * (1.5)
    {Lit::Int, "1"sv, false, ConstantOp::Equal, Lit::Float, "1.0"sv, false, "true"sv, "true"sv, ConstantError::None,
     false},  // (1) == (1.0)
    {Lit::Int, "1"sv, false, ConstantOp::Less, Lit::Int, "2"sv, false, "true"sv, "true"sv, ConstantError::None,
     false},  // (1) < (2)
    {Lit::Float, "0.1"sv, false, ConstantOp::Add, Lit::Float, "0.2"sv, false, "3/10"sv, "0.3"sv, ConstantError::None,
     false},  // (0.1) + (0.2)
    {Lit::Float, "1e1000000"sv, false, ConstantOp::Greater, Lit::Float, "1e999999"sv, false, "true"sv, "true"sv,
     ConstantError::None, false},  // (1e1000000) > (1e999999)
    {Lit::Float, "1e1000000"sv, true, ConstantOp::Less, Lit::Int, "1"sv, false, "true"sv, "true"sv, ConstantError::None,
     false},  // (-1e1000000) < (1)
    {Lit::Float, "1e-1000000"sv, false, ConstantOp::Greater, Lit::Int, "0"sv, false, "true"sv, "true"sv,
     ConstantError::None, false},  // (1e-1000000) > (0)
    {Lit::Float, "1e-1000000"sv, false, ConstantOp::Equal, Lit::Int, "0"sv, false, "false"sv, "false"sv,
     ConstantError::None, false},  // (1e-1000000) == (0)
    {Lit::String, "\"a\""sv, false, ConstantOp::Less, Lit::String, "\"b\""sv, false, "true"sv, "true"sv,
     ConstantError::None, false},  // ("a") < ("b")
    {Lit::String, "\"abc\""sv, false, ConstantOp::Less, Lit::String, "\"ab\""sv, false, "false"sv, "false"sv,
     ConstantError::None, false},  // ("abc") < ("ab")
    {Lit::String, "\"\\xff\""sv, false, ConstantOp::Greater, Lit::String, "\"a\""sv, false, "true"sv, "true"sv,
     ConstantError::None, false},  // ("\xff") > ("a")
    {Lit::String, "\"x\""sv, false, ConstantOp::Equal, Lit::String, "\"x\""sv, false, "true"sv, "true"sv,
     ConstantError::None, false},  // ("x") == ("x")
    {Lit::Int, "1"sv, false, ConstantOp::NotEqual, Lit::String, "\"a\""sv, false, ""sv, ""sv,
     ConstantError::InvalidOperation, false},  // (1) != ("a")
    {Lit::Int, "0x10000000000000000000000000000000000"sv, false, ConstantOp::Greater, Lit::Int,
     "0x10000000000000000000000000000000001"sv, false, "false"sv, "false"sv, ConstantError::None,
     false},  // (0x10000000000000000000000000000000000) > (0x100000000000...
    {Lit::Int, "1"sv, false, ConstantOp::LogicalAnd, Lit::Int, "2"sv, false, ""sv, ""sv,
     ConstantError::InvalidOperation, false},  // (1) && (2)
};

struct UnaryCase {
    ConstantUnaryOp op;
    Lit kind;
    std::string_view text;
    bool negate;
    unsigned bits;
    std::string_view exact;
    ConstantError error;
};

// types.Eval("op(x)"), with ^uintN(x) for the sized complements.
const UnaryCase kUnaryCases[] = {
    {ConstantUnaryOp::Plus, Lit::Int, "1"sv, false, 0, "1"sv, ConstantError::None},        // +(1)
    {ConstantUnaryOp::Plus, Lit::Float, "1.5"sv, false, 0, "3/2"sv, ConstantError::None},  // +(1.5)
    {ConstantUnaryOp::Minus, Lit::Int, "1"sv, false, 0, "-1"sv, ConstantError::None},      // -(1)
    {ConstantUnaryOp::Minus, Lit::Int, "9223372036854775808"sv, true, 0, "9223372036854775808"sv,
     ConstantError::None},  // -(-9223372036854775808)
    {ConstantUnaryOp::Minus, Lit::Int, "9223372036854775808"sv, false, 0, "-9223372036854775808"sv,
     ConstantError::None},                                                                   // -(9223372036854775808)
    {ConstantUnaryOp::Minus, Lit::Float, "1.5"sv, false, 0, "-3/2"sv, ConstantError::None},  // -(1.5)
    {ConstantUnaryOp::Minus, Lit::Float, "1e1000000"sv, false, 0,
     "-0x.88b3a28a05eade3a491af84cc6ed472beec34f3c10ec25e0a887eeb435958a9160e66aa303080c427ad996"
     "cdf57043d61f0160a1ae50186818bebb792fd78cbap+3321929"sv,
     ConstantError::None},                                                                  // -(1e1000000)
    {ConstantUnaryOp::Minus, Lit::Float, "0.0"sv, false, 0, "0"sv, ConstantError::None},    // -(0.0)
    {ConstantUnaryOp::Complement, Lit::Int, "5"sv, false, 0, "-6"sv, ConstantError::None},  // ^(5)
    {ConstantUnaryOp::Complement, Lit::Int, "1"sv, true, 0, "0"sv, ConstantError::None},    // ^(-1)
    {ConstantUnaryOp::Complement, Lit::Int, "0"sv, false, 0, "-1"sv, ConstantError::None},  // ^(0)
    {ConstantUnaryOp::Complement, Lit::Int, "0x10000000000000000000000000000000000"sv, false, 0,
     "-87112285931760246646623899502532662132737"sv, ConstantError::None},  // ^(0x10000000000000000000000000000000000)
    {ConstantUnaryOp::Complement, Lit::Int, "0"sv, false, 8, "255"sv, ConstantError::None},  // ^uint8(0)
    {ConstantUnaryOp::Complement, Lit::Int, "255"sv, false, 8, "0"sv, ConstantError::None},  // ^uint8(255)
    {ConstantUnaryOp::Complement, Lit::Int, "1"sv, false, 64, "18446744073709551614"sv,
     ConstantError::None},                                                                                // ^uint64(1)
    {ConstantUnaryOp::Complement, Lit::Int, "0"sv, false, 32, "4294967295"sv, ConstantError::None},       // ^uint32(0)
    {ConstantUnaryOp::Complement, Lit::Float, "1.5"sv, false, 0, ""sv, ConstantError::InvalidOperation},  // ^(1.5)
    {ConstantUnaryOp::Complement, Lit::Float, "2.0"sv, false, 0, ""sv, ConstantError::InvalidOperation},  // ^(2.0)
    {ConstantUnaryOp::Not, Lit::Bool, "true"sv, false, 0, "false"sv, ConstantError::None},                // !(true)
    {ConstantUnaryOp::Not, Lit::Bool, "false"sv, false, 0, "true"sv, ConstantError::None},                // !(false)
    {ConstantUnaryOp::Not, Lit::Int, "1"sv, false, 0, ""sv, ConstantError::InvalidOperation},             // !(1)
    {ConstantUnaryOp::Minus, Lit::String, "\"a\""sv, false, 0, ""sv, ConstantError::InvalidOperation},    // -("a")
    {ConstantUnaryOp::Plus, Lit::Bool, "true"sv, false, 0, ""sv, ConstantError::InvalidOperation},        // +(true)
};

struct RepresentCase {
    Lit kind;
    std::string_view text;
    bool negate;
    ConstantType type;
    Representability status;
    std::string_view rounded;
};

// go/types on "var _ T = x" (the "(overflows)"/"(truncated)" suffix of the
// error) and the ExactString of the constant T(x).
const RepresentCase kRepresentCases[] = {
    {Lit::Int, "127"sv, false, ConstantType::Int8, Representability::Ok, "127"sv},         // var _ int8 = 127
    {Lit::Int, "128"sv, false, ConstantType::Int8, Representability::Overflows, ""sv},     // var _ int8 = 128
    {Lit::Int, "128"sv, true, ConstantType::Int8, Representability::Ok, "-128"sv},         // var _ int8 = -128
    {Lit::Int, "129"sv, true, ConstantType::Int8, Representability::Overflows, ""sv},      // var _ int8 = -129
    {Lit::Int, "300"sv, false, ConstantType::Int8, Representability::Overflows, ""sv},     // var _ int8 = 300
    {Lit::Int, "32767"sv, false, ConstantType::Int16, Representability::Ok, "32767"sv},    // var _ int16 = 32767
    {Lit::Int, "32768"sv, false, ConstantType::Int16, Representability::Overflows, ""sv},  // var _ int16 = 32768
    {Lit::Int, "32768"sv, true, ConstantType::Int16, Representability::Ok, "-32768"sv},    // var _ int16 = -32768
    {Lit::Int, "32769"sv, true, ConstantType::Int16, Representability::Overflows, ""sv},   // var _ int16 = -32769
    {Lit::Int, "2147483647"sv, false, ConstantType::Int32, Representability::Ok,
     "2147483647"sv},  // var _ int32 = 2147483647
    {Lit::Int, "2147483648"sv, false, ConstantType::Int32, Representability::Overflows,
     ""sv},  // var _ int32 = 2147483648
    {Lit::Int, "2147483648"sv, true, ConstantType::Int32, Representability::Ok,
     "-2147483648"sv},  // var _ int32 = -2147483648
    {Lit::Int, "2147483649"sv, true, ConstantType::Int32, Representability::Overflows,
     ""sv},  // var _ int32 = -2147483649
    {Lit::Int, "9223372036854775807"sv, false, ConstantType::Int64, Representability::Ok,
     "9223372036854775807"sv},  // var _ int64 = 9223372036854775807
    {Lit::Int, "9223372036854775808"sv, false, ConstantType::Int64, Representability::Overflows,
     ""sv},  // var _ int64 = 9223372036854775808
    {Lit::Int, "9223372036854775808"sv, true, ConstantType::Int64, Representability::Ok,
     "-9223372036854775808"sv},  // var _ int64 = -9223372036854775808
    {Lit::Int, "9223372036854775809"sv, true, ConstantType::Int64, Representability::Overflows,
     ""sv},  // var _ int64 = -9223372036854775809
    {Lit::Int, "9223372036854775807"sv, false, ConstantType::Int, Representability::Ok,
     "9223372036854775807"sv},  // var _ int = 9223372036854775807
    {Lit::Int, "9223372036854775808"sv, false, ConstantType::Int, Representability::Overflows,
     ""sv},  // var _ int = 9223372036854775808
    {Lit::Int, "9223372036854775808"sv, true, ConstantType::Int, Representability::Ok,
     "-9223372036854775808"sv},                                                      // var _ int = -9223372036854775808
    {Lit::Int, "255"sv, false, ConstantType::Uint8, Representability::Ok, "255"sv},  // var _ byte = 255
    {Lit::Int, "256"sv, false, ConstantType::Uint8, Representability::Overflows, ""sv},     // var _ byte = 256
    {Lit::Int, "1"sv, true, ConstantType::Uint8, Representability::Overflows, ""sv},        // var _ byte = -1
    {Lit::Int, "0"sv, false, ConstantType::Uint8, Representability::Ok, "0"sv},             // var _ uint8 = 0
    {Lit::Int, "300"sv, false, ConstantType::Uint8, Representability::Overflows, ""sv},     // var _ byte = 300
    {Lit::Int, "65535"sv, false, ConstantType::Uint16, Representability::Ok, "65535"sv},    // var _ uint16 = 65535
    {Lit::Int, "65536"sv, false, ConstantType::Uint16, Representability::Overflows, ""sv},  // var _ uint16 = 65536
    {Lit::Int, "4294967295"sv, false, ConstantType::Uint32, Representability::Ok,
     "4294967295"sv},  // var _ uint32 = 4294967295
    {Lit::Int, "4294967296"sv, false, ConstantType::Uint32, Representability::Overflows,
     ""sv},                                                                            // var _ uint32 = 4294967296
    {Lit::Int, "1"sv, true, ConstantType::Uint32, Representability::Overflows, ""sv},  // var _ uint32 = -1
    {Lit::Int, "18446744073709551615"sv, false, ConstantType::Uint64, Representability::Ok,
     "18446744073709551615"sv},  // var _ uint64 = 18446744073709551615
    {Lit::Int, "18446744073709551616"sv, false, ConstantType::Uint64, Representability::Overflows,
     ""sv},  // var _ uint64 = 18446744073709551616
    {Lit::Int, "1"sv, true, ConstantType::Uint64, Representability::Overflows, ""sv},  // var _ uint64 = -1
    {Lit::Int, "1"sv, true, ConstantType::Uint, Representability::Overflows, ""sv},    // var _ uint = -1
    {Lit::Int, "18446744073709551615"sv, false, ConstantType::Uint, Representability::Ok,
     "18446744073709551615"sv},  // var _ uint = 18446744073709551615
    {Lit::Int, "18446744073709551616"sv, false, ConstantType::Uintptr, Representability::Overflows,
     ""sv},  // var _ uintptr = 18446744073709551616
    {Lit::Int, "18446744073709551615"sv, false, ConstantType::Uintptr, Representability::Ok,
     "18446744073709551615"sv},  // var _ uintptr = 18446744073709551615
    {Lit::Int, "0x10000000000000000000000000000000000"sv, false, ConstantType::Uint64, Representability::Overflows,
     ""sv},  // var _ uint64 = 0x10000000000000000000000000000000000
    {Lit::Int, "0x10000000000000000000000000000000000"sv, true, ConstantType::Int64, Representability::Overflows,
     ""sv},  // var _ int64 = -0x10000000000000000000000000000000000
    {Lit::Float, "1.5"sv, false, ConstantType::Uint8, Representability::Truncated, ""sv},      // var _ byte = 1.5
    {Lit::Float, "2.0"sv, false, ConstantType::Uint8, Representability::Ok, "2"sv},            // var _ byte = 2.0
    {Lit::Float, "300.0"sv, false, ConstantType::Uint8, Representability::Truncated, ""sv},    // var _ byte = 300.0
    {Lit::Float, "1e100"sv, false, ConstantType::Int, Representability::Truncated, ""sv},      // var _ int = 1e100
    {Lit::Float, "1e100"sv, false, ConstantType::Int8, Representability::Truncated, ""sv},     // var _ int8 = 1e100
    {Lit::Float, "0.5"sv, true, ConstantType::Int, Representability::Truncated, ""sv},         // var _ int = -0.5
    {Lit::Float, "1e1000000"sv, false, ConstantType::Int, Representability::Truncated, ""sv},  // var _ int = 1e1000000
    {Lit::Float, "1e18"sv, false, ConstantType::Int64, Representability::Ok,
     "1000000000000000000"sv},                                                                // var _ int64 = 1e18
    {Lit::Float, "9.3e18"sv, false, ConstantType::Int64, Representability::Truncated, ""sv},  // var _ int64 = 9.3e18
    {Lit::Float, "1.8e19"sv, false, ConstantType::Uint64, Representability::Ok,
     "18000000000000000000"sv},                                                      // var _ uint64 = 1.8e19
    {Lit::Rune, "'a'"sv, false, ConstantType::Uint8, Representability::Ok, "97"sv},  // var _ byte = 'a'
    {Lit::Rune, "'\346\234\254'"sv, false, ConstantType::Uint8, Representability::Overflows,
     ""sv},                                                                                        // var _ byte = '本'
    {Lit::Rune, "'\346\234\254'"sv, false, ConstantType::Int32, Representability::Ok, "26412"sv},  // var _ int32 = '本'
    {Lit::Float, "1e39"sv, false, ConstantType::Float32, Representability::Overflows, ""sv},  // var _ float32 = 1e39
    {Lit::Float, "1e39"sv, true, ConstantType::Float32, Representability::Overflows, ""sv},   // var _ float32 = -1e39
    {Lit::Float, "1e38"sv, false, ConstantType::Float32, Representability::Ok,
     "99999996802856924650656260769173209088"sv},  // var _ float32 = 1e38
    {Lit::Float, "0.1"sv, false, ConstantType::Float32, Representability::Ok,
     "13421773/134217728"sv},  // var _ float32 = 0.1
    {Lit::Float, "0.1"sv, false, ConstantType::Float64, Representability::Ok,
     "3602879701896397/36028797018963968"sv},                                          // var _ float64 = 0.1
    {Lit::Float, "1.0"sv, false, ConstantType::Float32, Representability::Ok, "1"sv},  // var _ float32 = 1.0
    {Lit::Int, "16777217"sv, false, ConstantType::Float32, Representability::Ok,
     "16777216"sv},  // var _ float32 = 16777217
    {Lit::Int, "16777217"sv, false, ConstantType::Float64, Representability::Ok,
     "16777217"sv},  // var _ float64 = 16777217
    {Lit::Int, "340282356779733661637539395458142568447"sv, false, ConstantType::Float32, Representability::Ok,
     "340282346638528859811704183484516925440"sv},  // var _ float32 = 340282356779733661637539395458142568447
    {Lit::Int, "340282356779733661637539395458142568448"sv, false, ConstantType::Float32, Representability::Overflows,
     ""sv},  // var _ float32 = 340282356779733661637539395458142568448
    {Lit::Int,
     "179769313486231580793728971405303415079934132710037826936173778980444856993767939470306037"
     "373299283434094236931802787508806000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000"sv,
     false, ConstantType::Float64, Representability::Ok,
     "179769313486231564793826746329356487460061771816610493194377291867566634083253736182911671"
     "780280864445928163680987122391750825462330354250895282439122322875506826024599142533926918"
     "074193061745122574500020189880363468340637347674643851875759782894318316386198487970256787"
     "451014597457079993094755057664"sv},  // var _ float64 = 17976931348623158079372897140530341507993...
    {Lit::Int,
     "179769313486231580793728971405303415079934132710037826936173778980444856993767939470306037"
     "373299283434094236931802787508806100000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "000000000000000000000000000000000"sv,
     false, ConstantType::Float64, Representability::Ok,
     "179769313486231582638029648062753241036811749615417214769499711780300142752516047974199557"
     "705133346987947937634863329469335510944646030856350305385661191368996792997827878043322568"
     "159562580232434811418031762722806338690025564921116664860242317455376201573482671867252931"
     "992280047184033878278940833873920"sv},  // var _ float64 = 17976931348623158079372897140530341507993...
    {Lit::Float, "1e308"sv, false, ConstantType::Float64, Representability::Ok,
     "100000000000000001097906362944045541740492309677311846336810682903157585404911491537163328"
     "978494688899061249669721172515611590283743140088328307009198146046031271664502933027185697"
     "489699588559043338384466165001178426897626212945177628091195786707458122783970171784415105"
     "291802893207873272974885715430223118336"sv},                                             // var _ float64 = 1e308
    {Lit::Float, "1e309"sv, false, ConstantType::Float64, Representability::Overflows, ""sv},  // var _ float64 = 1e309
    {Lit::Float, "1e400"sv, false, ConstantType::Float64, Representability::Overflows, ""sv},  // var _ float64 = 1e400
    {Lit::Float, "1e1000000"sv, false, ConstantType::Float64, Representability::Overflows,
     ""sv},                                                                               // var _ float64 = 1e1000000
    {Lit::Float, "1e-400"sv, false, ConstantType::Float64, Representability::Ok, "0"sv},  // var _ float64 = 1e-400
    {Lit::Float, "1e-46"sv, false, ConstantType::Float32, Representability::Ok, "0"sv},   // var _ float32 = 1e-46
    {Lit::Float, "1e-45"sv, false, ConstantType::Float32, Representability::Ok,
     "1/713623846352979940529142984724747568191373312"sv},  // var _ float32 = 1e-45
    {Lit::Float, "0x1p-1075"sv, false, ConstantType::Float64, Representability::Ok,
     "0"sv},  // var _ float64 = 0x1p-1075
    {Lit::Float, "0x1.0000001p-1075"sv, false, ConstantType::Float64, Representability::Ok,
     "1/2024022533073106183524953467189173070495566497641421183569013580274303395679953468919603"
     "837014371244951870778643168119113898087373857934768670133999407385099215174242765663613644"
     "669077420932163412397676784727450685620074834246926986181033556491595563408100565123587695"
     "52333414615230502532186327508646006263307707741093494784"sv},  // var _ float64 = 0x1.0000001p-1075
    {Lit::Float, "0x1p-1074"sv, false, ConstantType::Float64, Representability::Ok,
     "1/2024022533073106183524953467189173070495566497641421183569013580274303395679953468919603"
     "837014371244951870778643168119113898087373857934768670133999407385099215174242765663613644"
     "669077420932163412397676784727450685620074834246926986181033556491595563408100565123587695"
     "52333414615230502532186327508646006263307707741093494784"sv},  // var _ float64 = 0x1p-1074
    {Lit::Float, "0x1.8p-1074"sv, false, ConstantType::Float64, Representability::Ok,
     "1/1012011266536553091762476733594586535247783248820710591784506790137151697839976734459801"
     "918507185622475935389321584059556949043686928967384335066999703692549607587121382831806822"
     "334538710466081706198838392363725342810037417123463493090516778245797781704050282561793847"
     "76166707307615251266093163754323003131653853870546747392"sv},  // var _ float64 = 0x1.8p-1074
    {Lit::Float, "0x1p-150"sv, false, ConstantType::Float32, Representability::Ok, "0"sv},  // var _ float32 = 0x1p-150
    {Lit::Float, "0x1.8p-150"sv, false, ConstantType::Float32, Representability::Ok,
     "1/713623846352979940529142984724747568191373312"sv},  // var _ float32 = 0x1.8p-150
    {Lit::Int, "0x10000000000000000000000000000000000"sv, false, ConstantType::Float64, Representability::Ok,
     "87112285931760246646623899502532662132736"sv},  // var _ float64 = 0x10000000000000000000000000000000000
    {Lit::Int, "1"sv, true, ConstantType::Float32, Representability::Ok, "-1"sv},              // var _ float32 = -1
    {Lit::String, "\"a\""sv, false, ConstantType::Int, Representability::Mismatch, ""sv},      // var _ int = "a"
    {Lit::Int, "1"sv, false, ConstantType::String, Representability::Mismatch, ""sv},          // var _ string = 1
    {Lit::String, "\"a\""sv, false, ConstantType::String, Representability::Ok, "\"a\""sv},    // var _ string = "a"
    {Lit::Float, "1.5"sv, false, ConstantType::String, Representability::Mismatch, ""sv},      // var _ string = 1.5
    {Lit::String, "\"a\""sv, false, ConstantType::Float64, Representability::Mismatch, ""sv},  // var _ float64 = "a"
};

struct FloatCase {
    Lit kind;
    std::string_view text;
    bool negate;
    double float64Value;
    bool float64Exact;
    double float32Value;
    bool float32Exact;
};

// go/constant.Float64Val / Float32Val.
const FloatCase kFloatCases[] = {
    {Lit::Float, "0.1"sv, false, 0x1.999999999999ap-04, false, 0x1.99999ap-04, false},
    {Lit::Float, "0.5"sv, false, 0x1p-01, true, 0x1p-01, true},
    {Lit::Float, "1.0"sv, false, 0x1p+00, true, 0x1p+00, true},
    {Lit::Float, "2.5"sv, true, -0x1.4p+01, true, -0x1.4p+01, true},
    {Lit::Float, "1.0e-320"sv, false, 0x1.fap-1064, false, 0x0p+00, false},
    {Lit::Float, "1e-400"sv, false, 0x0p+00, false, 0x0p+00, false},
    {Lit::Float, "1e-400"sv, true, -0.0, false, -0.0, false},
    {Lit::Float, "1e308"sv, false, 0x1.1ccf385ebc8ap+1023, false, kInf, false},
    {Lit::Float, "1e309"sv, false, kInf, false, kInf, false},
    {Lit::Float, "1e1000000"sv, false, kInf, false, kInf, false},
    {Lit::Int, "16777217"sv, false, 0x1.000001p+24, true, 0x1p+24, false},
    {Lit::Int, "9007199254740993"sv, false, 0x1p+53, false, 0x1p+53, false},
    {Lit::Int, "9007199254740992"sv, false, 0x1p+53, true, 0x1p+53, true},
    // big.Rat.Float32 calls the underflow of 2^-1074 to 0 exact; it is not.
    {Lit::Float, "0x1p-1074"sv, false, 0x1p-1074, true, 0x0p+00, false},
    {Lit::Float, "0x1p-149"sv, false, 0x1p-149, true, 0x1p-149, true},
    {Lit::Float, "3.4028235e38"sv, false, 0x1.fffffe54daff8p+127, false, 0x1.fffffep+127, false},
    {Lit::Int, "340282356779733661637539395458142568448"sv, false, 0x1.ffffffp+127, true, kInf, false},
    {Lit::Int, "123456789012345678901234567890"sv, false, 0x1.8ee90ff6c373ep+96, false, 0x1.8ee91p+96, false},
    {Lit::Int, "0"sv, false, 0x0p+00, true, 0x0p+00, true},
    {Lit::Float, "0x1.fffffffffffff7p1023"sv, false, 0x1.fffffffffffffp+1023, false, kInf, false},
    {Lit::Float, "0x1.fffffffffffff8p1023"sv, false, kInf, false, kInf, false},
};

struct IntCase {
    Lit kind;
    std::string_view text;
    bool negate;
    int64_t int64Value;
    bool int64Exact;
    uint64_t uint64Value;
    bool uint64Exact;
};

// go/constant.Int64Val / Uint64Val of ToInt(x).
const IntCase kIntCases[] = {
    {Lit::Int, "0"sv, false, 0LL, true, 0ULL, true},
    {Lit::Int, "1"sv, false, 1LL, true, 1ULL, true},
    {Lit::Int, "1"sv, true, -1LL, true, 0ULL, false},
    {Lit::Int, "9223372036854775807"sv, false, 9223372036854775807LL, true, 9223372036854775807ULL, true},
    {Lit::Int, "9223372036854775808"sv, true, INT64_MIN, true, 0ULL, false},
    {Lit::Int, "9223372036854775808"sv, false, 0LL, false, 9223372036854775808ULL, true},
    {Lit::Int, "18446744073709551615"sv, false, 0LL, false, 18446744073709551615ULL, true},
    {Lit::Int, "18446744073709551616"sv, false, 0LL, false, 0ULL, false},
    {Lit::Int, "9223372036854775809"sv, true, 0LL, false, 0ULL, false},
    {Lit::Float, "2.0"sv, false, 2LL, true, 2ULL, true},
    {Lit::Float, "1e18"sv, false, 1000000000000000000LL, true, 1000000000000000000ULL, true},
    {Lit::Float, "1.5"sv, false, 0LL, false, 0ULL, false},
};

}  // namespace

TEST_CASE("literals parse to go/constant's values", "[constant][literal]") {
    for (const LiteralCase& c : kLiteralCases) {
        INFO("literal " << c.text);
        ConstantResult r = parse(c.kind, c.text);
        REQUIRE(r.error == c.error);
        if (!r.ok()) continue;
        if (c.kind == Lit::String) {
            CHECK(r.value.kind() == ConstantKind::String);
            CHECK(r.value.stringValue() == c.exact);
        } else {
            CHECK(r.value.kind() == (c.kind == Lit::Float ? ConstantKind::Float : ConstantKind::Int));
            CHECK(r.value.exactString() == c.exact);
        }
        CHECK(r.value.toString() == c.shortForm);
    }
}

TEST_CASE("malformed literals are rejected", "[constant][literal]") {
    for (const BadLiteralCase& c : kBadLiterals) {
        INFO("literal " << c.text);
        CHECK(parse(c.kind, c.text).error == ConstantError::Malformed);
    }
}

TEST_CASE("raw strings drop carriage returns", "[constant][literal]") {
    ConstantResult r = Constant::fromStringLiteral("`a\r\nb\r`");
    REQUIRE(r.ok());
    CHECK(r.value.stringValue() == "a\nb");
}

TEST_CASE("numeric literals longer than gc's limit are refused", "[constant][literal]") {
    std::string digits(kMaxLiteralLength + 1, '1');
    CHECK(Constant::fromIntLiteral(digits).error == ConstantError::LiteralTooLong);
    CHECK(Constant::fromFloatLiteral(digits + ".5").error == ConstantError::LiteralTooLong);
    CHECK(Constant::fromIntLiteral(digits.substr(1)).ok());
}

TEST_CASE("float literal exponents far beyond any range", "[constant][literal]") {
    // go/constant turns the overflowed big.Float into Unknown; underflow is 0.
    CHECK(Constant::fromFloatLiteral("1e1000000000").error == ConstantError::NotRepresentable);
    CHECK(Constant::fromFloatLiteral("0x1p99999999999").error == ConstantError::NotRepresentable);
    ConstantResult tiny = Constant::fromFloatLiteral("1e-1000000000");
    REQUIRE(tiny.ok());
    CHECK(tiny.value.sign() == 0);
    CHECK(Constant::fromFloatLiteral("0x1p-99999999999").value.sign() == 0);
}

TEST_CASE("binary operations fold like go/types", "[constant][arith]") {
    for (const BinaryCase& c : kBinaryCases) {
        INFO((c.negateLeft ? "-" : "") << c.left << " op#" << int(c.op) << " " << (c.negateRight ? "-" : "")
                                       << c.right);
        Constant x = operand(c.leftKind, c.left, c.negateLeft);
        Constant y = operand(c.rightKind, c.right, c.negateRight);
        ConstantResult r = Constant::binaryOp(x, c.op, y);
        REQUIRE(r.error == c.error);
        if (!r.ok()) {
            CHECK(r.value.isUnknown());
            continue;
        }
        CHECK(r.value.exactString() == c.exact);
        CHECK(r.value.toString() == c.shortForm);
        CHECK(r.value.exceedsUntypedIntPrecision() == c.exceedsUntypedPrecision);
    }
}

TEST_CASE("unary operations fold like go/types", "[constant][arith]") {
    for (const UnaryCase& c : kUnaryCases) {
        INFO("op#" << int(c.op) << " " << (c.negate ? "-" : "") << c.text << " bits " << c.bits);
        Constant x = operand(c.kind, c.text, c.negate);
        ConstantResult r = Constant::unaryOp(c.op, x, c.bits);
        REQUIRE(r.error == c.error);
        if (r.ok()) CHECK(r.value.exactString() == c.exact);
    }
}

TEST_CASE("representability follows gc's classification", "[constant][represent]") {
    for (const RepresentCase& c : kRepresentCases) {
        INFO((c.negate ? "-" : "") << c.text << " as type#" << int(c.type));
        Representation r = operand(c.kind, c.text, c.negate).representAs(c.type);
        CHECK(r.status == c.status);
        if (r.ok()) CHECK(r.rounded.exactString() == c.rounded);
    }
}

TEST_CASE("float64 and float32 extraction rounds to nearest even", "[constant][convert]") {
    for (const FloatCase& c : kFloatCases) {
        INFO((c.negate ? "-" : "") << c.text);
        Constant x = operand(c.kind, c.text, c.negate);
        ExactValue<double> d = x.doubleValue();
        ExactValue<float> f = x.floatValue();
        CHECK(d.value == c.float64Value);
        CHECK(std::signbit(d.value) == std::signbit(c.float64Value));
        CHECK(d.exact == c.float64Exact);
        CHECK(double(f.value) == c.float32Value);
        CHECK(f.exact == c.float32Exact);
    }
}

TEST_CASE("int64 and uint64 extraction reports exactness", "[constant][convert]") {
    for (const IntCase& c : kIntCases) {
        INFO((c.negate ? "-" : "") << c.text);
        Constant x = operand(c.kind, c.text, c.negate);
        ExactValue<int64_t> i = x.int64Value();
        ExactValue<uint64_t> u = x.uint64Value();
        CHECK(i.exact == c.int64Exact);
        if (i.exact) CHECK(i.value == c.int64Value);
        CHECK(u.exact == c.uint64Exact);
        if (u.exact) CHECK(u.value == c.uint64Value);
    }
}

TEST_CASE("rational arithmetic is exact", "[constant][arith]") {
    // go: const x = 1.0 / 3 * 3; x == 1 is true and x is usable as an int.
    Constant third = apply(floatLit("1.0"), ConstantOp::Quo, intLit("3"));
    Constant one = apply(third, ConstantOp::Mul, intLit("3"));
    CHECK(one.exactString() == "1");
    CHECK(one.kind() == ConstantKind::Float);
    CHECK(Constant::compare(one, ConstantOp::Equal, intLit("1")));
    CHECK(one.toInt().kind() == ConstantKind::Int);
    CHECK(one.representAs(ConstantType::Int).rounded.exactString() == "1");

    // go: 0.1 + 0.2 == 0.3 is true for untyped constants.
    Constant sum = apply(floatLit("0.1"), ConstantOp::Add, floatLit("0.2"));
    CHECK(Constant::compare(sum, ConstantOp::Equal, floatLit("0.3")));
    CHECK(third.toInt().isUnknown());
}

TEST_CASE("integer division truncates only between Ints", "[constant][arith]") {
    // go: 7 / 2 == 3, but 7.0 / 2 == 3.5.
    CHECK(apply(intLit("7"), ConstantOp::Quo, intLit("2")).exactString() == "3");
    CHECK(apply(intLit("7").toFloat(), ConstantOp::Quo, intLit("2")).exactString() == "7/2");
    CHECK(apply(intLit("7").toFloat(), ConstantOp::Quo, intLit("2")).toString() == "3.5");
}

TEST_CASE("huge integers beyond 256 bits", "[constant][arith]") {
    // types.Eval of 3*3*...*3 (200 factors), (1<<300 - 1) / 3**150 and
    // (1<<300 - 1) % 1000000007.
    Constant three = intLit("3");
    Constant power = intLit("1");
    for (int i = 0; i < 200; ++i) power = apply(power, ConstantOp::Mul, three);
    CHECK(power.exactString() ==
          "265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001");
    CHECK(power.bitLen() == 317);
    Constant mask = apply(apply(intLit("1"), ConstantOp::Shl, intLit("300")), ConstantOp::Sub, intLit("1"));
    CHECK(mask.bitLen() == 300);
    Constant power150 = intLit("1");
    for (int i = 0; i < 150; ++i) power150 = apply(power150, ConstantOp::Mul, three);
    CHECK(apply(mask, ConstantOp::Quo, power150).exactString() == "5505673983721651297");
    CHECK(apply(mask, ConstantOp::Rem, intLit("1000000007")).exactString() == "322050758");
    CHECK(!Constant::compare(power, ConstantOp::Less, mask));
}

TEST_CASE("shift counts are bounded", "[constant][shift]") {
    CHECK(Constant::shift(intLit("1"), ConstantOp::Shl, intLit("100000000000")).error ==
          ConstantError::InvalidShiftCount);
    CHECK(Constant::shift(intLit("1"), ConstantOp::Shl, intLit("0x10000000000000000000")).error ==
          ConstantError::InvalidShiftCount);
    CHECK(Constant::shift(intLit("1"), ConstantOp::Shr, intLit("1074")).value.exactString() == "0");
    CHECK(Constant::shift(intLit("1"), ConstantOp::Add, intLit("1")).error == ConstantError::InvalidOperation);
    CHECK(Constant::shift(Constant::fromString("a"), ConstantOp::Shl, intLit("1")).error ==
          ConstantError::InvalidOperation);
}

TEST_CASE("division by zero is an error, never a crash", "[constant][arith]") {
    for (ConstantOp op : {ConstantOp::Quo, ConstantOp::Rem}) {
        CHECK(Constant::binaryOp(intLit("1"), op, intLit("0")).error == ConstantError::DivisionByZero);
        CHECK(Constant::binaryOp(intLit("0x100000000000000000000000000"), op, intLit("0")).error ==
              ConstantError::DivisionByZero);
    }
    CHECK(Constant::binaryOp(floatLit("1e4000"), ConstantOp::Quo, floatLit("0.0")).error ==
          ConstantError::DivisionByZero);
    CHECK(std::string(constantErrorMessage(ConstantError::DivisionByZero)) == "invalid operation: division by zero");
}

TEST_CASE("unknown operands propagate silently", "[constant][arith]") {
    Constant unknown;
    CHECK(unknown.isUnknown());
    CHECK(unknown.toString() == "unknown");
    CHECK(unknown.sign() == 1);  // never mistaken for a zero divisor
    for (ConstantOp op : {ConstantOp::Add, ConstantOp::Quo, ConstantOp::Shl, ConstantOp::Less}) {
        ConstantResult r = Constant::binaryOp(intLit("1"), op, unknown);
        CHECK(r.ok());
        CHECK(r.value.isUnknown());
    }
    CHECK(Constant::unaryOp(ConstantUnaryOp::Minus, unknown).value.isUnknown());
    CHECK(unknown.representAs(ConstantType::Int8).ok());
    CHECK(!Constant::compare(unknown, ConstantOp::Equal, unknown));
}

TEST_CASE("booleans and strings", "[constant]") {
    Constant t = Constant::fromBool(true);
    Constant f = Constant::fromBool(false);
    CHECK(apply(t, ConstantOp::LogicalAnd, f).exactString() == "false");
    CHECK(apply(t, ConstantOp::LogicalOr, f).exactString() == "true");
    CHECK(apply(t, ConstantOp::NotEqual, f).exactString() == "true");
    CHECK(Constant::binaryOp(t, ConstantOp::Less, f).error == ConstantError::InvalidOperation);
    CHECK(Constant::binaryOp(t, ConstantOp::Add, f).error == ConstantError::InvalidOperation);

    Constant s = Constant::fromString(std::string("a\0b", 3));
    Constant joined = apply(s, ConstantOp::Add, Constant::fromString("\xe4\xb8\x96"));
    CHECK(joined.stringValue() == std::string("a\0b\xe4\xb8\x96", 6));
    CHECK(joined.exactString() == "\"a\\x00b\xe4\xb8\x96\"");  // strconv.Quote
    CHECK(joined.representAs(ConstantType::UntypedString).ok());
}

TEST_CASE("construction from C++ values", "[constant]") {
    CHECK(Constant::fromInt64(std::numeric_limits<int64_t>::min()).exactString() == "-9223372036854775808");
    CHECK(Constant::fromUint64(std::numeric_limits<uint64_t>::max()).exactString() == "18446744073709551615");
    CHECK(Constant::fromUint64(std::numeric_limits<uint64_t>::max()).bitLen() == 64);
    // go/constant.MakeFloat64(0.1).ExactString()
    CHECK(Constant::fromDouble(0.1).exactString() == "3602879701896397/36028797018963968");
    CHECK(Constant::fromDouble(-0.0).exactString() == "0");
    CHECK(Constant::fromDouble(-0.0).kind() == ConstantKind::Float);
    CHECK(Constant::fromDouble(std::nan("")).isUnknown());
    CHECK(Constant::fromDouble(kInf).isUnknown());
    CHECK(Constant::fromDouble(1e300).doubleValue().exact);
}

TEST_CASE("conversions between Int and Float", "[constant][convert]") {
    CHECK(intLit("5").toFloat().kind() == ConstantKind::Float);
    CHECK(floatLit("2.0").toInt().exactString() == "2");
    CHECK(floatLit("1e100").toInt().bitLen() == 333);
    CHECK(floatLit("1e1000000").toInt().isUnknown());  // too large to become an Int
    CHECK(Constant::fromString("x").toInt().isUnknown());
    CHECK(Constant::fromString("x").toFloat().isUnknown());
    // types.Eval: 1e4000 / 1e3990 is the big float 0x.9502f9p+34 (exactly
    // 1e10), and 1e-4000 * 1e4000 is one unit in the last place above 1,
    // which go/constant.ToInt still accepts as the integer 1.
    Constant big = apply(floatLit("1e4000"), ConstantOp::Quo, floatLit("1e3990"));
    CHECK(big.exactString() == "0x.9502f9p+34");
    CHECK(big.toInt().exactString() == "10000000000");
    Constant nearOne = apply(floatLit("1e-4000"), ConstantOp::Mul, floatLit("1e4000"));
    CHECK(nearOne.exactString() == "0x.8" + std::string(126, '0') + "1p+1");
    CHECK(nearOne.toString() == "1");
    CHECK(nearOne.toInt().exactString() == "1");
    CHECK(intLit("7").representAs(ConstantType::UntypedFloat).rounded.exactString() == "7");
    CHECK(floatLit("2.5").representAs(ConstantType::UntypedInt).status == Representability::Truncated);
    CHECK(floatLit("2.0").representAs(ConstantType::UntypedRune).rounded.exactString() == "2");
    CHECK(Constant::fromBool(true).representAs(ConstantType::Bool).ok());
    CHECK(Constant::fromBool(true).representAs(ConstantType::Int).status == Representability::Mismatch);
}

TEST_CASE("constants can be shared across threads", "[constant]") {
    Constant shared = apply(floatLit("1e4000"), ConstantOp::Quo, intLit("7"));
    std::string expected = apply(shared, ConstantOp::Mul, shared).toString();
    std::vector<std::thread> threads;
    std::vector<int> ok(8, 0);
    for (size_t t = 0; t < ok.size(); ++t) {
        threads.emplace_back([&, t] {
            bool good = true;
            for (int i = 0; i < 200; ++i) {
                Constant copy = shared;
                ConstantResult r = Constant::binaryOp(copy, ConstantOp::Mul, shared);
                good = good && r.ok() && r.value.toString() == expected;
            }
            ok[t] = good ? 1 : 0;
        });
    }
    for (std::thread& thread : threads) thread.join();
    for (int v : ok) CHECK(v == 1);
}
