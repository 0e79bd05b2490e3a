// Natives of package os (compiler/stdlib/os.go): the program's arguments and
// environment, reads of stdin and writes to the standard files, and Exit.
// Scripts have no other file access.
#include <iterator>

#include "runtime/lib/support.hpp"
#include "runtime/lib/tables.hpp"

namespace govm::rt::lib {
namespace {

// runtime_args() []string
void runtimeArgs(NativeContext& ctx, const Slot*, Slot* results) { setSlice(results, 0, ctx.osArgs()); }

// runtime_envs() []string
void runtimeEnvs(NativeContext& ctx, const Slot*, Slot* results) { setSlice(results, 0, ctx.osEnv()); }

// Only stdout and stderr are writable; other descriptors accept and drop the
// bytes, as writes to a closed pipe would lose them.
void writeFd(NativeContext& ctx, int64_t fd, std::string_view bytes) {
    if (fd == 1 || fd == 2) ctx.write(int(fd), bytes);
}

// writeBytes(fd int, b []byte) int
void writeBytes(NativeContext& ctx, const Slot* args, Slot* results) {
    Slice b = argSlice(args, 1);
    writeFd(ctx, args[0].i, sliceBytes(b));
    results[0].i = b.len;
}

// writeString(fd int, s string) int
void writeString(NativeContext& ctx, const Slot* args, Slot* results) {
    std::string_view s = argString(args, 1);
    writeFd(ctx, args[0].i, s);
    results[0].i = int64_t(s.size());
}

// readInput(b []byte) int
void readInput(NativeContext& ctx, const Slot* args, Slot* results) {
    Slice b = argSlice(args, 0);
    results[0].i = int64_t(ctx.readInput(static_cast<char*>(b.data), size_t(b.len)));
}

// Exit(code int)
void exitProgram(NativeContext& ctx, const Slot* args, Slot*) { ctx.exit(int(args[0].i)); }

const NativeEntry kNatives[] = {
    {"os.runtime_args", runtimeArgs},
    {"os.runtime_envs", runtimeEnvs},
    {"os.writeBytes", writeBytes},
    {"os.writeString", writeString},
    {"os.readInput", readInput},
    {"os.Exit", exitProgram},
};

}  // namespace

NativeTable osNatives() { return {kNatives, std::size(kNatives)}; }

}  // namespace govm::rt::lib
