// Tests for runtime/strconv: every expected string in tests/data/strconv_cases.txt
// was produced by the Go toolchain (see tests/data/gen_strconv_cases.go).
#include "runtime/strconv.hpp"

#include <bit>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#ifndef GOVM_TEST_DATA_DIR
#error "GOVM_TEST_DATA_DIR must name tests/data (tests/CMakeLists.txt sets it)"
#endif

using namespace govm::rt;

namespace {

struct Case {
    int line = 0;
    std::vector<std::string> f;  // f[0] is the kind
};

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return c - 'A' + 10;
}

// Undoes the generator's escaping: \\, \t, \n, \xHH.
std::string unescapeField(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); i++) {
        if (s[i] != '\\' || i + 1 >= s.size()) {
            out += s[i];
            continue;
        }
        char c = s[++i];
        if (c == 't')
            out += '\t';
        else if (c == 'n')
            out += '\n';
        else if (c == 'x' && i + 2 < s.size()) {
            out += char(hexValue(s[i + 1]) * 16 + hexValue(s[i + 2]));
            i += 2;
        } else
            out += c;
    }
    return out;
}

std::vector<std::string> splitTabs(const std::string& line) {
    std::vector<std::string> fields;
    size_t start = 0;
    for (;;) {
        size_t tab = line.find('\t', start);
        fields.push_back(unescapeField(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start)));
        if (tab == std::string::npos) return fields;
        start = tab + 1;
    }
}

const std::map<std::string, std::vector<Case>>& allCases() {
    static const std::map<std::string, std::vector<Case>> cases = [] {
        std::map<std::string, std::vector<Case>> m;
        std::ifstream in(std::string(GOVM_TEST_DATA_DIR) + "/strconv_cases.txt", std::ios::binary);
        std::string line;
        int n = 0;
        while (std::getline(in, line)) {
            n++;
            if (line.empty()) continue;
            Case c{n, splitTabs(line)};
            m[c.f[0]].push_back(std::move(c));
        }
        return m;
    }();
    return cases;
}

const std::vector<Case>& casesOf(const std::string& kind) {
    static const std::vector<Case> empty;
    auto it = allCases().find(kind);
    return it == allCases().end() ? empty : it->second;
}

double doubleFromHex(const std::string& s) {
    return std::bit_cast<double>(uint64_t(std::strtoull(s.c_str(), nullptr, 16)));
}

std::string hexBits(double v) {
    char buf[17];
    uint64_t b = std::bit_cast<uint64_t>(v);
    for (int i = 15; i >= 0; i--, b >>= 4) buf[i] = "0123456789abcdef"[b & 0xF];
    buf[16] = 0;
    return buf;
}

const char* statusName(ParseStatus st) {
    switch (st) {
        case ParseStatus::Ok: return "ok";
        case ParseStatus::Syntax: return "syntax";
        case ParseStatus::Range: return "range";
        case ParseStatus::InvalidBase: return "base";
        case ParseStatus::InvalidBitSize: return "bitsize";
    }
    return "?";
}

// A parsed fmt directive such as "%-+08.3e", following fmt's doPrintf.
struct Spec {
    FmtFlags flags;
    int prec = -1;
    char verb = 0;
    bool sharpV = false;
};

Spec parseSpec(const std::string& s) {
    Spec spec;
    size_t i = 1;  // skip '%'
    for (; i < s.size(); i++) {
        char c = s[i];
        if (c == '#')
            spec.flags.sharp = true;
        else if (c == '0')
            spec.flags.zero = !spec.flags.minus;
        else if (c == '+')
            spec.flags.plus = true;
        else if (c == '-') {
            spec.flags.minus = true;
            spec.flags.zero = false;
        } else if (c == ' ')
            spec.flags.space = true;
        else
            break;
    }
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; i++) spec.flags.width = spec.flags.width * 10 + (s[i] - '0');
    if (i < s.size() && s[i] == '.') {
        spec.prec = 0;
        for (i++; i < s.size() && s[i] >= '0' && s[i] <= '9'; i++) spec.prec = spec.prec * 10 + (s[i] - '0');
    }
    spec.verb = s[i];
    if (spec.verb == 'v') {
        spec.sharpV = spec.flags.sharp;
        spec.flags.sharp = false;
        spec.flags.plus = false;  // becomes plusV, which numbers ignore
    }
    return spec;
}

template <typename Fn>
void runKind(const std::string& kind, size_t minCases, Fn check) {
    const auto& cases = casesOf(kind);
    REQUIRE(cases.size() >= minCases);
    for (const Case& c : cases) {
        INFO("line " << c.line << " of strconv_cases.txt");
        check(c.f);
    }
}

}  // namespace

