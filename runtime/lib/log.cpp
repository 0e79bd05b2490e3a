// The native of package log (compiler/stdlib/log.go): the calendar date and
// clock time of now, local or UTC, for each line's header.
#include <ctime>
#include <iterator>

#include "runtime/lib/support.hpp"
#include "runtime/lib/tables.hpp"

namespace govm::rt::lib {
namespace {

// clock(utc bool) (year, month, day, hour, min, sec, usec int)
void clock(NativeContext&, const Slot* args, Slot* results) {
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    std::tm parts{};
    if (args[0].i) gmtime_r(&now.tv_sec, &parts);
    else localtime_r(&now.tv_sec, &parts);
    results[0].i = parts.tm_year + 1900;
    results[1].i = parts.tm_mon + 1;
    results[2].i = parts.tm_mday;
    results[3].i = parts.tm_hour;
    results[4].i = parts.tm_min;
    results[5].i = parts.tm_sec;
    results[6].i = now.tv_nsec / 1000;
}

const NativeEntry kNatives[] = {
    {"log.clock", clock},
};

}  // namespace

NativeTable logNatives() { return {kNatives, std::size(kNatives)}; }

}  // namespace govm::rt::lib
