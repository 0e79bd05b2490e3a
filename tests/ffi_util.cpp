// Compiling and running programs for the libffi tests (tests/ffi_util.hpp).
#include "ffi_util.hpp"

#include "compiler/codegen.hpp"

namespace govm::test {

FfiCompiled compileFfi(const std::string& source, const FfiPolicy& policy, EscapeMode mode, int mLevel) {
    FfiCompiled out;
    SourceFile file{"prog.go", source};
    Diagnostics diags(file.name);
    out.parsed = parseFile(file, diags);
    if (!diags.hasErrors() && out.parsed->root) out.checked = types::checkProgram(*out.parsed, diags);
    if (out.checked && !diags.hasErrors()) {
        EscapeResult escapes = analyzeEscapes(*out.parsed->root, *out.checked, mode, mLevel, file.name);
        out.escapeLines = escapes.lines;
        CodegenOptions options;
        options.escapes = &escapes;
        options.bindNative = ffiBinder(*out.checked, policy);
        out.program = generateProgram(*out.checked, diags, options);
    }
    out.errors = diags.formatted();
    if (!out.errors.empty()) out.program.reset();
    return out;
}

FfiRun runCompiled(const vm::Program& program, vm::VMConfig config) {
    FfiRun run;
    config.output = [&run](int fd, std::string_view bytes) { (fd == 2 ? run.err : run.out).append(bytes); };
    if (config.args.empty()) config.args.push_back("prog");
    vm::VM machine(program, std::move(config));
    run.status = machine.run();
    return run;
}

FfiRun runFfi(const std::string& source, const FfiPolicy& policy, vm::VMConfig config, EscapeMode mode) {
    FfiCompiled compiled = compileFfi(source, policy, mode);
    if (!compiled.program) {
        FfiRun run;
        run.status = 1;
        for (const std::string& line : compiled.errors) run.err += line + "\n";
        return run;
    }
    return runCompiled(*compiled.program, std::move(config));
}

FfiPolicy allowAll() {
    FfiPolicy p;
    p.allowed = true;
    return p;
}

FfiPolicy allowOnly(std::vector<std::string> libraries) {
    FfiPolicy p;
    p.allowed = true;
    p.libraries = std::move(libraries);
    return p;
}

}  // namespace govm::test
