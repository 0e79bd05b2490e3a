// Initialization order of package variables (types2 initorder.go).
//
// The dependency graph has a node per package-level const, var and func;
// edges are the references recorded while checking (addDeclDep). Function
// nodes are eliminated by connecting their callers to their callees, so a
// variable depends on everything reachable through the functions it calls.
// Nodes are then emitted by fewest outstanding dependencies, ties broken by
// source order; a node that still has dependencies when it comes up is on
// a cycle, which gc reports as an "initialization loop".
#include <algorithm>

#include "compiler/checker.hpp"

namespace govm::types {

namespace {

struct GraphNode {
    Object* obj;
    size_t order;
    std::set<GraphNode*> pred, succ;
    int ndeps = 0;
    bool done = false;
};

bool isDependency(Object* obj) {
    return obj->kind == ObjectKind::Const || obj->kind == ObjectKind::Var || obj->kind == ObjectKind::Func;
}

}  // namespace

static bool findPath(std::unordered_map<Object*, DeclInfo*>& objMap, Object* from, Object* to,
                     std::set<Object*>& seen, std::vector<Object*>& path) {
    if (!seen.insert(from).second) return false;
    auto it = objMap.find(from);
    if (it == objMap.end()) return false;
    for (Object* d : it->second->depsOrder) {
        if (d == to) {
            path.push_back(d);
            return true;
        }
        if (findPath(objMap, d, to, seen, path)) {
            path.push_back(d);
            return true;
        }
    }
    return false;
}

void Checker::initOrder() {
    std::unordered_map<Object*, std::unique_ptr<GraphNode>> nodes;
    for (size_t i = 0; i < objList_.size(); ++i) {
        Object* obj = objList_[i];
        if (isDependency(obj)) nodes[obj] = std::make_unique<GraphNode>(GraphNode{obj, i, {}, {}});
    }
    for (auto& [obj, n] : nodes) {
        for (Object* d : objMap_[obj]->depsOrder) {
            auto it = nodes.find(d);
            if (it == nodes.end()) continue;
            n->succ.insert(it->second.get());
            it->second->pred.insert(n.get());
        }
    }
    std::vector<GraphNode*> funcs, vars;
    for (Object* obj : objList_) {
        auto it = nodes.find(obj);
        if (it == nodes.end()) continue;
        (obj->kind == ObjectKind::Func ? funcs : vars).push_back(it->second.get());
    }
    std::stable_sort(funcs.begin(), funcs.end(), [](GraphNode* a, GraphNode* b) {
        return a->pred.size() * a->succ.size() < b->pred.size() * b->succ.size();
    });
    for (GraphNode* n : funcs) {
        for (GraphNode* p : n->pred) {
            if (p == n) continue;
            for (GraphNode* s : n->succ) {
                if (s == n) continue;
                p->succ.insert(s);
                s->pred.insert(p);
            }
            p->succ.erase(n);
        }
        for (GraphNode* s : n->succ) s->pred.erase(n);
    }
    for (GraphNode* n : vars) n->ndeps = int(n->succ.size());

    std::set<DeclInfo*> emitted;
    for (size_t remaining = vars.size(); remaining > 0; --remaining) {
        GraphNode* best = nullptr;
        for (GraphNode* n : vars)
            if (!n->done && (!best || n->ndeps < best->ndeps || (n->ndeps == best->ndeps && n->order < best->order)))
                best = n;
        best->done = true;
        if (best->ndeps > 0) {
            std::set<Object*> seen;
            std::vector<Object*> cycle;
            if (findPath(objMap_, best->obj, best->obj, seen, cycle)) reportCycle(cycle);
        }
        for (GraphNode* p : best->pred) p->ndeps--;
        auto* v = best->obj->as<Var>();
        if (!v) continue;
        DeclInfo* info = objMap_[v];
        if (!info->init || !emitted.insert(info).second) continue;
        Initializer init;
        init.lhs = info->lhs.empty() ? std::vector<Var*>{v} : info->lhs;
        init.rhs = info->init;
        info_.initOrder.push_back(std::move(init));
    }
}

void Checker::reportCycle(const std::vector<Object*>& cycle) {
    Object* obj = cycle[0];
    Pos at = obj->pos;
    std::string msg = "initialization loop for " + std::string(obj->name);
    for (size_t i = cycle.size(); i-- > 0;) {
        msg += "\n\t" + posString(obj->pos) + ": " + std::string(obj->name) + " refers to";
        obj = cycle[i];
    }
    msg += "\n\t" + posString(obj->pos) + ": " + std::string(obj->name);
    error(at, msg);
}

}  // namespace govm::types
