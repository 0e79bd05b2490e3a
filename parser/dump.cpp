#include "parser/dump.hpp"

#include "parser/printer.hpp"

namespace govm {

using namespace ast;

namespace {

class Dumper {
public:
    std::string out;

    void file(const File& file) {
        line(0, "File " + std::string(file.packageName ? file.packageName->name : "?"), file.pos);
        for (const Directive& d : file.directives) line(1, "Directive //" + std::string(d.text), Pos{d.line, 1});
        for (const Decl& decl : file.decls) {
            if (decl.gen) genDecl(1, decl.gen);
            else funcDecl(1, decl.func);
        }
    }

private:
    void line(int depth, const std::string& text, Pos pos) {
        out.append(size_t(depth) * 2, ' ');
        out += text;
        out += " @" + std::to_string(pos.line) + ":" + std::to_string(pos.col) + "\n";
    }
    void label(int depth, const char* text) {
        out.append(size_t(depth) * 2, ' ');
        out += text;
        out += ":\n";
    }

    void directives(int depth, const List<Directive>& list) {
        for (const Directive& d : list) line(depth, "Directive //" + std::string(d.text), Pos{d.line, 1});
    }

    void genDecl(int depth, const GenDecl* decl) {
        line(depth, std::string(decl->grouped ? "Group " : "Decl ") + std::string(tokSpelling(decl->tok)), decl->pos);
        directives(depth + 1, decl->directives);
        for (const Spec* spec : decl->specs) this->spec(depth + 1, spec);
    }

    void spec(int depth, const Spec* spec) {
        switch (spec->kind) {
        case SpecKind::Import: {
            auto* s = static_cast<const ImportSpec*>(spec);
            line(depth, "Import " + (s->name ? std::string(s->name->name) + " " : "") + std::string(s->path->text),
                 spec->pos);
            break;
        }
        case SpecKind::Value: {
            auto* s = static_cast<const ValueSpec*>(spec);
            std::string names;
            for (const Ident* name : s->names) names += (names.empty() ? "" : ", ") + std::string(name->name);
            line(depth, "Value " + names + " (iota " + std::to_string(s->iota) + ")", spec->pos);
            if (s->type) {
                label(depth + 1, "type");
                expr(depth + 2, s->type);
            }
            for (const Expr* value : s->values) expr(depth + 1, value);
            break;
        }
        case SpecKind::Type: {
            auto* s = static_cast<const TypeSpec*>(spec);
            line(depth, std::string(s->isAlias ? "Alias " : "Type ") + std::string(s->name->name), spec->pos);
            if (s->typeParams) fieldList(depth + 1, "typeParams", s->typeParams);
            expr(depth + 1, s->type);
            break;
        }
        }
    }

    void funcDecl(int depth, const FuncDecl* decl) {
        line(depth, "Func " + std::string(decl->name->name), decl->pos);
        directives(depth + 1, decl->directives);
        if (decl->receiver) fieldList(depth + 1, "receiver", decl->receiver);
        signature(depth + 1, decl->type);
        if (decl->body) stmt(depth + 1, decl->body);
    }

    void signature(int depth, const FuncType* type) {
        if (type->typeParams) fieldList(depth, "typeParams", type->typeParams);
        fieldList(depth, "params", type->params);
        if (type->results) fieldList(depth, "results", type->results);
    }

    void fieldList(int depth, const char* name, const FieldList* list) {
        label(depth, name);
        for (const Field* field : list->fields) {
            std::string names;
            for (const Ident* n : field->names) names += (names.empty() ? "" : ", ") + std::string(n->name);
            line(depth + 1, "Field" + (names.empty() ? "" : " " + names) +
                                (field->tag ? " tag " + std::string(field->tag->text) : ""),
                 field->pos);
            expr(depth + 2, field->type);
        }
    }

    void exprs(int depth, const List<Expr*>& list) {
        for (const Expr* e : list) expr(depth, e);
    }

    void optional(int depth, const char* name, const Expr* e) {
        if (!e) return;
        label(depth, name);
        expr(depth + 1, e);
    }

    void optional(int depth, const char* name, const Stmt* s) {
        if (!s) return;
        label(depth, name);
        stmt(depth + 1, s);
    }

