// Host packages: their generated Go declarations, and the binding that runs
// a host function when a script calls it (govm/host.hpp states the ABI).
#include <cstring>
#include <exception>

#include "compiler/embed_impl.hpp"
#include "runtime/native.hpp"

namespace govm {

std::string hostPackageSource(const HostPackage& package) {
    std::string_view path = package.path();
    std::string_view name = path.substr(path.find_last_of('/') + 1);
    std::string out = "// Package " + std::string(name) + " is provided by the host program.\npackage ";
    out += name;
    out += "\n\n";
    // Host parameters are views valid for the call, so nothing a script
    // passes escapes, unless the host may keep a govm::Value.
    for (const HostFunction& f : package.functions())
        out += (f.keepsArguments ? "func " : "//govm:noescape\nfunc ") + f.name + f.signature + "\n";
    return out;
}

namespace {

rt::NativeContext& contextOf(void* context) { return *static_cast<rt::NativeContext*>(context); }

// A Go string value (boxed, as interfaces hold strings) for panics.
rt::Iface stringValue(rt::NativeContext& ctx, std::string_view text) {
    const rt::TypeDesc* type = ctx.typeOf("string");
    auto* box = static_cast<rt::String*>(ctx.allocate(type, 1));
    *box = ctx.newString(text);
    return {type, reinterpret_cast<uint64_t>(box)};
}

class HostBinding final : public rt::NativeBinding {
public:
    HostBinding(std::string qualifiedName, HostFunction fn) : name_(std::move(qualifiedName)), fn_(std::move(fn)) {}

    // Any C++ exception becomes a Go panic; what the VM throws itself
    // (HostCall::panic, fatal errors) passes through untouched.
    void call(rt::NativeContext& ctx, const rt::Slot* args, rt::Slot* results) const override {
        HostCall call(&ctx, reinterpret_cast<const uint64_t*>(args), reinterpret_cast<uint64_t*>(results));
        std::string message;
        try {
            fn_.thunk(fn_.callable.get(), call);
            return;
        } catch (const rt::Unwind&) {
            throw;
        } catch (const std::exception& e) {
            message = name_ + ": " + e.what();
        } catch (...) {
            message = name_ + ": a C++ exception that is not a std::exception";
        }
        ctx.panicValue(stringValue(ctx, message));
    }

private:
    std::string name_;
    HostFunction fn_;
};

}  // namespace

double HostCall::floatArg(int slot) const {
    double v;
    std::memcpy(&v, &args_[slot], sizeof v);
    return v;
}

std::string_view HostCall::stringArg(int slot) const {
    return {reinterpret_cast<const char*>(args_[slot]), size_t(args_[slot + 1])};
}

void HostCall::setFloat(int slot, double v) { std::memcpy(&results_[slot], &v, sizeof v); }

void HostCall::setString(int slot, std::string_view v) {
    rt::String s = contextOf(context_).newString(v);
    results_[slot] = reinterpret_cast<uint64_t>(s.data);
    results_[slot + 1] = uint64_t(s.len);
}

void HostCall::setSlice(int slot, HostElem elem, const void* data, size_t count) {
    rt::NativeContext& ctx = contextOf(context_);
    const rt::TypeDesc* type = ctx.typeOf(elem == HostElem::Int ? "int" : elem == HostElem::Float ? "float64" : "uint8");
    void* memory = count ? ctx.allocate(type, count) : nullptr;
    if (count) std::memcpy(memory, data, count * type->size);
    results_[slot] = reinterpret_cast<uint64_t>(memory);
    results_[slot + 1] = count;
    results_[slot + 2] = count;
}

void HostCall::panic(std::string_view message) {
    rt::NativeContext& ctx = contextOf(context_);
    ctx.panicValue(stringValue(ctx, message));
    __builtin_unreachable();  // a virtual [[noreturn]] call is not known to be one here
}

std::function<std::shared_ptr<const rt::NativeBinding>(const types::Func&, std::string&)> hostBinder(const Config& config) {
    std::vector<HostPackage> packages = config.packages();
    return [packages](const types::Func& f, std::string& error) -> std::shared_ptr<const rt::NativeBinding> {
        for (const HostPackage& p : packages) {
            if (!f.pkg || p.path() != f.pkg->path) continue;
            for (const HostFunction& h : p.functions())
                if (h.name == f.name) return std::make_shared<HostBinding>(f.pkg->name + "." + h.name, h);
        }
        error.clear();
        return nullptr;
    };
}

}  // namespace govm
