// A C++ host embedding govm: registers a host package, runs a Go script,
// calls a script function, stops a runaway call with a limit, and prints
// the VM's stats. Exits 0 when all of that behaved as expected.
#include <cstdio>
#include <numeric>
#include <span>
#include <string>
#include <string_view>

#include <govm/govm.hpp>

int main() {
    govm::Config config;
    config.limits.instructions = 10'000'000;
    config.package("host")
        .function("Log", [](std::string_view line) { std::printf("[script] %.*s\n", int(line.size()), line.data()); })
        .function("Sum", [](std::span<const int64_t> xs) { return std::accumulate(xs.begin(), xs.end(), int64_t{0}); });

    govm::Result<govm::Program> program = govm::compileFile(config, SCRIPT_PATH);
    if (!program) {
        std::fputs(program.error().text().c_str(), stderr);
        return 1;
    }

    govm::VM vm(*program, config);
    if (auto run = vm.run(); !run) {
        std::fputs(run.error().text().c_str(), stderr);
        return 1;
    }

    govm::Result<int64_t> score = vm.call<int64_t>("Score", std::vector<int64_t>{});
    if (score) return 1;  // Score takes []string: the call must be refused
    std::printf("refused: %s\n", score.error().message.c_str());

    // A fresh VM from the same Program: the limit stops Forever cleanly.
    govm::VM limited(*program, config);
    govm::Result<int64_t> forever = limited.call<int64_t>("Forever");
    if (forever || forever.error().kind != govm::Error::Kind::InstructionLimit) return 1;
    std::printf("stopped: %s in %s\n", forever.error().message.c_str(), forever.error().stack.at(0).function.c_str());

    govm::Stats stats = vm.stats();
    std::printf("stats: %llu calls, max depth %llu, arena objects %llu, heap objects %llu, gc cycles %llu\n",
                (unsigned long long)stats.calls, (unsigned long long)stats.maxDepth,
                (unsigned long long)stats.arena.objects, (unsigned long long)stats.heap.objects,
                (unsigned long long)stats.heap.gcCycles);
    return 0;
}
