// The Go lexer: source text to tokens, with gc's diagnostics.
//
// Input passes through two stages. `sanitizeSource` plays the part of gc's
// source reader: it reports NUL bytes, invalid UTF-8 and misplaced byte order
// marks, and replaces each offending byte with a space, so the re2c scanner
// (lexer.re) only ever sees valid UTF-8 ended by a single NUL sentinel and
// columns stay true byte offsets. The scanner then produces tokens with Go's
// automatic semicolon insertion: after a line's final name, literal,
// `break`/`continue`/`fallthrough`/`return`, `++`, `--`, `)`, `]` or `}`,
// a newline (or a comment spanning lines, or the end of the file) becomes a
// Semi token.
//
// LBody. In `if x == T{} {` the first `{` could open a composite literal or
// the block. Go resolves it by requiring such literals to be parenthesized;
// the lexer implements that rule exactly as Go 1.4's yacc grammar did. After
// `for`, `if`, `switch` and `select` it is "in a header": the next `{` at the
// same bracket level is returned as LBody rather than LBrace. `(` and `[`
// save the state and leave the header; the matching `)` and `]` restore it.
// The grammar accepts LBody wherever a `{` cannot start a composite literal
// of a bare type name (a block, a func literal body, a struct or interface
// type, the literal of a `[]T`/`map[K]V`/struct type); when such a construct
// ends, the parser calls `reenterHeader` so that the block's `{` that follows
// is again an LBody.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lexer/source.hpp"
#include "lexer/token.hpp"

namespace govm {

// Reports NUL, invalid UTF-8 and BOM characters like gc's source reader and
// returns the text with each offending byte replaced by a space (a BOM at
// the very start is dropped silently, as Go allows it there).
std::string sanitizeSource(std::string_view raw, Diagnostics& diags);

// A `//go:...`, `//govm:...` or `//extern ...` comment starting in column 1.
// The parser attaches those directly above a declaration to it.
struct Directive {
    uint32_t line = 0;
    std::string_view text;  // without the leading "//"
};

class Lexer {
public:
    // Brackets nested deeper than this end the file with a diagnostic; it
    // bounds the recursion of every later phase.
    static constexpr int kMaxNesting = 1000;

    // `text` must be sanitized and NUL-terminated (a std::string's c_str()
    // is) and must outlive the lexer and every token it returns.
    Lexer(std::string_view text, Diagnostics& diags);

    Token next();

    // See LBody above: the construct that consumed an LBody has ended.
    void reenterHeader() { inHeader_ = true; }
    // The most recent of `for`, `if`, `switch`, `select` (for diagnostics).
    Tok headerKeyword() const { return headerKeyword_; }

    const std::vector<Directive>& directives() const { return directives_; }

private:
    using Cursor = const unsigned char*;

    Token scan();
    Token make(Tok kind, Cursor start);
    Token makeLiteral(Tok kind, Cursor start);
    Token openBracket(Tok kind, Cursor start);
    Token closeBracket(Tok kind, Cursor start);
    Token keyword(Tok kind, Cursor start);

    void scanIdentifier(Cursor start);
    Tok scanNumber(Cursor start, bool seenPoint);
    int scanDigits(int base, int& invalidIndex, Cursor start);
    bool scanEscape(char quote);
    void scanRune(Cursor start);
    void scanString(Cursor start);
    void scanRawString(Cursor start);
    void scanLineComment(Cursor start);
    bool scanBlockComment(Cursor start);

    bool atEnd() const { return cursor_ >= end_; }
    void advanceRune();
    void newline(Cursor next);
    Pos posOf(Cursor at) const;
    void errorHere(std::string message);
    void errorAt(Cursor tokenStart, size_t offset, std::string message);

    Cursor cursor_;
    Cursor end_;
    Cursor lineStart_;
    uint32_t line_ = 1;
    Pos tokenPos_;
    Diagnostics& diags_;
    std::vector<Directive> directives_;

    bool semiAtNewline_ = false;
    bool badLiteral_ = false;
    bool inHeader_ = false;
    Tok headerKeyword_ = Tok::Eof;
    std::vector<bool> headerStack_;
    int nesting_ = 0;
    bool tooDeep_ = false;
};

// Go's letters (Unicode L) and digits (Nd), from re2c's Unicode tables.
enum class RuneClass : uint8_t { Letter, Digit, Other };
RuneClass classifyRune(uint32_t rune);

// Decodes the UTF-8 sequence at `p` (which must be valid), setting `length`.
uint32_t decodeRune(const unsigned char* p, int& length);
void appendUtf8(std::string& out, uint32_t rune);

// gc's %#U ("U+0040 '@'") and %q for a rune ('a', '\n', '\x00'), with
// Go's IsPrint from runtime/strconv.
std::string formatRuneU(uint32_t rune);
std::string quoteRune(uint32_t rune);

}  // namespace govm
