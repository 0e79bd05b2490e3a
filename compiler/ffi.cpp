// libffi bindings of //extern functions: directives, the Go-type -> C-type
// mapping, the allow-list, and binding at code generation (the model is in
// compiler/ffi.hpp).
#include "compiler/ffi.hpp"

#include <algorithm>

#include "compiler/object.hpp"
#include "runtime/ffi.hpp"

namespace govm {

using namespace types;

namespace {

constexpr std::string_view kExtern = "extern";
constexpr std::string_view kLinkname = "go:linkname";
constexpr std::string_view kCimport = "govm:cimport";

// Whitespace-separated fields of a directive's text.
std::vector<std::string_view> fieldsOf(std::string_view text) {
    std::vector<std::string_view> out;
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r')) ++i;
        size_t start = i;
        while (i < text.size() && text[i] != ' ' && text[i] != '\t' && text[i] != '\r') ++i;
        if (i > start) out.push_back(text.substr(start, i - start));
    }
    return out;
}

std::string_view firstField(std::string_view text) {
    std::vector<std::string_view> f = fieldsOf(text);
    return f.empty() ? std::string_view() : f[0];
}

// `govm:cimport "libm.so.6"`: the library name, or false if malformed.
bool parseCimport(std::string_view text, std::string& out) {
    std::string_view rest = text.substr(kCimport.size());
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
    while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t' || rest.back() == '\r')) rest.remove_suffix(1);
    if (rest.size() < 3) return false;
    char quote = rest.front();
    if ((quote != '"' && quote != '`') || rest.back() != quote) return false;
    std::string_view name = rest.substr(1, rest.size() - 2);
    if (name.find_first_of("\"`\\") != std::string_view::npos) return false;
    out = std::string(name);
    return true;
}

bool isCimport(std::string_view text) { return firstField(text) == kCimport; }

// The C type of a scalar Go type; false for anything else.
bool scalarType(Type* t, rt::FfiType& out) {
    auto* b = under(t)->as<Basic>();
    if (!b) return false;
    switch (b->basicKind) {
    case BasicKind::Bool: out = rt::FfiType::Bool; return true;
    case BasicKind::Int8: out = rt::FfiType::Int8; return true;
    case BasicKind::Int16: out = rt::FfiType::Int16; return true;
    case BasicKind::Int32: out = rt::FfiType::Int32; return true;
    case BasicKind::Int:
    case BasicKind::Int64: out = rt::FfiType::Int64; return true;
    case BasicKind::Uint8: out = rt::FfiType::Uint8; return true;
    case BasicKind::Uint16: out = rt::FfiType::Uint16; return true;
    case BasicKind::Uint32: out = rt::FfiType::Uint32; return true;
    case BasicKind::Uint:
    case BasicKind::Uint64:
    case BasicKind::Uintptr: out = rt::FfiType::Uint64; return true;
    case BasicKind::Float32: out = rt::FfiType::Float32; return true;
    case BasicKind::Float64: out = rt::FfiType::Float64; return true;
    case BasicKind::String: out = rt::FfiType::String; return true;
    case BasicKind::UnsafePointer: out = rt::FfiType::Pointer; return true;
    default: return false;
    }
}

// Memory C may write without breaking the GC: no pointers anywhere in it.
bool pointerFree(Type* t, int depth = 0) {
    if (depth > 64) return false;
    Type* u = under(t);
    if (auto* b = u->as<Basic>()) return (b->info & (kIsBoolean | kIsNumeric)) != 0;
    if (auto* a = u->as<Array>()) return pointerFree(a->elem, depth + 1);
    if (auto* s = u->as<Struct>())
        return std::all_of(s->fields.begin(), s->fields.end(), [&](Var* f) { return pointerFree(f->type, depth + 1); });
    return false;
}

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}

class FfiBinderState {
public:
    FfiBinderState(const types::Program& program, FfiPolicy policy) : policy_(std::move(policy)) {
        mainPkg_ = program.mainPackage();
        if (mainPkg_ && !mainPkg_->files.empty() && mainPkg_->files[0]->root) {
            file_ = mainPkg_->files[0]->root;
            cimports_ = cimportLibraries(*file_);
        }
    }

    std::shared_ptr<const rt::NativeBinding> bind(const Func& f, std::string& error) {
        error.clear();
        if (!file_ || f.pkg != mainPkg_ || !f.decl) return nullptr;
        std::string symbol(externSymbol(*file_, *f.decl));
        if (symbol.empty()) return nullptr;
        rt::FfiSignature signature;
        if (!signatureOf(f, symbol, signature, error) || !permitted(symbol, error)) return nullptr;
        std::shared_ptr<const rt::FfiLibraries> libs = libraries(error);
        if (!libs) return nullptr;
        void* address = libs->lookup(symbol);
        if (!address) {
            error = "govm: C symbol " + symbol + " not found in " + libs->describe();
            return nullptr;
        }
        return rt::FfiBinding::create(libs, address, symbol, std::move(signature), error);
    }

private:
    bool signatureOf(const Func& f, const std::string& symbol, rt::FfiSignature& out, std::string& error) const {
        Signature* sig = f.signature();
        const std::vector<Var*>& params = sig->params->vars;
        for (size_t i = 0; i < params.size(); ++i) {
            Type* t = params[i]->type;
            rt::FfiType c;
            if (sig->variadic && i + 1 == params.size()) {
                auto* slice = under(t)->as<types::Slice>();
                Type* elem = slice ? slice->elem : t;
                error = "govm: cannot pass ..." + typeString(elem, f.pkg) + " to C function " + symbol +
                        " (C variadic functions are not supported)";
                return false;
            }
            if (scalarType(t, c)) {
                out.params.push_back(c);
                continue;
            }
            auto* p = under(t)->as<Pointer>();
            if (p && pointerFree(p->elem)) {
                out.params.push_back(rt::FfiType::Pointer);
                continue;
            }
            error = "govm: cannot pass " + typeString(t, f.pkg) + " to C function " + symbol;
            if (p) error += " (the memory it points to holds Go pointers)";
            return false;
        }
        const std::vector<Var*>& results = sig->results->vars;
        if (results.size() > 1) {
            error = "govm: C function " + symbol + " cannot return more than one result";
            return false;
        }
        if (results.empty()) return true;
        Type* t = results[0]->type;
        if (scalarType(t, out.result) && out.result != rt::FfiType::Pointer) return true;
        error = "govm: cannot return " + typeString(t, f.pkg) + " from C function " + symbol;
        if (under(t)->as<Pointer>() || out.result == rt::FfiType::Pointer)
            error += " (C memory is not Go memory: declare the result uintptr)";
        return false;
    }

