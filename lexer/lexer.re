// The Go scanner, compiled to C++ by re2c in UTF-8 mode. lexer.hpp states
// the contract (sanitized input, semicolon insertion, LBody). re2c matches
// tokens, keywords and Unicode classes; literals are finished by hand-written
// loops ported from gc's scanner so that every malformed literal gets gc's
// message at gc's column.
#include "lexer/lexer.hpp"

#include <cstdio>

#include "runtime/strconv.hpp"

namespace govm {

/*!include:re2c "unicode_categories.re" */

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYCURSOR = cursor_;
    re2c:define:YYMARKER = marker;
    re2c:yyfill:enable = 0;
    re2c:flags:utf-8 = 1;

    letter = [a-zA-Z_] | L;
    identifier = letter (letter | Nd)*;
*/

// ---------------------------------------------------------------------------
// Unicode helpers

uint32_t decodeRune(const unsigned char* p, int& length) {
    if (p[0] < 0x80) {
        length = 1;
        return p[0];
    }
    if ((p[0] & 0xE0) == 0xC0) {
        length = 2;
        return ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu);
    }
    if ((p[0] & 0xF0) == 0xE0) {
        length = 3;
        return ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    }
    length = 4;
    return ((p[0] & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
}

void appendUtf8(std::string& out, uint32_t rune) {
    if (rune < 0x80) {
        out += char(rune);
    } else if (rune < 0x800) {
        out += char(0xC0 | (rune >> 6));
        out += char(0x80 | (rune & 0x3F));
    } else if (rune < 0x10000) {
        out += char(0xE0 | (rune >> 12));
        out += char(0x80 | ((rune >> 6) & 0x3F));
        out += char(0x80 | (rune & 0x3F));
    } else {
        out += char(0xF0 | (rune >> 18));
        out += char(0x80 | ((rune >> 12) & 0x3F));
        out += char(0x80 | ((rune >> 6) & 0x3F));
        out += char(0x80 | (rune & 0x3F));
    }
}

RuneClass classifyRune(uint32_t rune) {
    if (rune < 0x80) {
        if ((rune | 0x20) >= 'a' && (rune | 0x20) <= 'z') return RuneClass::Letter;
        return rune >= '0' && rune <= '9' ? RuneClass::Digit : RuneClass::Other;
    }
    if (rune > 0x10FFFF || (rune >= 0xD800 && rune < 0xE000)) return RuneClass::Other;
    std::string encoded;
    appendUtf8(encoded, rune);
    const unsigned char* cursor_ = reinterpret_cast<const unsigned char*>(encoded.c_str());
    const unsigned char* marker;
    (void)marker;
    /*!re2c
        L  { return RuneClass::Letter; }
        Nd { return RuneClass::Digit; }
        *  { return RuneClass::Other; }
    */
}

std::string formatRuneU(uint32_t rune) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", rune);
    std::string out = buffer;
    if (rt::isPrint(int32_t(rune))) {
        out += " '";
        appendUtf8(out, rune);
        out += "'";
    }
    return out;
}

std::string quoteRune(uint32_t rune) {
    std::string out;
    rt::quoteRune(out, int32_t(rune));
    return out;
}

// ---------------------------------------------------------------------------
// Source sanitizing (gc's source.nextch errors)

namespace {

// Length of the valid UTF-8 sequence at p (p < end), or 0 if invalid.
int validUtf8Length(const unsigned char* p, const unsigned char* end) {
    unsigned char c = p[0];
    auto continuation = [&](int i) { return p + i < end && (p[i] & 0xC0) == 0x80; };
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) return continuation(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (!continuation(1) || !continuation(2)) return 0;
        if (c == 0xE0 && p[1] < 0xA0) return 0;   // overlong
        if (c == 0xED && p[1] >= 0xA0) return 0;  // surrogate
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (!continuation(1) || !continuation(2) || !continuation(3)) return 0;
        if (c == 0xF0 && p[1] < 0x90) return 0;  // overlong
        if (c == 0xF4 && p[1] >= 0x90) return 0;  // beyond U+10FFFF
        return 4;
    }
    return 0;
}

}  // namespace

