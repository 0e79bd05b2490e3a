// Labels, break, continue, goto and fallthrough (gc's syntax/branches.go).
//
// gc checks branches in its parser (types2 runs with IgnoreBranchErrors),
// so the wording here is the parser's: "break is not in a loop, switch, or
// select", "label L defined and not used", ... Each function body (and
// each function literal's body) has its own label scope. Labels become
// Label objects recorded in Info::defs and Info::uses.
#include "compiler/checker.hpp"

namespace govm::types {

namespace {

struct Block {
    Block* parent;
    Pos start;
    ast::LabeledStmt* lstmt;
};

struct LabelEntry {
    Block* parent;
    ast::LabeledStmt* lstmt;
    bool used;
    Label* obj;
};

struct Targets {
    ast::Stmt* breaks = nullptr;     // enclosing for, range, switch, type switch or select
    ast::Stmt* continues = nullptr;  // enclosing for or range
    int caseIndex = -1;              // index of the enclosing switch case, or -1
};

size_t switchCaseCount(ast::Stmt* s) {
    if (auto* sw = s->as<ast::SwitchStmt>()) return sw->clauses.size();
    if (auto* ts = s->as<ast::TypeSwitchStmt>()) return ts->clauses.size();
    return 0;
}

}  // namespace

struct BranchChecker {
    Checker& c;
    std::vector<std::unique_ptr<Block>> blocks;
    std::vector<std::pair<std::string_view, LabelEntry>> labels;

    LabelEntry* find(std::string_view name) {
        for (auto& [n, l] : labels)
            if (n == name) return &l;
        return nullptr;
    }

    void err(Pos pos, std::string msg) { c.error(pos, std::move(msg)); }

    LabelEntry* declare(Block* b, ast::LabeledStmt* s) {
        std::string_view name = s->label->name;
        if (LabelEntry* alt = find(name)) {
            err(s->label->pos, "label " + std::string(name) + " already defined at " + c.posString(alt->lstmt->label->pos));
            return alt;
        }
        Label* obj = c.make<Label>(name, s->label->pos, c.invalidType());
        c.recordDef(s->label, obj);
        labels.push_back({name, LabelEntry{b, s, false, obj}});
        return &labels.back().second;
    }

    ast::LabeledStmt* gotoTarget(Block* b, ast::Ident* label) {
        LabelEntry* l = find(label->name);
        if (!l) return nullptr;
        l->used = true;
        c.recordUse(label, l->obj);
        for (; b; b = b->parent)
            if (l->parent == b) return l->lstmt;
        return nullptr;
    }

    // The innermost enclosing labeled statement with this name; `invalid` when
    // the label exists but does not enclose b.
    ast::LabeledStmt* enclosingTarget(Block* b, ast::Ident* label, bool& invalid) {
        invalid = false;
        LabelEntry* l = find(label->name);
        if (!l) return nullptr;
        l->used = true;
        c.recordUse(label, l->obj);
        for (; b; b = b->parent)
            if (l->lstmt == b->lstmt) return l->lstmt;
        invalid = true;
        return nullptr;
    }

    void unlabeled(ast::BranchStmt* s, const Targets& ctxt, size_t stmtIndex, size_t n) {
        switch (s->tok) {
        case Tok::Break:
            if (!ctxt.breaks) err(s->pos, "break is not in a loop, switch, or select");
            break;
        case Tok::Continue:
            if (!ctxt.continues) err(s->pos, "continue is not in a loop");
            break;
        case Tok::Fallthrough: {
            std::string msg = "fallthrough statement out of place";
            if (ctxt.breaks && ctxt.breaks->kind == ast::StmtKind::TypeSwitch) {
                msg = "cannot fallthrough in type switch";
            } else if (ctxt.breaks && ctxt.breaks->kind == ast::StmtKind::Switch) {
                if (ctxt.caseIndex < 0 || stmtIndex + 1 < n) {
                    // nested in a block or not the last statement
                } else if (size_t(ctxt.caseIndex) + 1 == switchCaseCount(ctxt.breaks)) {
                    msg = "cannot fallthrough final case in switch";
                } else {
                    break;  // ok
                }
            }
            err(s->pos, msg);
            break;
        }
        default: break;
        }
    }

