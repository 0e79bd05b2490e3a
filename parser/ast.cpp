#include "parser/ast.hpp"

namespace govm::ast {

void* AstArena::allocate(size_t bytes, size_t align) {
    size_t padding = (align - reinterpret_cast<uintptr_t>(next_) % align) % align;
    if (!next_ || padding + bytes > left_) {
        size_t size = std::max(kChunkBytes, bytes + align);
        chunks_.push_back(std::make_unique<std::byte[]>(size));
        next_ = chunks_.back().get();
        left_ = size;
        padding = (align - reinterpret_cast<uintptr_t>(next_) % align) % align;
    }
    std::byte* result = next_ + padding;
    next_ = result + bytes;
    left_ -= padding + bytes;
    used_ += padding + bytes;
    return result;
}

std::string_view exprKindName(ExprKind kind) {
    static constexpr std::string_view kNames[] = {
#define GOVM_AST_NAME(name) #name,
        GOVM_EXPR_KINDS(GOVM_AST_NAME)
#undef GOVM_AST_NAME
    };
    return kNames[size_t(kind)];
}

std::string_view stmtKindName(StmtKind kind) {
    static constexpr std::string_view kNames[] = {
#define GOVM_AST_NAME(name) #name,
        GOVM_STMT_KINDS(GOVM_AST_NAME)
#undef GOVM_AST_NAME
    };
    return kNames[size_t(kind)];
}

}  // namespace govm::ast
