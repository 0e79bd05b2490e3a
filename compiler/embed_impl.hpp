// Internals of the embedding API shared by compiler/embed*.cpp.
#pragma once

#include <deque>
#include <memory>
#include <string>

#include "compiler/check.hpp"
#include "compiler/codegen.hpp"
#include "govm/govm.hpp"
#include "parser/parse.hpp"
#include "vm/program.hpp"
#include "vm/vm.hpp"

namespace govm {

struct Program::Impl {
    EscapeMode escape = EscapeMode::Govm;
    std::deque<std::string> hostSources;  // Go declarations of the host packages (the checker points into them)
    std::unique_ptr<ParsedFile> parsed;
    std::unique_ptr<types::Program> checked;
    std::unique_ptr<vm::Program> program;
};

struct VM::Impl {
    Impl(VM* owner, const Program& p, const Config& c);
    VM* owner;
    Program program;  // keeps the compilation alive
    Config config;
    std::unique_ptr<vm::VM> vm;
    bool initialized = false;
    Value* values = nullptr;  // live Values: emptied when the VM goes
    ~Impl();
    Error error() const;  // the VM's failure as an Error
};

// `package host` with one body-less declaration per host function.
std::string hostPackageSource(const HostPackage& package);
// CodegenOptions::bindNative for a Config: host functions, then //extern C functions.
std::function<std::shared_ptr<const rt::NativeBinding>(const types::Func&, std::string&)> hostBinder(const Config& config);
// "func(n int) int" for an export.
std::string exportSignature(const vm::Export& e);
// The pinned value `handle` as a value of Go type `target` (register form
// in `out`): the same type, or an interface its dynamic type implements.
// On failure `error` says what the value is or lacks.
bool convertValue(VM* owner, uint32_t handle, const rt::TypeDesc* target, rt::Slot* out, std::string& error);

}  // namespace govm