std::string sanitizeSource(std::string_view raw, Diagnostics& diags) {
    std::string text(raw);
    auto* p = reinterpret_cast<unsigned char*>(text.data());
    auto* end = p + text.size();
    auto* lineStart = p;
    uint32_t line = 1;
    auto here = [&](unsigned char* at) { return Pos{line, uint32_t(at - lineStart) + 1}; };
    for (auto* at = p; at < end;) {
        if (*at == '\n') {
            ++at;
            ++line;
            lineStart = at;
            continue;
        }
        if (*at == 0) {
            diags.error(here(at), "invalid NUL character");
            *at++ = ' ';
            continue;
        }
        int length = validUtf8Length(at, end);
        if (length == 0) {
            diags.error(here(at), "invalid UTF-8 encoding");
            *at++ = ' ';
            continue;
        }
        if (length == 3 && at[0] == 0xEF && at[1] == 0xBB && at[2] == 0xBF) {
            if (at != p) diags.error(here(at), "invalid BOM in the middle of the file");
            at[0] = at[1] = at[2] = ' ';
        }
        at += length;
    }
    return text;
}

// ---------------------------------------------------------------------------
// The scanner

Lexer::Lexer(std::string_view text, Diagnostics& diags)
    : cursor_(reinterpret_cast<Cursor>(text.data())),
      end_(cursor_ + text.size()),
      lineStart_(cursor_),
      diags_(diags) {}

Pos Lexer::posOf(Cursor at) const { return Pos{line_, uint32_t(at - lineStart_) + 1}; }

void Lexer::newline(Cursor next) {
    ++line_;
    lineStart_ = next;
}

void Lexer::errorHere(std::string message) { diags_.error(posOf(cursor_), std::move(message)); }

void Lexer::errorAt(Cursor tokenStart, size_t offset, std::string message) {
    Pos pos = tokenPos_;
    pos.col += uint32_t(offset);
    (void)tokenStart;
    diags_.error(pos, std::move(message));
}

void Lexer::advanceRune() {
    if (atEnd()) return;
    if (*cursor_ == '\n') {
        ++cursor_;
        newline(cursor_);
        return;
    }
    int length;
    decodeRune(cursor_, length);
    cursor_ += length;
}

Token Lexer::make(Tok kind, Cursor start) {
    Token token;
    token.kind = kind;
    token.pos = tokenPos_;
    token.text = std::string_view(reinterpret_cast<const char*>(start), size_t(cursor_ - start));
    return token;
}

Token Lexer::makeLiteral(Tok kind, Cursor start) {
    semiAtNewline_ = true;
    Token token = make(kind, start);
    token.bad = badLiteral_;
    badLiteral_ = false;
    return token;
}

Token Lexer::keyword(Tok kind, Cursor start) {
    switch (kind) {
    case Tok::Break: case Tok::Continue: case Tok::Fallthrough: case Tok::Return:
        semiAtNewline_ = true;
        break;
    case Tok::For: case Tok::If: case Tok::Switch: case Tok::Select:
        inHeader_ = true;
        headerKeyword_ = kind;
        break;
    default:
        break;
    }
    return make(kind, start);
}

Token Lexer::openBracket(Tok kind, Cursor start) {
    if (++nesting_ > kMaxNesting) {
        if (!tooDeep_) diags_.error(tokenPos_, "brackets nested too deeply (limit " + std::to_string(kMaxNesting) + ")");
        tooDeep_ = true;
        cursor_ = end_;
        return make(Tok::Eof, cursor_);
    }
    if (kind == Tok::LBrace) {
        if (inHeader_) {
            inHeader_ = false;
            return make(Tok::LBody, start);
        }
        return make(kind, start);
    }
    if (inHeader_ || !headerStack_.empty()) {
        headerStack_.push_back(inHeader_);
        inHeader_ = false;
    }
    return make(kind, start);
}

Token Lexer::closeBracket(Tok kind, Cursor start) {
    if (nesting_ > 0) --nesting_;
    semiAtNewline_ = true;
    if (kind != Tok::RBrace && !headerStack_.empty()) {
        inHeader_ = headerStack_.back();
        headerStack_.pop_back();
    }
    return make(kind, start);
}

Token Lexer::next() {
    if (tooDeep_) {
        tokenPos_ = posOf(end_);
        return make(Tok::Eof, end_);
    }
    return scan();
}

