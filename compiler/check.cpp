// The checker's driver: loading packages, error reporting and recording
// results in Info (types2 check.go).
//
// Loading happens before any checking, as with the go command: imports are
// resolved depth-first from the main file (parsing each stdlib package's
// embedded source once), which yields the dependency order; an import that
// cannot be resolved stops everything with the go command's message, since
// gc never type-checks such a program. Then each package is checked in
// that order, the main package last, and finally the initialization order
// of package variables is computed for every package.
#include "compiler/checker.hpp"

#include <algorithm>
#include <iterator>
#include <sstream>

#include "compiler/ffi.hpp"
#include "compiler/stdlib.hpp"
#include "parser/printer.hpp"

namespace govm::types {

Checker::Checker(Program& prog, Diagnostics& diags, const CheckOptions& options, ParsedFile& mainFile)
    : prog_(prog), diags_(diags), options_(options), mainFile_(mainFile), info_(prog.info) {}

void Checker::error(Pos pos, std::string msg) {
    // types2: follow-on errors about invalid operands or types add nothing.
    if (reported_ && (msg.find("invalid operand") != std::string::npos && msg.find("invalid operand") > 0)) return;
    if (reported_ && (msg.find("invalid type") != std::string::npos && msg.find("invalid type") > 0)) return;
    reported_ = true;
    if (errPos_.isKnown()) pos = errPos_;
    if (pkg_ && pkg_->files.size() && pkg_->files[0] != &mainFile_) {
        std::string where = pkgFileName_ + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.col);
        diags_.error(pkgImportPos_, "in package " + pkg_->path + ": " + where + ": " + msg);
        return;
    }
    diags_.error(pos, std::move(msg));
}

std::string Checker::exprStr(const ast::Expr* e) const { return errorString(e); }

Tuple* Checker::newTuple(std::vector<Var*> vars) {
    auto* t = make<Tuple>();
    t->vars = std::move(vars);
    return t;
}

Var* Checker::newVar(std::string_view name, Pos pos, Type* type) { return make<Var>(name, pos, type, pkg_); }

Var* Checker::newParam(std::string_view name, Pos pos, Type* type) {
    Var* v = make<Var>(name, pos, type, pkg_);
    v->isParam = true;
    return v;
}

// --- recording ------------------------------------------------------------

void Checker::record(Operand& x) {
    Type* typ = x.type;
    if (x.mode == Mode::Invalid) typ = invalidType();
    else if (x.mode == Mode::NoValue) typ = newTuple({});
    if (!x.expr || !typ) return;
    if (isUntyped(typ)) {
        rememberUntyped(x.expr, false, x.mode, static_cast<Basic*>(typ), x.val);
        return;
    }
    recordTypeAndValue(x.expr, x.mode, typ, x.mode == Mode::Constant ? prog_.arena->constant(x.val) : nullptr);
}

void Checker::recordTypeAndValue(const ast::Expr* e, Mode mode, Type* type, const Constant* val) {
    if (!e || mode == Mode::Invalid) return;
    info_.types[e] = TypeAndValue{mode, type, mode == Mode::Constant ? val : nullptr};
}

void Checker::rememberUntyped(ast::Expr* e, bool lhs, Mode mode, Basic* type, const Constant& val) {
    untyped_[e] = ExprInfo{lhs, mode, type, val};
}

void Checker::recordUntyped() {
    for (auto& [e, info] : untyped_) {
        const Constant* val = info.mode == Mode::Constant ? prog_.arena->constant(info.val) : nullptr;
        recordTypeAndValue(e, info.mode, info.type, val);
    }
    untyped_.clear();
}

void Checker::recordCommaOkTypes(ast::Expr* e, Type* t0, Type* t1) {
    if (!t0 || !t1) return;
    for (;;) {
        auto it = info_.types.find(e);
        if (it == info_.types.end()) return;
        Var* a = newVar("", e->pos, t0);
        Var* b = newVar("", e->pos, t1);
        it->second.type = newTuple({a, b});
        auto* p = e->as<ast::ParenExpr>();
        if (!p) break;
        e = p->inner;
    }
}

void Checker::recordDef(ast::Ident* id, Object* obj) {
    if (id) info_.defs[id] = obj;
}

void Checker::recordUse(ast::Ident* id, Object* obj) {
    if (id && obj) info_.uses[id] = obj;
}

void Checker::recordImplicit(const void* node, Object* obj) {
    if (node && obj) info_.implicits[node] = obj;
}

void Checker::recordScope(const void* node, Scope* scope) {
    if (node && scope) info_.scopes[node] = scope;
}

