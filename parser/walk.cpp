// forEachChild (the model is in walk.hpp). Null children are skipped.
#include "parser/walk.hpp"

namespace govm::ast {

namespace {

struct Emit {
    ChildVisitor& v;
    void operator()(const Expr* e) const {
        if (e) v.expr(e);
    }
    void operator()(const Stmt* s) const {
        if (s) v.stmt(s);
    }
    template <typename T>
    void operator()(const List<T*>& list) const {
        for (const T* x : list) (*this)(x);
    }
};

}  // namespace

void forEachChild(const Expr* e, ChildVisitor& visitor) {
    Emit emit{visitor};
    switch (e->kind) {
        case ExprKind::Paren: emit(static_cast<const ParenExpr*>(e)->inner); break;
        case ExprKind::CompositeLit: emit(static_cast<const CompositeLit*>(e)->elements); break;
        case ExprKind::FuncLit: emit(static_cast<const FuncLit*>(e)->body); break;
        case ExprKind::Selector: emit(static_cast<const SelectorExpr*>(e)->operand); break;
        case ExprKind::Index: {
            auto* x = static_cast<const IndexExpr*>(e);
            emit(x->operand), emit(x->indices);
            break;
        }
        case ExprKind::Slice: {
            auto* x = static_cast<const SliceExpr*>(e);
            emit(x->operand), emit(x->low), emit(x->high), emit(x->max);
            break;
        }
        case ExprKind::TypeAssert: emit(static_cast<const TypeAssertExpr*>(e)->operand); break;
        case ExprKind::Call: {
            auto* x = static_cast<const CallExpr*>(e);
            emit(x->callee), emit(x->args);
            break;
        }
        case ExprKind::Star: emit(static_cast<const StarExpr*>(e)->operand); break;
        case ExprKind::Unary: emit(static_cast<const UnaryExpr*>(e)->operand); break;
        case ExprKind::Binary: {
            auto* x = static_cast<const BinaryExpr*>(e);
            emit(x->left), emit(x->right);
            break;
        }
        case ExprKind::KeyValue: {
            auto* x = static_cast<const KeyValueExpr*>(e);
            emit(x->key), emit(x->value);
            break;
        }
        default: break;
    }
}

void forEachChild(const Stmt* s, ChildVisitor& visitor) {
    Emit emit{visitor};
    switch (s->kind) {
        case StmtKind::Decl:
            for (const Spec* spec : static_cast<const DeclStmt*>(s)->decl->specs)
                if (spec->kind == SpecKind::Value) emit(static_cast<const ValueSpec*>(spec)->values);
            break;
        case StmtKind::Labeled: emit(static_cast<const LabeledStmt*>(s)->body); break;
        case StmtKind::Expr: emit(static_cast<const ExprStmt*>(s)->expr); break;
        case StmtKind::Send: {
            auto* x = static_cast<const SendStmt*>(s);
            emit(x->channel), emit(x->value);
            break;
        }
        case StmtKind::IncDec: emit(static_cast<const IncDecStmt*>(s)->operand); break;
        case StmtKind::Assign: {
            auto* x = static_cast<const AssignStmt*>(s);
            emit(x->lhs), emit(x->rhs);
            break;
        }
        case StmtKind::Go: emit(static_cast<const GoStmt*>(s)->call); break;
        case StmtKind::Defer: emit(static_cast<const DeferStmt*>(s)->call); break;
        case StmtKind::Return: emit(static_cast<const ReturnStmt*>(s)->results); break;
        case StmtKind::Block: emit(static_cast<const BlockStmt*>(s)->stmts); break;
        case StmtKind::If: {
            auto* x = static_cast<const IfStmt*>(s);
            emit(x->init), emit(x->cond), emit(x->then), emit(x->otherwise);
            break;
        }
        case StmtKind::CaseClause: {
            auto* x = static_cast<const CaseClause*>(s);
            emit(x->values), emit(x->comm), emit(x->body);
            break;
        }
        case StmtKind::Switch: {
            auto* x = static_cast<const SwitchStmt*>(s);
            emit(x->init), emit(x->tag), emit(x->clauses);
            break;
        }
        case StmtKind::TypeSwitch: {
            auto* x = static_cast<const TypeSwitchStmt*>(s);
            emit(x->init), emit(x->subject), emit(x->clauses);
            break;
        }
        case StmtKind::CommClause: {
            auto* x = static_cast<const CommClause*>(s);
            emit(x->comm), emit(x->body);
            break;
        }
        case StmtKind::Select: emit(static_cast<const SelectStmt*>(s)->clauses); break;
        case StmtKind::For: {
            auto* x = static_cast<const ForStmt*>(s);
            emit(x->init), emit(x->cond), emit(x->post), emit(x->body);
            break;
        }
        case StmtKind::Range: {
            auto* x = static_cast<const RangeStmt*>(s);
            emit(x->key), emit(x->value), emit(x->range), emit(x->body);
            break;
        }
        default: break;
    }
}

}  // namespace govm::ast