Token Lexer::scan() {
    bool semiAtNewline = semiAtNewline_;
    semiAtNewline_ = false;
    Cursor marker;
    Cursor start;
redo:
    while (*cursor_ == ' ' || *cursor_ == '\t' || *cursor_ == '\r' || (*cursor_ == '\n' && !semiAtNewline)) {
        if (*cursor_ == '\n') newline(cursor_ + 1);
        ++cursor_;
    }
    start = cursor_;
    tokenPos_ = posOf(start);
    /*!re2c
        "\x00" {
            cursor_ = end_;
            if (semiAtNewline) {
                Token semi = make(Tok::Semi, cursor_);
                semi.text = "EOF";
                return semi;
            }
            return make(Tok::Eof, cursor_);
        }
        "\n" {
            newline(cursor_);
            Token semi = make(Tok::Semi, start);
            semi.text = "newline";
            return semi;
        }
        "//" { scanLineComment(start); goto redo; }
        "/*" {
            uint32_t startLine = line_;
            if (!scanBlockComment(start) || line_ == startLine || !semiAtNewline) goto redo;
            Token semi = make(Tok::Semi, start);
            semi.text = "newline";
            return semi;
        }

        "break"       { return keyword(Tok::Break, start); }
        "case"        { return keyword(Tok::Case, start); }
        "chan"        { return keyword(Tok::Chan, start); }
        "const"       { return keyword(Tok::Const, start); }
        "continue"    { return keyword(Tok::Continue, start); }
        "default"     { return keyword(Tok::Default, start); }
        "defer"       { return keyword(Tok::Defer, start); }
        "else"        { return keyword(Tok::Else, start); }
        "fallthrough" { return keyword(Tok::Fallthrough, start); }
        "for"         { return keyword(Tok::For, start); }
        "func"        { return keyword(Tok::Func, start); }
        "go"          { return keyword(Tok::Go, start); }
        "goto"        { return keyword(Tok::Goto, start); }
        "if"          { return keyword(Tok::If, start); }
        "import"      { return keyword(Tok::Import, start); }
        "interface"   { return keyword(Tok::Interface, start); }
        "map"         { return keyword(Tok::Map, start); }
        "package"     { return keyword(Tok::Package, start); }
        "range"       { return keyword(Tok::Range, start); }
        "return"      { return keyword(Tok::Return, start); }
        "select"      { return keyword(Tok::Select, start); }
        "struct"      { return keyword(Tok::Struct, start); }
        "switch"      { return keyword(Tok::Switch, start); }
        "type"        { return keyword(Tok::Type, start); }
        "var"         { return keyword(Tok::Var, start); }

        identifier {
            scanIdentifier(start);
            return makeLiteral(Tok::Name, start);
        }
        [0-9]      { cursor_ = start; return makeLiteral(scanNumber(start, false), start); }
        "." [0-9]  { cursor_ = start + 1; return makeLiteral(scanNumber(start, true), start); }
        ["]        { scanString(start); return makeLiteral(Tok::String, start); }
        [`]        { scanRawString(start); return makeLiteral(Tok::String, start); }
        [']        { scanRune(start); return makeLiteral(Tok::Rune, start); }
        Nd \ [0-9] {
            int length;
            errorAt(start, 0, "identifier cannot begin with digit " + formatRuneU(decodeRune(start, length)));
            scanIdentifier(start);
            return makeLiteral(Tok::Name, start);
        }


        "("   { return openBracket(Tok::LParen, start); }
        "["   { return openBracket(Tok::LBrack, start); }
        "{"   { return openBracket(Tok::LBrace, start); }
        ")"   { return closeBracket(Tok::RParen, start); }
        "]"   { return closeBracket(Tok::RBrack, start); }
        "}"   { return closeBracket(Tok::RBrace, start); }
        ","   { return make(Tok::Comma, start); }
        ";"   { Token semi = make(Tok::Semi, start); semi.text = "semicolon"; return semi; }
        ":"   { return make(Tok::Colon, start); }
        ":="  { return make(Tok::Define, start); }
        "."   { return make(Tok::Period, start); }
        "..." { return make(Tok::Ellipsis, start); }

        "+"   { return make(Tok::Add, start); }
        "-"   { return make(Tok::Sub, start); }
        "*"   { return make(Tok::Mul, start); }
        "/"   { return make(Tok::Quo, start); }
        "%"   { return make(Tok::Rem, start); }
        "&"   { return make(Tok::And, start); }
        "|"   { return make(Tok::Or, start); }
        "^"   { return make(Tok::Xor, start); }
        "<<"  { return make(Tok::Shl, start); }
        ">>"  { return make(Tok::Shr, start); }
        "&^"  { return make(Tok::AndNot, start); }
        "&&"  { return make(Tok::AndAnd, start); }
        "||"  { return make(Tok::OrOr, start); }
        "=="  { return make(Tok::Eql, start); }
        "!="  { return make(Tok::Neq, start); }
        "<"   { return make(Tok::Lss, start); }
        "<="  { return make(Tok::Leq, start); }
        ">"   { return make(Tok::Gtr, start); }
        ">="  { return make(Tok::Geq, start); }
        "+="  { return make(Tok::AddAssign, start); }
        "-="  { return make(Tok::SubAssign, start); }
        "*="  { return make(Tok::MulAssign, start); }
        "/="  { return make(Tok::QuoAssign, start); }
        "%="  { return make(Tok::RemAssign, start); }
        "&="  { return make(Tok::AndAssign, start); }
        "|="  { return make(Tok::OrAssign, start); }
        "^="  { return make(Tok::XorAssign, start); }
        "<<=" { return make(Tok::ShlAssign, start); }
        ">>=" { return make(Tok::ShrAssign, start); }
        "&^=" { return make(Tok::AndNotAssign, start); }
        "="   { return make(Tok::Assign, start); }
        "<-"  { return make(Tok::Arrow, start); }
        "++"  { semiAtNewline_ = true; return make(Tok::Inc, start); }
        "--"  { semiAtNewline_ = true; return make(Tok::Dec, start); }
        "!"   { return make(Tok::Not, start); }
        "~"   { return make(Tok::Tilde, start); }

        * {
            cursor_ = start;
            int length;
            uint32_t rune = decodeRune(start, length);
            if (rune < 0x80) {
                errorHere("invalid character " + formatRuneU(rune));
                ++cursor_;
                goto redo;
            }
            // gc lets any other non-ASCII character start a (bad) name.
            errorHere("invalid character " + formatRuneU(rune) + " in identifier");
            cursor_ += length;
            scanIdentifier(start);
            return makeLiteral(Tok::Name, start);
        }
    */
}

