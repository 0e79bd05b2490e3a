#include "lexer/source.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ostream>

namespace govm {

bool readSourceFile(const std::string& path, SourceFile& out, std::string& error) {
    FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) {
        error = "open " + path + ": " + std::strerror(errno);
        return false;
    }
    out.name = path;
    out.text.clear();
    char buffer[1 << 16];
    size_t got;
    while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) {
        if (out.text.size() + got > kMaxSourceBytes) {
            std::fclose(file);
            error = path + ":1:1: file too large (limit " + std::to_string(kMaxSourceBytes >> 20) + " MiB)";
            return false;
        }
        out.text.append(buffer, got);
    }
    bool failed = std::ferror(file);
    std::fclose(file);
    if (failed) {
        error = "read " + path + ": " + std::strerror(errno);
        return false;
    }
    return true;
}

void Diagnostics::error(Pos pos, std::string message) {
    bool syntax = message.rfind("syntax error", 0) == 0;
    if (syntax) {
        if (pos.line == lastSyntaxErrorLine_) return;
        lastSyntaxErrorLine_ = pos.line;
    }
    if (!list_.empty() && list_.back().pos.line == pos.line && list_.back().message == message) return;
    list_.push_back({pos, std::move(message)});
}

// gc (base.ErrorfAt) gives up at its kMaxErrors-th error: it prints the
// errors reported so far sorted by position, then "too many errors" at the
// position of the last one reported. Which errors are shown therefore follows
// the order the phases report them in, not their positions.
std::vector<std::string> Diagnostics::formatted() const {
    bool tooMany = list_.size() >= kMaxErrors;
    std::vector<Diagnostic> shown(list_.begin(), tooMany ? list_.begin() + kMaxErrors : list_.end());
    std::stable_sort(shown.begin(), shown.end(), [](const Diagnostic& a, const Diagnostic& b) { return a.pos < b.pos; });
    if (tooMany) shown.push_back({list_[kMaxErrors - 1].pos, "too many errors"});
    std::vector<std::string> lines;
    for (const Diagnostic& d : shown)
        lines.push_back(fileName_ + ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " +
                        d.message);
    return lines;
}

void Diagnostics::print(std::ostream& out) const {
    for (const std::string& line : formatted()) out << line << '\n';
}

}  // namespace govm