void Checker::recordSelection(ast::SelectorExpr* e, SelectionKind kind, Type* recv, Object* obj,
                              const std::vector<int>& index, bool indirect) {
    Selection sel;
    sel.kind = kind;
    sel.recv = recv;
    sel.obj = obj;
    sel.index = index;
    sel.indirect = indirect;
    sel.type = obj->type;
    if (kind != SelectionKind::FieldVal) {
        // The method's signature without receiver (value) or with it as first param (expression).
        auto* sig = obj->type ? obj->type->as<Signature>() : nullptr;
        if (sig) {
            auto* s = make<Signature>();
            s->params = sig->params;
            s->results = sig->results;
            s->variadic = sig->variadic;
            if (kind == SelectionKind::MethodExpr) {
                std::vector<Var*> params{newParam("", e->pos, recv)};
                for (Var* v : sig->params->vars) params.push_back(v);
                s->params = newTuple(std::move(params));
            }
            sel.type = s;
        }
    }
    info_.selections[e] = std::move(sel);
    recordUse(e->selector, obj);
}

void Checker::processDelayed(size_t top) {
    // Delayed actions may add more; process them in order.
    for (size_t i = top; i < delayed_.size(); ++i) {
        auto fn = std::move(delayed_[i]);
        fn();
    }
    delayed_.resize(top);
}

// --- operand printing (types2 operand.go operandString) -------------------

namespace {

const char* modeString(Mode m) {
    switch (m) {
    case Mode::Invalid: return "invalid operand";
    case Mode::NoValue: return "no value";
    case Mode::Builtin: return "built-in";
    case Mode::TypeExpr: return "type";
    case Mode::Constant: return "constant";
    case Mode::Variable: return "variable";
    case Mode::MapIndex: return "map index expression";
    case Mode::Value: return "value";
    case Mode::CommaOk: return "comma, ok expression";
    case Mode::NilValue: return "nil";
    }
    return "";
}

const char* builtinName(BuiltinId id) {
    static constexpr const char* kNames[] = {"append", "cap",  "clear", "close", "complex", "copy",
                                             "delete", "imag", "len",   "make",  "max",     "min",
                                             "new",    "panic", "print", "println", "real",  "recover"};
    return kNames[int(id)];
}

}  // namespace

std::string Checker::str(const Operand& x) const {
    if (x.isNil()) return isUntyped(x.type) ? "nil" : "nil (of type " + str(x.type) + ")";
    std::string expr;
    if (x.expr) expr = errorString(x.expr);
    else if (x.mode == Mode::Builtin) expr = builtinName(x.id);
    else if (x.mode == Mode::TypeExpr) expr = str(x.type);
    else if (x.mode == Mode::Constant) expr = x.val.toString();
    std::string buf;
    if (!expr.empty()) buf = expr + " (";
    bool hasType = false;
    switch (x.mode) {
    case Mode::Invalid:
    case Mode::NoValue:
    case Mode::Builtin:
    case Mode::TypeExpr: break;
    default:
        if (x.type) {
            if (isUntyped(x.type)) {
                buf += static_cast<Basic*>(x.type)->name;
                buf += ' ';
                break;
            }
            hasType = true;
        }
    }
    buf += modeString(x.mode);
    if (x.mode == Mode::Constant) {
        std::string s = x.val.toString();
        if (s != expr) buf += " " + s;
    }
    if (hasType) {
        if (!isInvalid(x.type)) buf += " of type " + str(x.type);
        else buf += " with invalid type";
    }
    if (!expr.empty()) buf += ')';
    return buf;
}

// --- loading ----------------------------------------------------------------

