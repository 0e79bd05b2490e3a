// Source files, positions and diagnostics shared by every front-end phase.
//
// A position is Go's: a 1-based line and a 1-based column counted in bytes,
// so a tab counts as one column and a non-ASCII character counts once for
// each of its UTF-8 bytes. Diagnostics print as gc prints them:
// `prog.go:LINE:COL: message`, sorted by position; the kMaxErrors-th
// error reported ends the list with `prog.go:LINE:COL: too many errors`.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace govm {

struct Pos {
    uint32_t line = 0;
    uint32_t col = 0;

    bool isKnown() const { return line != 0; }
    friend bool operator==(Pos a, Pos b) { return a.line == b.line && a.col == b.col; }
    friend bool operator<(Pos a, Pos b) { return a.line < b.line || (a.line == b.line && a.col < b.col); }
};

// The largest source file the front end accepts. Everything after the
// lexer is linear in the file size, so this bounds the memory any input
// can make the compiler use (the AST takes about 30 bytes per source byte
// at worst).
constexpr size_t kMaxSourceBytes = 16u << 20;

struct SourceFile {
    std::string name;  // as given on the command line; printed in diagnostics
    std::string text;  // the raw bytes, exactly as read
};

// Reads a file; on failure returns false and sets `error` to a message
// in the style of the go command ("open x.go: no such file or directory").
bool readSourceFile(const std::string& path, SourceFile& out, std::string& error);

struct Diagnostic {
    Pos pos;
    std::string message;
};

class Diagnostics {
public:
    static constexpr int kMaxErrors = 10;

    explicit Diagnostics(std::string fileName) : fileName_(std::move(fileName)) {}

    // Records an error. Like gc, it drops a syntax error on a line that
    // already has one and an exact repeat of the previous message.
    void error(Pos pos, std::string message);

    bool hasErrors() const { return !list_.empty(); }
    size_t count() const { return list_.size(); }
    const std::vector<Diagnostic>& list() const { return list_; }
    const std::string& fileName() const { return fileName_; }

    // The first kMaxErrors errors reported, sorted by position, then "too
    // many errors" if there were that many.
    std::vector<std::string> formatted() const;
    void print(std::ostream& out) const;

private:
    std::string fileName_;
    std::vector<Diagnostic> list_;
    uint32_t lastSyntaxErrorLine_ = 0;
};

}  // namespace govm