    bool permitted(const std::string& symbol, std::string& error) const {
        if (!policy_.allowed) {
            error = "govm: C function " + symbol + " is not allowed: FFI is off (enable it with " +
                    policy_.howToAllow + ")";
            return false;
        }
        if (policy_.allowsAll()) return true;
        if (cimports_.empty()) {
            error = "govm: C function " + symbol +
                    " would be looked up in the whole process, which the FFI allow-list (" +
                    joined(policy_.libraries) + ") does not permit: name its library with //govm:cimport";
            return false;
        }
        for (const std::string& lib : cimports_)
            if (!policy_.allowsLibrary(lib)) {
                error = "govm: C library \"" + lib + "\" is not in the FFI allow-list (" + joined(policy_.libraries) +
                        ")";
                return false;
            }
        return true;
    }

    // The program's libraries, opened at the first binding that needs them.
    std::shared_ptr<const rt::FfiLibraries> libraries(std::string& error) {
        if (!loaded_) {
            loaded_ = true;
            libraries_ = rt::FfiLibraries::open(cimports_, loadError_);
        }
        if (!libraries_) error = loadError_;
        return libraries_;
    }

    FfiPolicy policy_;
    const Package* mainPkg_ = nullptr;
    const ast::File* file_ = nullptr;
    std::vector<std::string> cimports_;
    std::shared_ptr<const rt::FfiLibraries> libraries_;
    std::string loadError_;
    bool loaded_ = false;
};

}  // namespace

bool FfiPolicy::allowsLibrary(std::string_view name) const {
    if (!allowed) return false;
    return libraries.empty() || std::find(libraries.begin(), libraries.end(), name) != libraries.end();
}

bool parseAllowFfiFlag(std::string_view arg, FfiPolicy& policy) {
    constexpr std::string_view kFlag = "--allow-ffi";
    if (arg.substr(0, kFlag.size()) != kFlag) return false;
    std::string_view rest = arg.substr(kFlag.size());
    if (rest.empty()) {
        policy.allowed = true;
        policy.libraries.clear();
        return true;
    }
    if (rest.front() != '=' || rest.size() == 1) return false;
    rest.remove_prefix(1);
    std::vector<std::string> names;
    while (true) {
        size_t comma = rest.find(',');
        std::string_view name = rest.substr(0, comma);
        if (name.empty()) return false;
        names.emplace_back(name);
        if (comma == std::string_view::npos) break;
        rest.remove_prefix(comma + 1);
    }
    if (policy.allowsAll()) return true;  // a bare --allow-ffi already allows everything
    policy.allowed = true;
    policy.libraries.insert(policy.libraries.end(), names.begin(), names.end());
    return true;
}

std::string_view externSymbol(const ast::File& file, const ast::FuncDecl& decl) {
    if (decl.body || decl.receiver) return {};
    for (const Directive& d : decl.directives) {
        std::vector<std::string_view> f = fieldsOf(d.text);
        if (f.size() == 2 && f[0] == kExtern) return f[1];
    }
    for (const Directive& d : file.directives) {
        std::vector<std::string_view> f = fieldsOf(d.text);
        if (f.size() == 3 && f[0] == kLinkname && f[1] == decl.name->name) return f[2];
    }
    return {};
}

bool hasNoescapeDirective(const ast::FuncDecl& decl) {
    for (const Directive& d : decl.directives) {
        std::string_view name = firstField(d.text);
        if (name == "govm:noescape" || name == "go:noescape") return true;
    }
    return false;
}

std::vector<std::string> cimportLibraries(const ast::File& file) {
    std::vector<std::string> out;
    for (const Directive& d : file.directives) {
        std::string name;
        if (isCimport(d.text) && parseCimport(d.text, name) &&
            std::find(out.begin(), out.end(), name) == out.end())
            out.push_back(std::move(name));
    }
    return out;
}

void checkFfiDirectives(const ast::File& file, Diagnostics& diags) {
    for (const Directive& d : file.directives) {
        std::string name;
        if (isCimport(d.text) && !parseCimport(d.text, name))
            diags.error(Pos{d.line, 1}, "govm: malformed //govm:cimport directive (want //govm:cimport \"libname.so\")");
        std::vector<std::string_view> f = fieldsOf(d.text);
        if (!f.empty() && f[0] == kExtern && f.size() != 2)
            diags.error(Pos{d.line, 1}, "govm: malformed //extern directive (want //extern cname)");
    }
}

NativeBinder ffiBinder(const types::Program& program, const FfiPolicy& policy) {
    auto state = std::make_shared<FfiBinderState>(program, policy);
    return [state](const Func& f, std::string& error) { return state->bind(f, error); };
}

}  // namespace govm