namespace {

std::string_view importPathOf(const ast::ImportSpec* spec) {
    std::string_view t = spec->path->text;
    if (t.size() >= 2) return t.substr(1, t.size() - 2);
    return t;
}

// The import paths of Go 1.19's standard library (`go list std` without
// internal and vendored packages), sorted: importing one that govm lacks is
// "not supported by govm", not gc's "not in GOROOT", which would be false.
constexpr std::string_view kGoStdPackages[] = {
    "archive/tar", "archive/zip", "bufio", "bytes", "compress/bzip2", "compress/flate", "compress/gzip",
    "compress/lzw", "compress/zlib", "container/heap", "container/list", "container/ring", "context", "crypto",
    "crypto/aes", "crypto/cipher", "crypto/des", "crypto/dsa", "crypto/ecdsa", "crypto/ed25519", "crypto/elliptic",
    "crypto/hmac", "crypto/md5", "crypto/rand", "crypto/rc4", "crypto/rsa", "crypto/sha1", "crypto/sha256",
    "crypto/sha512", "crypto/subtle", "crypto/tls", "crypto/x509", "crypto/x509/pkix", "database/sql",
    "database/sql/driver", "debug/buildinfo", "debug/dwarf", "debug/elf", "debug/gosym", "debug/macho", "debug/pe",
    "debug/plan9obj", "embed", "encoding", "encoding/ascii85", "encoding/asn1", "encoding/base32",
    "encoding/base64", "encoding/binary", "encoding/csv", "encoding/gob", "encoding/hex", "encoding/json",
    "encoding/pem", "encoding/xml", "errors", "expvar", "flag", "fmt", "go/ast", "go/build", "go/build/constraint",
    "go/constant", "go/doc", "go/doc/comment", "go/format", "go/importer", "go/parser", "go/printer", "go/scanner",
    "go/token", "go/types", "hash", "hash/adler32", "hash/crc32", "hash/crc64", "hash/fnv", "hash/maphash", "html",
    "html/template", "image", "image/color", "image/color/palette", "image/draw", "image/gif", "image/jpeg",
    "image/png", "index/suffixarray", "io", "io/fs", "io/ioutil", "log", "log/syslog", "math", "math/big",
    "math/bits", "math/cmplx", "math/rand", "mime", "mime/multipart", "mime/quotedprintable", "net", "net/http",
    "net/http/cgi", "net/http/cookiejar", "net/http/fcgi", "net/http/httptest", "net/http/httptrace",
    "net/http/httputil", "net/http/pprof", "net/mail", "net/netip", "net/rpc", "net/rpc/jsonrpc", "net/smtp",
    "net/textproto", "net/url", "os", "os/exec", "os/signal", "os/user", "path", "path/filepath", "plugin",
    "reflect", "regexp", "regexp/syntax", "runtime", "runtime/cgo", "runtime/debug", "runtime/metrics",
    "runtime/pprof", "runtime/race", "runtime/trace", "sort", "strconv", "strings", "sync", "sync/atomic",
    "syscall", "testing", "testing/fstest", "testing/iotest", "testing/quick", "text/scanner", "text/tabwriter",
    "text/template", "text/template/parse", "time", "time/tzdata", "unicode", "unicode/utf16", "unicode/utf8",
    "unsafe"
};

bool isGoStdPackage(std::string_view path) {
    return std::binary_search(std::begin(kGoStdPackages), std::end(kGoStdPackages), path);
}

std::string packageNameOf(std::string_view path) {
    size_t slash = path.rfind('/');
    return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

}  // namespace

struct Loader {
    explicit Loader(Checker& checker) : c(checker) {}
    Checker& c;
    std::vector<std::pair<Package*, ast::File*>> order;
    std::unordered_map<std::string, Package*> byPath;
    std::unordered_map<Package*, Pos> importPos;
    bool failed = false;

    std::string_view source(std::string_view path) {
        if (c.options_.stdlibSource) return c.options_.stdlibSource(path);
        return stdlibSource(path);
    }

    void reportImportError(Pos pos, std::string_view path, Package* from) {
        std::string msg;
        if (path == "C" || isGoStdPackage(path)) {  // out of scope (DESIGN.md) or not provided
            msg = "package " + std::string(path) + " is not supported by govm";
        } else {
            size_t slash = path.find('/');
            std::string_view first = path.substr(0, slash);
            if (first.find('.') != std::string_view::npos)
                msg = "no required module provides package " + std::string(path) + "; to add it:\n\tgo get " +
                      std::string(path);
            else
                msg = "package " + std::string(path) + " is not in GOROOT (/usr/lib/go-1.19/src/" +
                      std::string(path) + ")";
        }
        report(pos, msg, from);
    }

    void report(Pos pos, const std::string& msg, Package* from) {
        failed = true;
        if (!from || from->files[0] == &c.mainFile_) {
            c.diags_.error(pos, msg);
            return;
        }
        std::string where = from->files[0]->name + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.col);
        c.diags_.error(importPos[from], "in package " + from->path + ": " + where + ": " + msg);
    }

    Package* loadStd(std::string_view path, Pos pos, Package* from) {
        auto it = byPath.find(std::string(path));
        if (it != byPath.end()) {
            if (!it->second) report(pos, "import cycle not allowed", from);
            return it->second;
        }
        std::string_view text = path == "unsafe" || path == "C" ? std::string_view() : source(path);
        if (text.empty()) {
            reportImportError(pos, path, from);
            return nullptr;
        }
        byPath[std::string(path)] = nullptr;  // in progress
        SourceFile src{packageNameOf(path) + ".go", std::string(text)};
        Diagnostics parseDiags(src.name);
        std::unique_ptr<ParsedFile> file = parseFile(src, parseDiags);
        Pos mainPos = from && from->files[0] != &c.mainFile_ ? importPos[from] : pos;
        if (parseDiags.hasErrors() || !file->root) {
            for (const std::string& line : parseDiags.formatted())
                c.diags_.error(mainPos, "in package " + std::string(path) + ": " + line);
            failed = true;
            return nullptr;
        }
        ParsedFile* raw = file.get();
        c.prog_.arena->files.push_back(std::move(file));
        Package* pkg = load(raw, std::string(path), mainPos);
        byPath[std::string(path)] = pkg;
        return pkg;
    }