    void labeled(ast::BranchStmt* s, Block* b, std::vector<ast::BranchStmt*>& fwdGotos) {
        std::string name(s->label->name);
        bool invalid = false;
        switch (s->tok) {
        case Tok::Break: {
            ast::LabeledStmt* t = enclosingTarget(b, s->label, invalid);
            if (t) {
                auto k = t->body->kind;
                if (k != ast::StmtKind::Switch && k != ast::StmtKind::TypeSwitch && k != ast::StmtKind::Select &&
                    k != ast::StmtKind::For && k != ast::StmtKind::Range)
                    err(s->label->pos, "invalid break label " + name);
            } else if (invalid) {
                err(s->label->pos, "invalid break label " + name);
            } else {
                err(s->label->pos, "break label not defined: " + name);
            }
            break;
        }
        case Tok::Continue: {
            ast::LabeledStmt* t = enclosingTarget(b, s->label, invalid);
            if (t) {
                auto k = t->body->kind;
                if (k != ast::StmtKind::For && k != ast::StmtKind::Range) err(s->label->pos, "invalid continue label " + name);
            } else if (invalid) {
                err(s->label->pos, "invalid continue label " + name);
            } else {
                err(s->label->pos, "continue label not defined: " + name);
            }
            break;
        }
        case Tok::Goto:
            if (!gotoTarget(b, s->label)) fwdGotos.push_back(s);
            break;
        default: break;
        }
    }