    void expr(int depth, const Expr* e) {
        std::string head(exprKindName(e->kind));
        switch (e->kind) {
        case ExprKind::Ident: line(depth, head + " " + std::string(static_cast<const Ident*>(e)->name), e->pos); return;
        case ExprKind::BasicLit: {
            auto* lit = static_cast<const BasicLit*>(e);
            line(depth, head + " " + std::string(tokName(lit->literalKind)) + " " + std::string(lit->text), e->pos);
            return;
        }
        case ExprKind::Bad: line(depth, head, e->pos); return;
        default: break;
        }
        switch (e->kind) {
        case ExprKind::CompositeLit: {
            auto* lit = static_cast<const CompositeLit*>(e);
            line(depth, head, e->pos);
            optional(depth + 1, "type", lit->type);
            exprs(depth + 1, lit->elements);
            break;
        }
        case ExprKind::FuncLit: {
            auto* lit = static_cast<const FuncLit*>(e);
            line(depth, head, e->pos);
            signature(depth + 1, lit->type);
            stmt(depth + 1, lit->body);
            break;
        }
        case ExprKind::Paren:
            line(depth, head, e->pos);
            expr(depth + 1, static_cast<const ParenExpr*>(e)->inner);
            break;
        case ExprKind::Selector: {
            auto* sel = static_cast<const SelectorExpr*>(e);
            line(depth, head + " ." + std::string(sel->selector->name), e->pos);
            expr(depth + 1, sel->operand);
            break;
        }
        case ExprKind::Index: {
            auto* index = static_cast<const IndexExpr*>(e);
            line(depth, head, e->pos);
            expr(depth + 1, index->operand);
            exprs(depth + 1, index->indices);
            break;
        }
        case ExprKind::Slice: {
            auto* slice = static_cast<const SliceExpr*>(e);
            line(depth, head + (slice->threeIndex ? " 3-index" : ""), e->pos);
            expr(depth + 1, slice->operand);
            optional(depth + 1, "low", slice->low);
            optional(depth + 1, "high", slice->high);
            optional(depth + 1, "max", slice->max);
            break;
        }
        case ExprKind::TypeAssert: {
            auto* assertion = static_cast<const TypeAssertExpr*>(e);
            line(depth, head + (assertion->type ? "" : " (type)"), e->pos);
            expr(depth + 1, assertion->operand);
            if (assertion->type) expr(depth + 1, assertion->type);
            break;
        }
        case ExprKind::Call: {
            auto* call = static_cast<const CallExpr*>(e);
            line(depth, head + (call->hasEllipsis ? " ..." : ""), e->pos);
            expr(depth + 1, call->callee);
            exprs(depth + 1, call->args);
            break;
        }
        case ExprKind::Star:
            line(depth, head, e->pos);
            expr(depth + 1, static_cast<const StarExpr*>(e)->operand);
            break;
        case ExprKind::Unary: {
            auto* unary = static_cast<const UnaryExpr*>(e);
            line(depth, head + " " + std::string(tokSpelling(unary->op)), e->pos);
            expr(depth + 1, unary->operand);
            break;
        }
        case ExprKind::Binary: {
            auto* binary = static_cast<const BinaryExpr*>(e);
            line(depth, head + " " + std::string(tokSpelling(binary->op)), e->pos);
            expr(depth + 1, binary->left);
            expr(depth + 1, binary->right);
            break;
        }
        case ExprKind::KeyValue: {
            auto* kv = static_cast<const KeyValueExpr*>(e);
            line(depth, head, e->pos);
            expr(depth + 1, kv->key);
            expr(depth + 1, kv->value);
            break;
        }
        case ExprKind::Ellipsis:
            line(depth, head, e->pos);
            if (auto* elem = static_cast<const EllipsisExpr*>(e)->elem) expr(depth + 1, elem);
            break;
        case ExprKind::ArrayType: {
            auto* array = static_cast<const ArrayType*>(e);
            line(depth, array->length ? head : "SliceType", e->pos);
            optional(depth + 1, "len", array->length);
            expr(depth + 1, array->elem);
            break;
        }
        case ExprKind::StructType:
            line(depth, head, e->pos);
            fieldList(depth + 1, "fields", static_cast<const StructType*>(e)->fields);
            break;
        case ExprKind::FuncType:
            line(depth, head, e->pos);
            signature(depth + 1, static_cast<const FuncType*>(e));
            break;
        case ExprKind::InterfaceType:
            line(depth, head, e->pos);
            fieldList(depth + 1, "elements", static_cast<const InterfaceType*>(e)->elements);
            break;
        case ExprKind::MapType: {
            auto* map = static_cast<const MapType*>(e);
            line(depth, head, e->pos);
            expr(depth + 1, map->key);
            expr(depth + 1, map->value);
            break;
        }
        case ExprKind::ChanType: {
            auto* chan = static_cast<const ChanType*>(e);
            const char* dir = chan->dir == ChanDir::Send ? " send" : chan->dir == ChanDir::Recv ? " recv" : "";
            line(depth, head + dir, e->pos);
            expr(depth + 1, chan->elem);
            break;
        }
        default: break;
        }
    }

    void stmts(int depth, const List<Stmt*>& list) {
        for (const Stmt* s : list) stmt(depth, s);
    }

