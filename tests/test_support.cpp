#include "tests/test_support.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "parser/dump.hpp"

namespace govm::test {

std::vector<std::string> parseErrors(const std::string& text, const std::string& name) {
    Diagnostics diags(name);
    parseFile(SourceFile{name, text}, diags);
    return diags.formatted();
}

std::string dump(const std::string& text) {
    Diagnostics diags("prog.go");
    auto parsed = parseFile(SourceFile{"prog.go", text}, diags);
    if (diags.hasErrors() || !parsed->root) {
        std::string out;
        for (const std::string& line : diags.formatted()) out += line + "\n";
        return out;
    }
    return dumpAst(*parsed->root);
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

std::vector<std::string> listFiles(const std::string& dir, const std::string& suffix, bool recursive) {
    namespace fs = std::filesystem;
    std::vector<std::string> files;
    if (!fs::is_directory(dir)) return files;
    auto consider = [&](const fs::directory_entry& entry) {
        std::string path = entry.path().string();
        if (entry.is_regular_file() && path.size() >= suffix.size() &&
            path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0)
            files.push_back(path);
    };
    if (recursive)
        for (const auto& entry : fs::recursive_directory_iterator(dir)) consider(entry);
    else
        for (const auto& entry : fs::directory_iterator(dir)) consider(entry);
    std::sort(files.begin(), files.end());
    return files;
}

std::vector<std::string> tokens(const std::string& text) {
    Diagnostics diags("prog.go");
    std::string clean = sanitizeSource(text, diags);
    Lexer lexer(clean, diags);
    std::vector<std::string> out;
    for (;;) {
        Token token = lexer.next();
        std::string item(tokName(token.kind));
        if (token.kind == Tok::Name || token.kind == Tok::Semi || (token.kind >= Tok::Int && token.kind <= Tok::String))
            item += ":" + std::string(token.text);
        out.push_back(item);
        if (token.kind == Tok::Eof) break;
    }
    return out;
}

}  // namespace govm::test
