// Walking the code of a syntax tree: the one place that knows which
// children of each node hold code.
//
// forEachChild calls the visitor on a node's direct children in source
// order. Children are the expressions that are evaluated (operands, call
// arguments, composite literal elements, keys and values) and nested
// statements; a function literal's child is its body. Type expressions in
// type positions (a composite literal's type, a conversion is still a call
// callee), declared names and labels are not children. A declaration
// statement's children are its value expressions.
//
// A recursive walk is a visitor that handles its node and then calls
// forEachChild on it; stopping at function literals or tracking them is the
// visitor's business.
#pragma once

#include "parser/ast.hpp"

namespace govm::ast {

class ChildVisitor {
public:
    virtual void expr(const Expr* e) = 0;
    virtual void stmt(const Stmt* s) = 0;

protected:
    ~ChildVisitor() = default;
};

void forEachChild(const Expr* e, ChildVisitor& visitor);
void forEachChild(const Stmt* s, ChildVisitor& visitor);

}  // namespace govm::ast
