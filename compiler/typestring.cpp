// Type printing as types2's typeWriter does it (typestring.go): the text gc
// shows in errors. `, ` and `; ` separate list items, struct and interface
// bodies have no inner spaces ("struct{x int; y string}"), the predeclared
// empty interface `any` prints as "any" and a written `interface{}` as
// "interface{}". Named types are qualified by their package's name unless
// they belong to the package the message is about.
#include <algorithm>

#include "compiler/checker.hpp"

namespace govm::types {

namespace {

class TypeWriter {
public:
    TypeWriter(std::string& out, const Package* current, bool qualifyAll)
        : out_(out), current_(current), qualifyAll_(qualifyAll) {}

    void typ(Type* t);

private:
    void byte(char c) {
        out_ += c;
        if (c == ',' || c == ';') out_ += ' ';
    }
    void tuple(Tuple* tup, bool variadic);
    void signature(Signature* sig);
    void structType(Struct* s);
    void interfaceType(Interface* iface);
    void named(Named* n);

    std::string& out_;
    const Package* current_;
    bool qualifyAll_;
    std::vector<Type*> seen_;
};

void TypeWriter::tuple(Tuple* tup, bool variadic) {
    out_ += '(';
    if (tup) {
        for (size_t i = 0; i < tup->vars.size(); ++i) {
            if (i > 0) byte(',');
            Var* v = tup->vars[i];
            if (!v->name.empty()) {
                out_ += v->name;
                out_ += ' ';
            }
            Type* t = v->type;
            if (variadic && i + 1 == tup->vars.size()) {
                if (auto* s = t ? t->as<Slice>() : nullptr) {
                    out_ += "...";
                    t = s->elem;
                } else {
                    typ(t);
                    out_ += "...";
                    continue;
                }
            }
            typ(t);
        }
    }
    out_ += ')';
}

void TypeWriter::signature(Signature* sig) {
    tuple(sig->params, sig->variadic);
    size_t n = sig->results ? sig->results->vars.size() : 0;
    if (n == 0) return;
    out_ += ' ';
    if (n == 1 && sig->results->vars[0]->name.empty()) {
        typ(sig->results->vars[0]->type);
        return;
    }
    tuple(sig->results, false);
}

void TypeWriter::structType(Struct* s) {
    out_ += "struct{";
    for (size_t i = 0; i < s->fields.size(); ++i) {
        if (i > 0) byte(';');
        Var* f = s->fields[i];
        if (!f->embedded) {
            out_ += f->name;
            out_ += ' ';
        }
        typ(f->type);
        if (i < s->tags.size() && !s->tags[i].empty()) {
            out_ += ' ';
            // strconv.Quote of the tag; tags are almost always plain ASCII.
            out_ += '"';
            for (char c : s->tags[i]) {
                if (c == '"' || c == '\\') out_ += '\\';
                out_ += c;
            }
            out_ += '"';
        }
    }
    out_ += '}';
}

void TypeWriter::interfaceType(Interface* iface) {
    out_ += "interface{";
    bool first = true;
    // types2 keeps an interface's explicit methods sorted by name.
    std::vector<Func*> methods = iface->explicitMethods;
    std::stable_sort(methods.begin(), methods.end(), [](Func* x, Func* y) { return x->name < y->name; });
    for (Func* m : methods) {
        if (!first) byte(';');
        first = false;
        out_ += m->name;
        signature(m->signature());
    }
    for (Type* e : iface->embeddeds) {
        if (!first) byte(';');
        first = false;
        typ(e);
    }
    out_ += '}';
}

void TypeWriter::named(Named* n) {
    TypeName* obj = n->obj;
    if (obj->pkg && (qualifyAll_ || obj->pkg != current_)) {
        out_ += obj->pkg->name;
        out_ += '.';
    }
    out_ += obj->name;
}

void TypeWriter::typ(Type* t) {
    if (!t) {
        out_ += "<nil>";
        return;
    }
    for (Type* s : seen_)
        if (s == t) {
            out_ += "<cycle>";
            return;
        }
    seen_.push_back(t);
    switch (t->kind) {
    case TypeKind::Basic: {
        auto* b = static_cast<Basic*>(t);
        if (b->basicKind == BasicKind::UnsafePointer) out_ += "unsafe.";
        out_ += b->name;
        break;
    }
    case TypeKind::Array:
        out_ += '[';
        out_ += std::to_string(static_cast<Array*>(t)->length);
        out_ += ']';
        typ(static_cast<Array*>(t)->elem);
        break;
    case TypeKind::Slice:
        out_ += "[]";
        typ(static_cast<Slice*>(t)->elem);
        break;
    case TypeKind::Struct: structType(static_cast<Struct*>(t)); break;
    case TypeKind::Pointer:
        out_ += '*';
        typ(static_cast<Pointer*>(t)->elem);
        break;
    case TypeKind::Tuple: tuple(static_cast<Tuple*>(t), false); break;
    case TypeKind::Signature:
        out_ += "func";
        signature(static_cast<Signature*>(t));
        break;
    case TypeKind::Interface: {
        auto* iface = static_cast<Interface*>(t);
        if (iface->isUniverseAny) out_ += "any";
        else
            interfaceType(iface);
        break;
    }
    case TypeKind::Map:
        out_ += "map[";
        typ(static_cast<Map*>(t)->key);
        out_ += ']';
        typ(static_cast<Map*>(t)->elem);
        break;
    case TypeKind::Chan: {
        auto* c = static_cast<Chan*>(t);
        bool parens = false;
        if (c->dir == ast::ChanDir::Both) {
            out_ += "chan ";
            if (auto* e = c->elem ? c->elem->as<Chan>() : nullptr) parens = e->dir == ast::ChanDir::Recv;
        } else {
            out_ += c->dir == ast::ChanDir::Send ? "chan<- " : "<-chan ";
        }
        if (parens) out_ += '(';
        typ(c->elem);
        if (parens) out_ += ')';
        break;
    }
    case TypeKind::Named: named(static_cast<Named*>(t)); break;
    }
    seen_.pop_back();
}

}  // namespace

std::string typeString(Type* t) {
    std::string out;
    TypeWriter(out, nullptr, true).typ(t);
    return out;
}

std::string typeString(Type* t, const Package* current) {
    std::string out;
    TypeWriter(out, current, false).typ(t);
    return out;
}

}  // namespace govm::types