TEST_CASE("strconv: data file is present", "[strconv]") {
    size_t total = 0;
    for (const auto& [kind, cases] : allCases()) total += cases.size();
    INFO("looking in " GOVM_TEST_DATA_DIR);
    CHECK(total > 10000);
}

TEST_CASE("strconv: FormatFloat", "[strconv]") {
    runKind("ftoa", 4000, [](const std::vector<std::string>& f) {
        std::string out;
        formatFloat(out, doubleFromHex(f[1]), f[2][0], std::atoi(f[3].c_str()), std::atoi(f[4].c_str()));
        INFO("FormatFloat(" << f[1] << ", '" << f[2] << "', " << f[3] << ", " << f[4] << ")");
        CHECK(out == f[5]);
    });
}

TEST_CASE("strconv: fmt float verbs", "[strconv][fmt]") {
    runKind("fmtf", 1500, [](const std::vector<std::string>& f) {
        Spec spec = parseSpec(f[3]);
        std::string out;
        CHECK(fmtFloat(out, doubleFromHex(f[1]), std::atoi(f[2].c_str()), spec.verb, spec.prec, spec.flags));
        INFO("Sprintf(\"" << f[3] << "\", " << f[1] << "/" << f[2] << ")");
        CHECK(out == f[4]);
    });
}

TEST_CASE("strconv: fmt complex verbs", "[strconv][fmt]") {
    runKind("fmtc", 50, [](const std::vector<std::string>& f) {
        Spec spec = parseSpec(f[4]);
        std::string out;
        CHECK(fmtComplex(out, doubleFromHex(f[1]), doubleFromHex(f[2]), std::atoi(f[3].c_str()), spec.verb, spec.prec,
                         spec.flags));
        INFO("Sprintf(\"" << f[4] << "\", complex)");
        CHECK(out == f[5]);
    });
}

TEST_CASE("strconv: fmt integer verbs", "[strconv][fmt]") {
    runKind("fmti", 1500, [](const std::vector<std::string>& f) {
        const bool isSigned = f[1] == "s";
        const uint64_t bits =
            isSigned ? uint64_t(std::strtoll(f[2].c_str(), nullptr, 10)) : std::strtoull(f[2].c_str(), nullptr, 10);
        Spec spec = parseSpec(f[3]);
        char verb = spec.verb;
        if (verb == 'v' && spec.sharpV && !isSigned) {
            verb = 'x';  // fmt0x64
            spec.flags.sharp = true;
        }
        std::string out;
        CHECK(fmtInteger(out, bits, isSigned, verb, spec.prec, spec.flags));
        INFO("Sprintf(\"" << f[3] << "\", " << f[2] << ")");
        CHECK(out == f[4]);
    });
}

TEST_CASE("strconv: FormatInt / FormatUint", "[strconv]") {
    runKind("itoa", 100, [](const std::vector<std::string>& f) {
        std::string out;
        int base = std::atoi(f[3].c_str());
        if (f[1] == "s")
            formatInt(out, std::strtoll(f[2].c_str(), nullptr, 10), base);
        else
            formatUint(out, std::strtoull(f[2].c_str(), nullptr, 10), base);
        CHECK(out == f[4]);
    });
}

TEST_CASE("strconv: Quote family", "[strconv]") {
    runKind("quote", 140, [](const std::vector<std::string>& f) {
        std::string out;
        if (f[1] == "q")
            quote(out, f[2]);
        else if (f[1] == "a")
            quoteToASCII(out, f[2]);
        else
            quoteToGraphic(out, f[2]);
        CHECK(out == f[3]);
    });
    runKind("quoterune", 90, [](const std::vector<std::string>& f) {
        std::string out;
        int32_t r = int32_t(std::strtol(f[2].c_str(), nullptr, 10));
        if (f[1] == "q")
            quoteRune(out, r);
        else if (f[1] == "a")
            quoteRuneToASCII(out, r);
        else
            quoteRuneToGraphic(out, r);
        CHECK(out == f[3]);
    });
    runKind("canbq", 40, [](const std::vector<std::string>& f) { CHECK(canBackquote(f[1]) == (f[2] == "1")); });
}

TEST_CASE("strconv: Unquote family", "[strconv]") {
    runKind("unquote", 50, [](const std::vector<std::string>& f) {
        std::string out = "prefix:";
        bool ok = unquote(f[1], out);
        CHECK(ok == (f[2] == "ok"));
        CHECK(out == "prefix:" + f[3]);
    });
    runKind("qprefix", 50, [](const std::vector<std::string>& f) {
        std::string_view prefix;
        bool ok = quotedPrefix(f[1], prefix);
        CHECK(ok == (f[2] == "ok"));
        if (ok) CHECK(std::string(prefix) == f[3]);
    });
    runKind("unquotechar", 20, [](const std::vector<std::string>& f) {
        int32_t value = 0;
        bool multibyte = false;
        std::string_view tail;
        bool ok = unquoteChar(f[1], char(std::atoi(f[2].c_str())), value, multibyte, tail);
        CHECK(ok == (f[3] == "ok"));
        if (ok) {
            CHECK(value == std::atoi(f[4].c_str()));
            CHECK(multibyte == (f[5] == "1"));
            CHECK(std::string(tail) == f[6]);
        }
    });
}

