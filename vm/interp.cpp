// Instantiates the interpreter loop twice: computed goto and switch.
#include <algorithm>
#include <cstring>

#include "runtime/map.hpp"
#include "vm/state.hpp"

namespace govm::vm {

#define GOVM_COMPUTED_GOTO 1
#define GOVM_EXECUTE executeGoto
#include "vm/interp_loop.inc"
#undef GOVM_COMPUTED_GOTO
#undef GOVM_EXECUTE

#define GOVM_COMPUTED_GOTO 0
#define GOVM_EXECUTE executeSwitch
#include "vm/interp_loop.inc"
#undef GOVM_COMPUTED_GOTO
#undef GOVM_EXECUTE

void VMState::execute(size_t stopDepth) {
    if (config.dispatch == Dispatch::Switch)
        executeSwitch(stopDepth);
    else
        executeGoto(stopDepth);
}

}  // namespace govm::vm
