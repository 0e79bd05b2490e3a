// Helpers of the embedding API's tests (embed_*.cpp).
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "govm/govm.hpp"

// A Config whose output and errors are captured.
struct Captured {
    std::string out, err;
    govm::Config config() {
        govm::Config c;
        c.out = [this](std::string_view s) { out += s; };
        c.err = [this](std::string_view s) { err += s; };
        return c;
    }
};

inline govm::Program mustCompile(const govm::Config& config, std::string_view source) {
    auto program = govm::compile(config, source, "script.go");
    INFO((program ? "" : program.error().text()));
    REQUIRE(program);
    return *program;
}