TEST_CASE("strconv: IsPrint / IsGraphic over all runes", "[strconv]") {
    auto checkRuns = [](const std::string& kind, bool (*pred)(int32_t)) {
        const auto& cases = casesOf(kind);
        REQUIRE(cases.size() > 100);
        std::vector<bool> expected(0x110000, false);
        for (const Case& c : cases)
            for (long r = std::strtol(c.f[1].c_str(), nullptr, 16); r <= std::strtol(c.f[2].c_str(), nullptr, 16); r++)
                expected[size_t(r)] = true;
        int mismatches = 0;
        for (int32_t r = 0; r < 0x110000; r++) {
            if (pred(r) != expected[size_t(r)] && mismatches++ < 10)
                FAIL_CHECK(kind << " mismatch at U+" << std::hex << r);
        }
        CHECK(mismatches == 0);
    };
    checkRuns("printrun", isPrint);
    checkRuns("graphicrun", isGraphic);
    runKind("isprint", 5, [](const std::vector<std::string>& f) {
        CHECK(isPrint(int32_t(std::strtol(f[1].c_str(), nullptr, 10))) == (f[2] == "1"));
    });
}

TEST_CASE("strconv: ParseInt / ParseUint / Atoi", "[strconv]") {
    runKind("atoi", 2000, [](const std::vector<std::string>& f) {
        const std::string& kind = f[1];
        const std::string& s = f[2];
        int base = std::atoi(f[3].c_str());
        int bitSize = std::atoi(f[4].c_str());
        ParseStatus st;
        std::string value;
        const char* fn;
        if (kind == "u") {
            uint64_t v = 1;
            st = parseUint(s, base, bitSize, v);
            formatUint(value, v);
            fn = "ParseUint";
        } else {
            int64_t v = 1;
            st = kind == "i" ? parseInt(s, base, bitSize, v) : atoi(s, v);
            formatInt(value, v);
            fn = kind == "i" ? "ParseInt" : "Atoi";
        }
        INFO(fn << "(\"" << s << "\", " << base << ", " << bitSize << ")");
        CHECK(statusName(st) == f[5]);
        CHECK(value == f[6]);
        std::string msg;
        appendNumError(msg, fn, s, st, st == ParseStatus::InvalidBase ? base : bitSize);
        CHECK(msg == (f.size() > 7 ? f[7] : ""));
    });
}

TEST_CASE("strconv: ParseFloat", "[strconv]") {
    runKind("atof", 200, [](const std::vector<std::string>& f) {
        double v = 1;
        ParseStatus st = parseFloat(f[1], std::atoi(f[2].c_str()), v);
        INFO("ParseFloat(\"" << f[1] << "\", " << f[2] << ")");
        CHECK(statusName(st) == f[3]);
        CHECK(hexBits(v) == f[4]);
        std::string msg;
        appendNumError(msg, "ParseFloat", f[1], st);
        CHECK(msg == (f.size() > 5 ? f[5] : ""));
    });
}

TEST_CASE("strconv: ParseBool", "[strconv]") {
    runKind("atob", 15, [](const std::vector<std::string>& f) {
        bool v = true;
        ParseStatus st = parseBool(f[1], v);
        CHECK(statusName(st) == f[2]);
        CHECK(v == (f[3] == "1"));
        std::string msg;
        appendNumError(msg, "ParseBool", f[1], st);
        CHECK(msg == (f.size() > 4 ? f[4] : ""));
    });
}

TEST_CASE("strconv: fmt %v shortcut and bad verbs", "[strconv][fmt]") {
    std::string out;
    formatFloatV(out, 1e20, 64);
    out += ' ';
    formatFloatV(out, 100000000.0, 64);
    out += ' ';
    formatFloatV(out, 123456789.0, 64);
    out += ' ';
    formatFloatV(out, 0.000001, 64);
    out += ' ';
    formatFloatV(out, double(0.1f), 32);
    CHECK(out == "1e+20 1e+08 1.23456789e+08 1e-06 0.1");

    std::string bad;
    CHECK_FALSE(fmtFloat(bad, 1.0, 64, 'd', -1, {}));
    CHECK_FALSE(fmtInteger(bad, 1, true, 'f', -1, {}));
    CHECK_FALSE(fmtComplex(bad, 1.0, 2.0, 128, 's', -1, {}));
    CHECK(bad.empty());

    std::string b;
    formatBool(b, true);
    formatBool(b, false);
    CHECK(b == "truefalse");
}
