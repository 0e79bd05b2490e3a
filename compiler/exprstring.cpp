// Expressions as gc's error messages print them: syntax.String, the
// syntax printer's ShortForm. It differs from parser/printer.hpp (which
// prints like gc's -m output) in literals and type literals: non-empty
// function and composite literal bodies become "{…}", and struct and
// interface types print without inner blanks ("struct{x int}").
#include "compiler/checker.hpp"
#include "parser/printer.hpp"

namespace govm::types {

namespace {

void print(std::string& out, const ast::Expr* e);

void printList(std::string& out, const ast::List<ast::Expr*>& list) {
    for (uint32_t i = 0; i < list.size(); ++i) {
        if (i) out += ", ";
        print(out, list[i]);
    }
}


// Names sharing one type print the type once: "(a, b int, c string)".
void printFields(std::string& out, const ast::FieldList* list, const char* sep, bool unparenTypes) {
    if (!list) return;
    for (uint32_t i = 0; i < list->fields.size(); ++i) {
        const ast::Field* f = list->fields[i];
        if (i) out += sep;
        for (uint32_t n = 0; n < f->names.size(); ++n) {
            if (n) out += ", ";
            out += f->names[n]->name;
        }
        if (!f->names.empty()) out += ' ';
        print(out, unparenTypes ? ast::unparen(f->type) : f->type);
    }
}

void printSignature(std::string& out, const ast::FuncType* t) {
    out += '(';
    printFields(out, t->params, ", ", true);
    out += ')';
    if (!t->results || t->results->fields.empty()) return;
    out += ' ';
    const ast::FieldList* r = t->results;
    if (r->fields.size() == 1 && r->fields[0]->names.empty()) {
        print(out, r->fields[0]->type);
        return;
    }
    out += '(';
    printFields(out, r, ", ", true);
    out += ')';
}

void printInterface(std::string& out, const ast::InterfaceType* t) {
    out += "interface{";
    for (uint32_t i = 0; i < t->elements->fields.size(); ++i) {
        const ast::Field* m = t->elements->fields[i];
        if (i) out += "; ";
        if (!m->names.empty()) {
            out += m->names[0]->name;
            if (auto* ft = m->type->as<ast::FuncType>()) printSignature(out, ft);
        } else {
            print(out, m->type);
        }
    }
    out += '}';
}

void printComposite(std::string& out, const ast::Expr* e) {
    if (auto* c = e->as<ast::CompositeLit>()) {
        print(out, c->type);
        out += c->elements.empty() ? "{}" : "{…}";
        return;
    }
    auto* f = static_cast<const ast::FuncLit*>(e);
    out += "func";
    printSignature(out, f->type);
    if (f->body) out += f->body->stmts.empty() ? " {}" : " {…}";
}

void printOther(std::string& out, const ast::Expr* e) {
    switch (e->kind) {
    case ast::ExprKind::Slice: {
        auto* s = static_cast<const ast::SliceExpr*>(e);
        print(out, s->operand);
        out += '[';
        print(out, s->low);
        out += ':';
        print(out, s->high);
        if (s->max) {
            out += ':';
            print(out, s->max);
        }
        out += ']';
        break;
    }
    case ast::ExprKind::TypeAssert: {
        auto* a = static_cast<const ast::TypeAssertExpr*>(e);
        print(out, a->operand);
        out += ".(";
        if (a->type) print(out, a->type);
        else out += "type";
        out += ')';
        break;
    }
    case ast::ExprKind::Call: {
        auto* c = static_cast<const ast::CallExpr*>(e);
        print(out, c->callee);
        out += '(';
        printList(out, c->args);
        if (c->hasEllipsis) out += "...";
        out += ')';
        break;
    }
    case ast::ExprKind::ArrayType: {
        auto* a = static_cast<const ast::ArrayType*>(e);
        out += '[';
        print(out, a->length);
        out += ']';
        print(out, a->elem);
        break;
    }
    case ast::ExprKind::StructType:
        out += "struct{";
        printFields(out, static_cast<const ast::StructType*>(e)->fields, "; ", false);
        out += '}';
        break;
    case ast::ExprKind::FuncType:
        out += "func";
        printSignature(out, static_cast<const ast::FuncType*>(e));
        break;
    case ast::ExprKind::InterfaceType: printInterface(out, static_cast<const ast::InterfaceType*>(e)); break;
    case ast::ExprKind::ChanType: {
        auto* c = static_cast<const ast::ChanType*>(e);
        out += c->dir == ast::ChanDir::Recv ? "<-chan " : c->dir == ast::ChanDir::Send ? "chan<- " : "chan ";
        auto* inner = c->elem->as<ast::ChanType>();
        bool parens = c->dir == ast::ChanDir::Both && inner && inner->dir == ast::ChanDir::Recv;
        if (parens) out += '(';
        print(out, c->elem);
        if (parens) out += ')';
        break;
    }
    default: out += exprString(e); break;
    }
}

void print(std::string& out, const ast::Expr* e) {
    if (!e) return;
    switch (e->kind) {
    case ast::ExprKind::Ident: out += static_cast<const ast::Ident*>(e)->name; break;
    case ast::ExprKind::BasicLit: out += static_cast<const ast::BasicLit*>(e)->text; break;
    case ast::ExprKind::CompositeLit:
    case ast::ExprKind::FuncLit: printComposite(out, e); break;
    case ast::ExprKind::Paren:
        out += '(';
        print(out, static_cast<const ast::ParenExpr*>(e)->inner);
        out += ')';
        break;
    case ast::ExprKind::Selector:
        print(out, static_cast<const ast::SelectorExpr*>(e)->operand);
        out += '.';
        out += static_cast<const ast::SelectorExpr*>(e)->selector->name;
        break;
    case ast::ExprKind::Index:
        print(out, static_cast<const ast::IndexExpr*>(e)->operand);
        out += '[';
        printList(out, static_cast<const ast::IndexExpr*>(e)->indices);
        out += ']';
        break;
    case ast::ExprKind::Star:
        out += '*';
        print(out, static_cast<const ast::StarExpr*>(e)->operand);
        break;
    case ast::ExprKind::Unary:
        out += tokSpelling(static_cast<const ast::UnaryExpr*>(e)->op);
        print(out, static_cast<const ast::UnaryExpr*>(e)->operand);
        break;
    case ast::ExprKind::Binary: {
        auto* b = static_cast<const ast::BinaryExpr*>(e);
        print(out, b->left);
        out += ' ';
        out += tokSpelling(b->op);
        out += ' ';
        print(out, b->right);
        break;
    }
    case ast::ExprKind::KeyValue:
        print(out, static_cast<const ast::KeyValueExpr*>(e)->key);
        out += ": ";
        print(out, static_cast<const ast::KeyValueExpr*>(e)->value);
        break;
    case ast::ExprKind::Ellipsis:
        out += "...";
        print(out, static_cast<const ast::EllipsisExpr*>(e)->elem);
        break;
    case ast::ExprKind::MapType:
        out += "map[";
        print(out, static_cast<const ast::MapType*>(e)->key);
        out += ']';
        print(out, static_cast<const ast::MapType*>(e)->value);
        break;
    default: printOther(out, e); break;
    }
}

}  // namespace

std::string errorString(const ast::Expr* e) {
    std::string out;
    print(out, e);
    return out;
}

}  // namespace govm::types
