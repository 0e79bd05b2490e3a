#include "parser/printer.hpp"

namespace govm {

using namespace ast;

namespace {

void printExpr(std::string& out, const Expr* expr);

void printList(std::string& out, const List<Expr*>& items) {
    for (uint32_t i = 0; i < items.size(); ++i) {
        if (i) out += ", ";
        printExpr(out, items[i]);
    }
}

void printFields(std::string& out, const FieldList* fields, bool isStruct) {
    if (!fields) return;
    for (uint32_t i = 0; i < fields->fields.size(); ++i) {
        const Field* field = fields->fields[i];
        if (i) out += isStruct ? "; " : ", ";
        for (uint32_t n = 0; n < field->names.size(); ++n) {
            if (n) out += ", ";
            out += field->names[n]->name;
        }
        if (!field->names.empty()) out += ' ';
        printExpr(out, field->type);
    }
}

void printSignature(std::string& out, const FuncType* type) {
    out += '(';
    printFields(out, type->params, false);
    out += ')';
    if (!type->results || type->results->fields.empty()) return;
    const FieldList* results = type->results;
    if (results->fields.size() == 1 && results->fields[0]->names.empty()) {
        out += ' ';
        printExpr(out, results->fields[0]->type);
        return;
    }
    out += " (";
    printFields(out, results, false);
    out += ')';
}

void printExpr(std::string& out, const Expr* expr) {
    if (!expr) return;
    switch (expr->kind) {
    case ExprKind::Bad: out += "BAD"; break;
    case ExprKind::Ident: out += static_cast<const Ident*>(expr)->name; break;
    case ExprKind::BasicLit: out += static_cast<const BasicLit*>(expr)->text; break;
    case ExprKind::CompositeLit: {
        auto* lit = static_cast<const CompositeLit*>(expr);
        printExpr(out, lit->type);
        out += lit->elements.empty() ? "{}" : "{...}";
        break;
    }
    case ExprKind::FuncLit: out += "func literal"; break;
    case ExprKind::Paren:
        out += '(';
        printExpr(out, static_cast<const ParenExpr*>(expr)->inner);
        out += ')';
        break;
    case ExprKind::Selector: {
        auto* sel = static_cast<const SelectorExpr*>(expr);
        printExpr(out, sel->operand);
        out += '.';
        out += sel->selector->name;
        break;
    }
    case ExprKind::Index: {
        auto* index = static_cast<const IndexExpr*>(expr);
        printExpr(out, index->operand);
        out += '[';
        printList(out, index->indices);
        out += ']';
        break;
    }
    case ExprKind::Slice: {
        auto* slice = static_cast<const SliceExpr*>(expr);
        printExpr(out, slice->operand);
        out += '[';
        printExpr(out, slice->low);
        out += ':';
        printExpr(out, slice->high);
        if (slice->threeIndex) {
            out += ':';
            printExpr(out, slice->max);
        }
        out += ']';
        break;
    }
    case ExprKind::TypeAssert: {
        auto* assertion = static_cast<const TypeAssertExpr*>(expr);
        printExpr(out, assertion->operand);
        out += ".(";
        if (assertion->type) printExpr(out, assertion->type);
        else out += "type";
        out += ')';
        break;
    }
    case ExprKind::Call: {
        auto* call = static_cast<const CallExpr*>(expr);
        printExpr(out, call->callee);
        out += '(';
        printList(out, call->args);
        if (call->hasEllipsis) out += "...";
        out += ')';
        break;
    }
    case ExprKind::Star:
        out += '*';
        printExpr(out, static_cast<const StarExpr*>(expr)->operand);
        break;
    case ExprKind::Unary: {
        auto* unary = static_cast<const UnaryExpr*>(expr);
        out += tokSpelling(unary->op);
        printExpr(out, unary->operand);
        break;
    }
    case ExprKind::Binary: {
        auto* binary = static_cast<const BinaryExpr*>(expr);
        printExpr(out, binary->left);
        out += ' ';
        out += tokSpelling(binary->op);
        out += ' ';
        printExpr(out, binary->right);
        break;
    }
    case ExprKind::KeyValue: {
        auto* kv = static_cast<const KeyValueExpr*>(expr);
        printExpr(out, kv->key);
        out += ": ";
        printExpr(out, kv->value);
        break;
    }
    case ExprKind::Ellipsis:
        out += "...";
        printExpr(out, static_cast<const EllipsisExpr*>(expr)->elem);
        break;
    case ExprKind::ArrayType: {
        auto* array = static_cast<const ArrayType*>(expr);
        out += '[';
        printExpr(out, array->length);
        out += ']';
        printExpr(out, array->elem);
        break;
    }
    case ExprKind::StructType:
        out += "struct {";
        printFields(out, static_cast<const StructType*>(expr)->fields, true);
        out += " }";
        break;
    case ExprKind::FuncType:
        out += "func";
        printSignature(out, static_cast<const FuncType*>(expr));
        break;
    case ExprKind::InterfaceType: {
        auto* iface = static_cast<const InterfaceType*>(expr);
        out += iface->elements->fields.empty() ? "interface {}" : "interface {...}";
        break;
    }
    case ExprKind::MapType: {
        auto* map = static_cast<const MapType*>(expr);
        out += "map[";
        printExpr(out, map->key);
        out += ']';
        printExpr(out, map->value);
        break;
    }
    case ExprKind::ChanType: {
        auto* chan = static_cast<const ChanType*>(expr);
        out += chan->dir == ChanDir::Recv ? "<-chan " : chan->dir == ChanDir::Send ? "chan<- " : "chan ";
        printExpr(out, chan->elem);
        break;
    }
    }
}

}  // namespace

std::string exprString(const Expr* expr) {
    std::string out;
    printExpr(out, expr);
    return out;
}

std::string stmtString(const Stmt* stmt) {
    std::string out;
    if (auto* assign = stmt->as<AssignStmt>()) {
        printList(out, assign->lhs);
        out += ' ';
        out += tokSpelling(assign->op);
        out += ' ';
        printList(out, assign->rhs);
    } else if (auto* expr = stmt->as<ExprStmt>()) {
        printExpr(out, expr->expr);
    } else if (auto* incdec = stmt->as<IncDecStmt>()) {
        printExpr(out, incdec->operand);
        out += tokSpelling(incdec->op);
    } else if (auto* send = stmt->as<SendStmt>()) {
        printExpr(out, send->channel);
        out += " <- ";
        printExpr(out, send->value);
    } else {
        out += stmtKindName(stmt->kind);
    }
    return out;
}

}  // namespace govm