    std::vector<ast::BranchStmt*> blockBranches(Block* parent, Targets ctxt, ast::LabeledStmt* lstmt, Pos start,
                                                const ast::List<ast::Stmt*>& body);
    void inner(Block* b, ast::Stmt* s, const Targets& ctxt, ast::LabeledStmt* lstmt,
               std::vector<ast::BranchStmt*>& fwdGotos);
};

void BranchChecker::inner(Block* b, ast::Stmt* s, const Targets& ctxt, ast::LabeledStmt* lstmt,
                          std::vector<ast::BranchStmt*>& fwdGotos) {
    auto innerBlock = [&](Targets t, Pos start, const ast::List<ast::Stmt*>& list) {
        auto more = blockBranches(b, t, lstmt, start, list);
        fwdGotos.insert(fwdGotos.end(), more.begin(), more.end());
    };
    switch (s->kind) {
    case ast::StmtKind::Block: {
        auto* blk = static_cast<ast::BlockStmt*>(s);
        innerBlock({ctxt.breaks, ctxt.continues, -1}, blk->pos, blk->stmts);
        break;
    }
    case ast::StmtKind::If: {
        auto* i = static_cast<ast::IfStmt*>(s);
        Targets t{ctxt.breaks, ctxt.continues, -1};
        innerBlock(t, i->then->pos, i->then->stmts);
        if (i->otherwise) {
            ast::Stmt* one[1] = {i->otherwise};
            innerBlock(t, i->otherwise->pos, ast::List<ast::Stmt*>{one, 1});
        }
        break;
    }
    case ast::StmtKind::For: {
        auto* f = static_cast<ast::ForStmt*>(s);
        innerBlock({s, s, -1}, f->body->pos, f->body->stmts);
        break;
    }
    case ast::StmtKind::Range: {
        auto* r = static_cast<ast::RangeStmt*>(s);
        innerBlock({s, s, -1}, r->body->pos, r->body->stmts);
        break;
    }
    case ast::StmtKind::Switch:
    case ast::StmtKind::TypeSwitch: {
        auto* sw = s->as<ast::SwitchStmt>();
        const ast::List<ast::CaseClause*>& clauses =
            sw ? sw->clauses : static_cast<ast::TypeSwitchStmt*>(s)->clauses;
        Targets t{s, ctxt.continues, -1};
        for (size_t i = 0; i < clauses.size(); ++i) {
            t.caseIndex = int(i);
            innerBlock(t, clauses[i]->pos, clauses[i]->body);
        }
        break;
    }
    case ast::StmtKind::Select:
        for (ast::CommClause* cc : static_cast<ast::SelectStmt*>(s)->clauses)
            innerBlock({s, ctxt.continues, -1}, cc->pos, cc->body);
        break;
    default: break;
    }
}

std::vector<ast::BranchStmt*> BranchChecker::blockBranches(Block* parent, Targets ctxt, ast::LabeledStmt* lstmt,
                                                           Pos start, const ast::List<ast::Stmt*>& body) {
    blocks.push_back(std::make_unique<Block>(Block{parent, start, lstmt}));
    Block* b = blocks.back().get();
    Pos varPos;
    std::string varName;
    std::vector<ast::BranchStmt*> fwdGotos, badGotos;
    auto recordVarDecl = [&](Pos pos, std::string name) {
        varPos = pos;
        varName = std::move(name);
        badGotos = fwdGotos;
    };
    size_t n = body.size();
    while (n > 0 && body[n - 1]->kind == ast::StmtKind::Empty) --n;
    for (size_t idx = 0; idx < n; ++idx) {
        ast::Stmt* s = body[idx];
        ast::LabeledStmt* ls = nullptr;
        while (auto* l = s->as<ast::LabeledStmt>()) {
            if (l->label->name != "_") {
                LabelEntry* entry = declare(b, l);
                std::vector<ast::BranchStmt*> keep;
                for (ast::BranchStmt* fwd : fwdGotos) {
                    if (fwd->label->name != l->label->name) {
                        keep.push_back(fwd);
                        continue;
                    }
                    entry->used = true;
                    c.recordUse(fwd->label, entry->obj);
                    if (varPos.isKnown() && std::find(badGotos.begin(), badGotos.end(), fwd) != badGotos.end())
                        err(fwd->label->pos, "goto " + std::string(l->label->name) + " jumps over declaration of " +
                                                 varName + " at " + c.posString(varPos));
                }
                fwdGotos = std::move(keep);
                ls = l;
            }
            s = l->body;
        }
        if (auto* d = s->as<ast::DeclStmt>()) {
            if (d->decl->tok == Tok::Var && !d->decl->specs.empty()) {
                auto* spec = static_cast<ast::ValueSpec*>(d->decl->specs[0]);
                recordVarDecl(spec->pos, std::string(spec->names[0]->name));
            }
        } else if (auto* a = s->as<ast::AssignStmt>()) {
            if (a->op == Tok::Define) {
                std::string names;
                for (uint32_t i = 0; i < a->lhs.size(); ++i) names += (i ? ", " : "") + c.exprStr(a->lhs[i]);
                recordVarDecl(a->pos, names);
            }
        } else if (auto* br = s->as<ast::BranchStmt>()) {
            if (!br->label) unlabeled(br, ctxt, idx, n);
            else labeled(br, b, fwdGotos);
        } else {
            ast::LabeledStmt* saved = lstmt;
            lstmt = ls;
            inner(b, s, ctxt, lstmt, fwdGotos);
            lstmt = saved;
        }
    }
    return fwdGotos;
}

void Checker::checkBranches(ast::BlockStmt* body) {
    BranchChecker bc{*this, {}, {}};
    auto fwd = bc.blockBranches(nullptr, Targets{}, nullptr, body->pos, body->stmts);
    for (ast::BranchStmt* g : fwd) {
        if (LabelEntry* l = bc.find(g->label->name)) {
            l->used = true;
            recordUse(g->label, l->obj);
            error(g->label->pos, "goto " + std::string(g->label->name) + " jumps into block starting at " +
                                     posString(l->parent->start));
        } else {
            error(g->label->pos, "label " + std::string(g->label->name) + " not defined");
        }
    }
    for (auto& [name, l] : bc.labels)
        if (!l.used) error(l.lstmt->label->pos, "label " + std::string(name) + " defined and not used");
}

}  // namespace govm::types