// An identifier continues over letters, digits and, with a diagnostic, any
// other non-ASCII character (gc keeps such a character in the name).
void Lexer::scanIdentifier(Cursor start) {
    (void)start;
    for (;;) {
        unsigned char c = *cursor_;
        if (c < 0x80) {
            if (((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_' || (c >= '0' && c <= '9')) {
                ++cursor_;
                continue;
            }
            return;
        }
        int length;
        uint32_t rune = decodeRune(cursor_, length);
        RuneClass cls = classifyRune(rune);
        if (cls != RuneClass::Letter && cls != RuneClass::Digit)
            errorHere("invalid character " + formatRuneU(rune) + " in identifier");
        cursor_ += length;
    }
}

// ---------------------------------------------------------------------------
// Numbers (gc's scanner.number)

namespace {

bool isDecimal(unsigned char c) { return c >= '0' && c <= '9'; }
bool isHex(unsigned char c) { return isDecimal(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }
unsigned char lower(unsigned char c) { return c | 0x20; }

const char* baseName(int base) {
    switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
    }
}

// Index of the first '_' that does not separate two digits, or -1.
int invalidSeparator(std::string_view x) {
    char prefix = ' ';
    char previous = '.';  // '_', '0' (a digit) or '.' (anything else)
    size_t i = 0;
    if (x.size() >= 2 && x[0] == '0') {
        prefix = char(lower(x[1]));
        if (prefix == 'x' || prefix == 'o' || prefix == 'b') {
            previous = '0';
            i = 2;
        }
    }
    for (; i < x.size(); ++i) {
        char before = previous;
        char c = x[i];
        if (c == '_') {
            if (before != '0') return int(i);
            previous = '_';
        } else if (isDecimal(c) || (prefix == 'x' && isHex(c))) {
            previous = '0';
        } else {
            if (before == '_') return int(i) - 1;
            previous = '.';
        }
    }
    return previous == '_' ? int(x.size()) - 1 : -1;
}

}  // namespace

// Bit 0 of the result: a digit was seen; bit 1: a '_' was seen.
int Lexer::scanDigits(int base, int& invalidIndex, Cursor start) {
    int seen = 0;
    if (base <= 10) {
        unsigned char max = '0' + base;
        while (isDecimal(*cursor_) || *cursor_ == '_') {
            if (*cursor_ == '_') {
                seen |= 2;
            } else {
                seen |= 1;
                if (*cursor_ >= max && invalidIndex < 0) invalidIndex = int(cursor_ - start);
            }
            ++cursor_;
        }
    } else {
        while (isHex(*cursor_) || *cursor_ == '_') {
            seen |= *cursor_ == '_' ? 2 : 1;
            ++cursor_;
        }
    }
    return seen;
}

Tok Lexer::scanNumber(Cursor start, bool seenPoint) {
    bool ok = true;
    Tok kind = Tok::Int;
    int base = 10;
    char prefix = 0;  // 0 (decimal), '0' (leading-zero octal), 'x', 'o' or 'b'
    int seen = 0;
    int invalidIndex = -1;
    int ignored = -1;

    if (!seenPoint) {
        if (*cursor_ == '0') {
            ++cursor_;
            switch (lower(*cursor_)) {
            case 'x': ++cursor_; base = 16; prefix = 'x'; break;
            case 'o': ++cursor_; base = 8; prefix = 'o'; break;
            case 'b': ++cursor_; base = 2; prefix = 'b'; break;
            default: base = 8; prefix = '0'; seen = 1; break;
            }
        }
        seen |= scanDigits(base, invalidIndex, start);
        if (*cursor_ == '.') {
            if (prefix == 'o' || prefix == 'b') {
                errorHere(std::string("invalid radix point in ") + baseName(base) + " literal");
                ok = false;
            }
            ++cursor_;
            seenPoint = true;
        }
    }
    if (seenPoint) {
        kind = Tok::Float;
        seen |= scanDigits(base, invalidIndex, start);
    }
    if ((seen & 1) == 0 && ok) {
        errorHere(std::string(baseName(base)) + " literal has no digits");
        ok = false;
    }
    unsigned char e = lower(*cursor_);
    if (e == 'e' || e == 'p') {
        if (ok) {
            if (e == 'e' && prefix != 0 && prefix != '0') {
                errorHere(quoteRune(*cursor_) + " exponent requires decimal mantissa");
                ok = false;
            } else if (e == 'p' && prefix != 'x') {
                errorHere(quoteRune(*cursor_) + " exponent requires hexadecimal mantissa");
                ok = false;
            }
        }
        ++cursor_;
        kind = Tok::Float;
        if (*cursor_ == '+' || *cursor_ == '-') ++cursor_;
        seen = scanDigits(10, ignored, start) | (seen & 2);
        if ((seen & 1) == 0 && ok) {
            errorHere("exponent has no digits");
            ok = false;
        }
    } else if (prefix == 'x' && kind == Tok::Float && ok) {
        errorHere("hexadecimal mantissa requires a 'p' exponent");
        ok = false;
    }
    if (*cursor_ == 'i') {
        kind = Tok::Imag;
        ++cursor_;
    }
    std::string_view text(reinterpret_cast<const char*>(start), size_t(cursor_ - start));
    if (kind == Tok::Int && invalidIndex >= 0 && ok) {
        errorAt(start, size_t(invalidIndex),
                "invalid digit " + quoteRune(uint8_t(text[size_t(invalidIndex)])) + " in " + baseName(base) + " literal");
        ok = false;
    }
    if ((seen & 2) && ok) {
        int at = invalidSeparator(text);
        if (at >= 0) {
            errorAt(start, size_t(at), "'_' must separate successive digits");
            ok = false;
        }
    }
    badLiteral_ = !ok;
    return kind;
}

// ---------------------------------------------------------------------------
// Runes, strings and comments (gc's scanner.rune, stdString, rawString)

bool Lexer::scanEscape(char quote) {
    int digits;
    uint32_t base, max;
    unsigned char c = *cursor_;
    switch (c) {
    case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
        ++cursor_;
        return true;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        digits = 3, base = 8, max = 255;
        break;
    case 'x':
        ++cursor_;
        digits = 2, base = 16, max = 255;
        break;
    case 'u':
        ++cursor_;
        digits = 4, base = 16, max = 0x10FFFF;
        break;
    case 'U':
        ++cursor_;
        digits = 8, base = 16, max = 0x10FFFF;
        break;
    default:
        if (c == uint8_t(quote)) {
            ++cursor_;
            return true;
        }
        if (atEnd()) return true;  // the caller reports the missing end
        errorHere("unknown escape");
        return false;
    }
    uint32_t value = 0;
    for (int i = digits; i > 0; --i) {
        if (atEnd()) return true;
        c = *cursor_;
        uint32_t digit = base;
        if (isDecimal(c))
            digit = c - '0';
        else if (lower(c) >= 'a' && lower(c) <= 'f')
            digit = lower(c) - 'a' + 10;
        if (digit >= base) {
            int length;
            errorHere("invalid character " + quoteRune(decodeRune(cursor_, length)) + " in " + baseName(int(base)) +
                      " escape");
            return false;
        }
        value = value * base + digit;
        ++cursor_;
    }
    if (value > max && base == 8) {
        errorHere("octal escape value " + std::to_string(value) + " > 255");
        return false;
    }
    if (value > max || (value >= 0xD800 && value < 0xE000)) {
        errorHere("escape is invalid Unicode code point " + formatRuneU(value));
        return false;
    }
    return true;
}

void Lexer::scanRune(Cursor start) {
    bool ok = true;
    for (int count = 0;; ++count) {
        if (*cursor_ == '\'') {
            if (ok) {
                if (count == 0) {
                    errorHere("empty rune literal or unescaped '");
                    ok = false;
                } else if (count != 1) {
                    errorAt(start, 0, "more than one character in rune literal");
                    ok = false;
                }
            }
            ++cursor_;
            break;
        }
        if (*cursor_ == '\\') {
            ++cursor_;
            if (!scanEscape('\'')) ok = false;
            continue;
        }
        if (*cursor_ == '\n') {
            if (ok) {
                errorHere("newline in rune literal");
                ok = false;
            }
            break;
        }
        if (atEnd()) {
            if (ok) {
                errorAt(start, 0, "rune literal not terminated");
                ok = false;
            }
            break;
        }
        advanceRune();
    }
    badLiteral_ = !ok;
}

void Lexer::scanString(Cursor start) {
    bool ok = true;
    for (;;) {
        if (*cursor_ == '"') {
            ++cursor_;
            break;
        }
        if (*cursor_ == '\\') {
            ++cursor_;
            if (!scanEscape('"')) ok = false;
            continue;
        }
        if (*cursor_ == '\n') {
            errorHere("newline in string");
            ok = false;
            break;
        }
        if (atEnd()) {
            errorAt(start, 0, "string not terminated");
            ok = false;
            break;
        }
        advanceRune();
    }
    badLiteral_ = !ok;
}

void Lexer::scanRawString(Cursor start) {
    for (;;) {
        if (*cursor_ == '`') {
            ++cursor_;
            return;
        }
        if (atEnd()) {
            errorAt(start, 0, "string not terminated");
            badLiteral_ = true;
            return;
        }
        advanceRune();
    }
}

void Lexer::scanLineComment(Cursor start) {
    while (!atEnd() && *cursor_ != '\n') ++cursor_;
    if (start != lineStart_) return;
    std::string_view text(reinterpret_cast<const char*>(start + 2), size_t(cursor_ - start - 2));
    if (text.rfind("go:", 0) == 0 || text.rfind("govm:", 0) == 0 || text.rfind("extern ", 0) == 0)
        directives_.push_back({line_, text});
}

// Returns false (after reporting) if the comment never ends.
bool Lexer::scanBlockComment(Cursor start) {
    while (!atEnd()) {
        if (cursor_[0] == '*' && cursor_[1] == '/') {
            cursor_ += 2;
            return true;
        }
        advanceRune();
    }
    errorAt(start, 0, "comment not terminated");
    return false;
}

// ---------------------------------------------------------------------------

std::string_view tokSpelling(Tok tok) {
    static constexpr std::string_view kSpellings[] = {
#define GOVM_TOKEN_SPELLING(name, spelling) spelling,
        GOVM_TOKENS(GOVM_TOKEN_SPELLING)
#undef GOVM_TOKEN_SPELLING
    };
    return kSpellings[size_t(tok)];
}

std::string_view tokName(Tok tok) {
    static constexpr std::string_view kNames[] = {
#define GOVM_TOKEN_NAME(name, spelling) #name,
        GOVM_TOKENS(GOVM_TOKEN_NAME)
#undef GOVM_TOKEN_NAME
    };
    return kNames[size_t(tok)];
}

}  // namespace govm