    void stmt(int depth, const Stmt* s) {
        std::string head(stmtKindName(s->kind));
        switch (s->kind) {
        case StmtKind::Bad:
        case StmtKind::Empty: line(depth, head, s->pos); break;
        case StmtKind::Decl: genDecl(depth, static_cast<const DeclStmt*>(s)->decl); break;
        case StmtKind::Labeled: {
            auto* labeled = static_cast<const LabeledStmt*>(s);
            line(depth, head + " " + std::string(labeled->label->name), s->pos);
            stmt(depth + 1, labeled->body);
            break;
        }
        case StmtKind::Expr:
            line(depth, head, s->pos);
            expr(depth + 1, static_cast<const ExprStmt*>(s)->expr);
            break;
        case StmtKind::Send: {
            auto* send = static_cast<const SendStmt*>(s);
            line(depth, head, s->pos);
            expr(depth + 1, send->channel);
            expr(depth + 1, send->value);
            break;
        }
        case StmtKind::IncDec: {
            auto* incdec = static_cast<const IncDecStmt*>(s);
            line(depth, head + " " + std::string(tokSpelling(incdec->op)), s->pos);
            expr(depth + 1, incdec->operand);
            break;
        }
        case StmtKind::Assign: {
            auto* assign = static_cast<const AssignStmt*>(s);
            line(depth, head + " " + std::string(tokSpelling(assign->op)), s->pos);
            label(depth + 1, "lhs");
            exprs(depth + 2, assign->lhs);
            label(depth + 1, "rhs");
            exprs(depth + 2, assign->rhs);
            break;
        }
        case StmtKind::Go:
        case StmtKind::Defer:
            line(depth, head, s->pos);
            expr(depth + 1, s->kind == StmtKind::Go ? static_cast<const GoStmt*>(s)->call
                                                    : static_cast<const DeferStmt*>(s)->call);
            break;
        case StmtKind::Return:
            line(depth, head, s->pos);
            exprs(depth + 1, static_cast<const ReturnStmt*>(s)->results);
            break;
        case StmtKind::Branch: {
            auto* branch = static_cast<const BranchStmt*>(s);
            line(depth, head + " " + std::string(tokSpelling(branch->tok)) +
                            (branch->label ? " " + std::string(branch->label->name) : ""),
                 s->pos);
            break;
        }
        case StmtKind::Block:
            line(depth, head, s->pos);
            stmts(depth + 1, static_cast<const BlockStmt*>(s)->stmts);
            break;
        case StmtKind::If: {
            auto* ifStmt = static_cast<const IfStmt*>(s);
            line(depth, head, s->pos);
            optional(depth + 1, "init", ifStmt->init);
            optional(depth + 1, "cond", ifStmt->cond);
            stmt(depth + 1, ifStmt->then);
            optional(depth + 1, "else", ifStmt->otherwise);
            break;
        }
        case StmtKind::CaseClause: {
            auto* clause = static_cast<const CaseClause*>(s);
            line(depth, clause->isDefault ? "Default" : "Case", s->pos);
            exprs(depth + 1, clause->values);
            stmts(depth + 1, clause->body);
            break;
        }
        case StmtKind::Switch: {
            auto* sw = static_cast<const SwitchStmt*>(s);
            line(depth, head, s->pos);
            optional(depth + 1, "init", sw->init);
            optional(depth + 1, "tag", sw->tag);
            for (const CaseClause* clause : sw->clauses) stmt(depth + 1, clause);
            break;
        }
        case StmtKind::TypeSwitch: {
            auto* sw = static_cast<const TypeSwitchStmt*>(s);
            line(depth, head + (sw->binding ? " " + std::string(sw->binding->name) : ""), s->pos);
            optional(depth + 1, "init", sw->init);
            expr(depth + 1, sw->subject);
            for (const CaseClause* clause : sw->clauses) stmt(depth + 1, clause);
            break;
        }
        case StmtKind::CommClause: {
            auto* clause = static_cast<const CommClause*>(s);
            line(depth, clause->comm ? "Comm" : "Default", s->pos);
            if (clause->comm) stmt(depth + 1, clause->comm);
            stmts(depth + 1, clause->body);
            break;
        }
        case StmtKind::Select: {
            auto* select = static_cast<const SelectStmt*>(s);
            line(depth, head, s->pos);
            for (const CommClause* clause : select->clauses) stmt(depth + 1, clause);
            break;
        }
        case StmtKind::For: {
            auto* loop = static_cast<const ForStmt*>(s);
            line(depth, head, s->pos);
            optional(depth + 1, "init", loop->init);
            optional(depth + 1, "cond", loop->cond);
            optional(depth + 1, "post", loop->post);
            stmt(depth + 1, loop->body);
            break;
        }
        case StmtKind::Range: {
            auto* range = static_cast<const RangeStmt*>(s);
            line(depth, head + (range->tok == Tok::Eof ? "" : " " + std::string(tokSpelling(range->tok))), s->pos);
            optional(depth + 1, "key", range->key);
            optional(depth + 1, "value", range->value);
            expr(depth + 1, range->range);
            stmt(depth + 1, range->body);
            break;
        }
        }
    }
};

}  // namespace

std::string dumpAst(const File& file) {
    Dumper dumper;
    dumper.file(file);
    return std::move(dumper.out);
}

}  // namespace govm