    Package* load(ParsedFile* file, std::string path, Pos mainPos) {
        auto* pkg = c.make<Package>();
        pkg->path = std::move(path);
        pkg->name = std::string(file->root->packageName->name);
        pkg->files.push_back(file);
        importPos[pkg] = mainPos;
        for (const ast::Decl& d : file->root->decls) {
            if (!d.gen || d.gen->tok != Tok::Import) continue;
            for (ast::Spec* s : d.gen->specs) {
                auto* spec = static_cast<ast::ImportSpec*>(s);
                std::string_view ipath = importPathOf(spec);
                Pos pos = spec->path->pos;
                Package* imp = loadStd(ipath, pos, pkg);
                if (imp && std::find(pkg->imports.begin(), pkg->imports.end(), imp) == pkg->imports.end())
                    pkg->imports.push_back(imp);
            }
        }
        order.push_back({pkg, file->root});
        return pkg;
    }
};

void Checker::run() {
    initUniverse(prog_);
    if (!mainFile_.root) return;
    Loader loader(*this);
    loader.load(&mainFile_, "main", Pos{});
    if (loader.failed) return;
    for (auto& [pkg, file] : loader.order) {
        pkgImportPos_ = loader.importPos[pkg];
        pkgFileName_ = pkg->files[0]->name;
        checkPackage(pkg, file);
        prog_.packages.push_back(pkg);
    }
    checkFfiDirectives(*mainFile_.root, diags_);
    if (!diags_.hasErrors()) checkSizes();
    // gc reports body-less functions only once the program type-checks.
    if (!diags_.hasErrors())
        for (Pos p : missingBodies_) diags_.error(p, "missing function body");
    pkg_ = nullptr;
}

// --- sizes ----------------------------------------------------------------

namespace {

// A type at or beyond kMaxWidth whose own layout overflows, not merely one
// of its components (gc reports the innermost type only).
bool overflowsItself(Type* t) {
    if (!t || isInvalid(t) || isUntyped(t) || sizeOf(t) < kMaxWidth) return false;
    Type* u = under(t);
    if (auto* a = u->as<Array>()) return sizeOf(a->elem) < kMaxWidth;
    if (auto* s = u->as<Struct>())
        return std::none_of(s->fields.begin(), s->fields.end(),
                            [](Var* f) { return sizeOf(f->type) >= kMaxWidth; });
    return false;
}

// A declaration gc's CalcSize reports: a type name, or a variable (also a
// parameter or field) of an unnamed type; a variable of a named type adds
// nothing to the report at the type's declaration.
bool reportedAtDeclaration(const Object* obj) {
    return obj->kind == ObjectKind::TypeName || obj->type->kind != TypeKind::Named;
}

std::string sizeError(Type* type, const Package* pkg) {
    Type* u = under(type);
    bool array = u->kind == TypeKind::Array;
    return "type " + typeString(u, pkg) + (array ? " larger than address space" : " too large");
}

}  // namespace

// gc's CalcSize rejects types too large for the address space, which would
// otherwise overflow every size computed from them downstream. Like gc it
// names the declaration; a large type only written in an expression
// (`new([1 << 62]int)`) gets one report at its first mention.
void Checker::checkSizes() {
    // Many names and expressions share a type: each is measured once (sizeOf
    // walks the whole type).
    std::unordered_map<Type*, bool> measured;
    auto overflows = [&measured](Type* t) {
        auto [it, added] = measured.try_emplace(t, false);
        if (added) it->second = overflowsItself(t);
        return it->second;
    };
    std::vector<std::pair<Pos, Type*>> large;
    for (const auto& [ident, obj] : info_.defs)
        if (obj && overflows(obj->type) && reportedAtDeclaration(obj)) large.emplace_back(ident->pos, obj->type);
    bool fromExpressions = large.empty();
    if (fromExpressions)
        for (const auto& [expr, tv] : info_.types)
            if (overflows(tv.type)) large.emplace_back(startPos(expr), tv.type);
    std::sort(large.begin(), large.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    if (fromExpressions && !large.empty()) large.resize(1);
    for (const auto& [pos, type] : large) diags_.error(pos, sizeError(type, prog_.mainPackage()));
}

std::unique_ptr<Program> checkProgram(ParsedFile& mainFile, Diagnostics& diags) {
    return checkProgram(mainFile, diags, CheckOptions{});
}

std::unique_ptr<Program> checkProgram(ParsedFile& mainFile, Diagnostics& diags, const CheckOptions& options) {
    auto prog = std::make_unique<Program>();
    size_t before = diags.count();
    Checker checker(*prog, diags, options, mainFile);
    checker.run();
    if (diags.count() != before || diags.hasErrors()) return nullptr;
    return prog;
}

}  // namespace govm::types
