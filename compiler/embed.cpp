// The embedding API (include/govm/govm.hpp): compile, Program, VM, errors.
//
// A govm::Program owns the whole compilation (the parsed file, the checked
// packages, the host packages' generated Go source and the vm::Program that
// points into all of them), so it can outlive the Config and be shared. Host
// functions become rt::NativeBinding objects owned by the vm::Program;
// VM::call converts C++ arguments to register form against the function's
// Go signature (vm::Export) before it runs anything.
#include "govm/govm.hpp"

#include <cstring>
#include <deque>
#include <iostream>

#include "compiler/check.hpp"
#include "compiler/codegen.hpp"
#include "compiler/embed_impl.hpp"
#include "compiler/escape.hpp"
#include "compiler/ffi.hpp"
#include "compiler/stdlib.hpp"
#include "lexer/source.hpp"
#include "parser/parse.hpp"
#include "vm/vm.hpp"

namespace govm {

// ---- Config, Error

HostPackage& Config::package(std::string_view importPath) {
    for (HostPackage& p : packages_)
        if (p.path() == importPath) return p;
    return packages_.emplace_back(std::string(importPath));
}

std::string_view kindName(Error::Kind kind) {
    switch (kind) {
        case Error::Kind::Compile: return "compile error";
        case Error::Kind::Panic: return "panic";
        case Error::Kind::Exit: return "exit";
        case Error::Kind::Fatal: return "fatal error";
        case Error::Kind::Deadlock: return "deadlock";
        case Error::Kind::StackOverflow: return "stack overflow";
        case Error::Kind::OutOfMemory: return "out of memory";
        case Error::Kind::InstructionLimit: return "instruction limit exceeded";
        case Error::Kind::Interrupted: return "interrupted";
        case Error::Kind::BadCall: return "bad call";
    }
    return "error";
}

std::string Error::text() const {
    std::string out;
    if (kind == Kind::Compile && !diagnostics.empty()) {
        for (const std::string& d : diagnostics) out += d + "\n";
        return out;
    }
    out = std::string(kindName(kind)) + ": " + message + "\n";
    for (const StackFrame& f : stack) {
        out += "\t" + f.function;
        out += f.file.empty() ? " (host)\n" : " at " + f.file + ":" + std::to_string(f.line) + "\n";
    }
    return out;
}

namespace detail {

void throwError(Error error) { throw Exception(std::move(error)); }

}  // namespace detail

namespace {

Error compileError(std::string file, const Diagnostics& diags) {
    Error e;
    e.kind = Error::Kind::Compile;
    e.exitCode = 1;
    e.file = std::move(file);
    e.diagnostics = diags.formatted();
    if (!diags.list().empty()) {
        const Diagnostic& first = diags.list().front();
        e.message = first.message;
        e.line = int(first.pos.line);
        e.column = int(first.pos.col);
    }
    return e;
}

template <typename T>
Result<T> fail(const Config& config, Error e) {
    if (config.throwErrors) throw Exception(std::move(e));
    return e;
}

}  // namespace

// ---- compile

namespace {

// Host functions first, then //extern C functions under the Config's allow-list.
NativeBinder nativeBinder(const Config& config, const types::Program& checked) {
    FfiPolicy policy;
    policy.allowed = config.ffiAllowAll || !config.ffiLibraries.empty();
    if (!config.ffiAllowAll) policy.libraries = config.ffiLibraries;
    policy.howToAllow = "govm::Config::ffiAllowAll or ffiLibraries";
    NativeBinder host = hostBinder(config);
    NativeBinder cFunctions = ffiBinder(checked, policy);
    return [host, cFunctions](const types::Func& f, std::string& error) -> std::shared_ptr<const rt::NativeBinding> {
        if (auto binding = host(f, error)) return binding;
        return cFunctions(f, error);
    };
}

}  // namespace

Result<Program> compile(const Config& config, std::string_view source, std::string_view fileName) {
    auto impl = std::make_shared<Program::Impl>();
    impl->escape = config.escape;
    std::string name(fileName);
    Diagnostics diags(name);
    SourceFile file{name, std::string(source)};
    impl->parsed = parseFile(file, diags);
    if (diags.hasErrors() || !impl->parsed->root) return fail<Program>(config, compileError(name, diags));

    for (const HostPackage& p : config.packages()) impl->hostSources.push_back(hostPackageSource(p));
    types::CheckOptions options;
    options.stdlibSource = [&](std::string_view path) -> std::string_view {
        for (size_t i = 0; i < config.packages().size(); ++i)
            if (config.packages()[i].path() == path) return impl->hostSources[i];
        return stdlibSource(path);
    };
    impl->checked = types::checkProgram(*impl->parsed, diags, options);
    if (!impl->checked || diags.hasErrors()) return fail<Program>(config, compileError(name, diags));

    EscapeResult escapes = analyzeEscapes(*impl->parsed->root, *impl->checked, config.escape, 0, name);
    CodegenOptions codegen;
    codegen.escapes = &escapes;
    codegen.exportFunctions = true;
    codegen.bindNative = nativeBinder(config, *impl->checked);
    impl->program = generateProgram(*impl->checked, diags, codegen);
    if (!impl->program || diags.hasErrors()) return fail<Program>(config, compileError(name, diags));
    return Program(std::move(impl));
}

Result<Program> compileFile(const Config& config, const std::string& path) {
    SourceFile file;
    std::string error;
    if (!readSourceFile(path, file, error)) {
        Error e;
        e.kind = Error::Kind::Compile;
        e.exitCode = 1;
        e.file = path;
        e.message = error;
        e.diagnostics.push_back(error);
        return fail<Program>(config, std::move(e));
    }
    return compile(config, file.text, path);
}

std::vector<std::string> Program::functions() const {
    std::vector<std::string> out;
    if (!impl_) return out;
    for (const vm::Export& e : impl_->program->exports) out.push_back(e.name + " " + exportSignature(e));
    return out;
}

// ---- VM

VM::VM(const Program& program, const Config& config) : impl_(std::make_unique<Impl>(this, program, config)) {}
VM::~VM() = default;

Result<void> VM::run() {
    if (impl_->initialized) return call<void>("main");
    impl_->initialized = true;
    const vm::Failure& failure = impl_->vm->run() == 0 ? vm::Failure{} : impl_->vm->failure();
    if (failure.kind == vm::FailureKind::None || (failure.kind == vm::FailureKind::Exit && failure.exitCode == 0))
        return Result<void>();
    return fail<void>(impl_->config, impl_->error());
}

void VM::interrupt() { impl_->vm->interrupt(); }

void VM::collectGarbage() { impl_->vm->collectGarbage(); }

bool detail::throwsErrors(const VM& vm) { return vm.impl().config.throwErrors; }

}  // namespace govm
