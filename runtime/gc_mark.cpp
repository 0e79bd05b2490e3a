// The mark phase: resolving words to objects and scanning values by TypeDesc.
//
// Marking an object sets its header's mark bit and, if it can hold pointers,
// pushes it on an explicit mark stack; drain() pops and scans until empty.
// Scanning a value walks its TypeDesc (struct fields, array elements), which
// recurses only as deep as the type nests, never along the object graph.
//
// Interface data words: a boxed dynamic type (!direct) means the word points
// to a heap copy laid out as that type; a direct type with pointers (size 8,
// e.g. *T, map, func, struct{p *int}) means the word IS that pointer; a direct
// type without pointers means the word is a scalar.
#include <cstring>

#include "runtime/heap_impl.hpp"
#include "runtime/map.hpp"

namespace govm::rt {

namespace {

uint64_t loadWord(const uint8_t* addr) {
    uint64_t word;
    std::memcpy(&word, addr, sizeof word);
    return word;
}

bool needsScan(const ObjectHeader* header) {
    switch (header->kind()) {
    case ObjectKind::Values:
        return header->type->hasPointers;
    case ObjectKind::Bytes:
        return false;
    case ObjectKind::MapHeader:
    case ObjectKind::MapStorage:
        return true;
    }
    return false;
}

}  // namespace

void Heap::Impl::markResolved(const void* p) {
    uintptr_t address = reinterpret_cast<uintptr_t>(p);
    if (address - lo >= hi - lo)
        return;
    Span* span = pages.find(address / kPageSize);
    if (span == nullptr)
        return;
    uint64_t offset = address - reinterpret_cast<uintptr_t>(span->base);
    uint64_t slot = (offset * span->divMul) >> 32;
    auto* header = reinterpret_cast<ObjectHeader*>(span->base + slot * span->slotSize);
    uint64_t bits = header->bits;
    if ((bits & (ObjectHeader::kLive | ObjectHeader::kMarked)) != ObjectHeader::kLive)
        return;
    uintptr_t payload = reinterpret_cast<uintptr_t>(header + 1);
    // A pointer into the header is one past the previous slot's end: no object.
    if (address < payload || address - payload >= payloadBytes(header))
        return;
    header->bits = bits | ObjectHeader::kMarked;
    markedBytes += span->slotBytes();
    markedObjects++;
    if (needsScan(header))
        markStack.push_back(header);
}

void Heap::Impl::scanValue(Marker& marker, const TypeDesc* t, const uint8_t* addr) {
    switch (t->kind) {
    case Kind::Pointer:
    case Kind::Map:
    case Kind::Func:
    case Kind::Chan:
    case Kind::UnsafePointer:
    case Kind::String:  // data pointer first
    case Kind::Slice:   // data pointer first
        markPointer(reinterpret_cast<const void*>(loadWord(addr)));
        return;
    case Kind::Interface:
        marker.markIface(reinterpret_cast<const TypeDesc*>(loadWord(addr)), loadWord(addr + 8));
        return;
    case Kind::Array:
        if (t->elem->hasPointers)
            for (uint64_t i = 0; i < t->length; ++i)
                scanValue(marker, t->elem, addr + i * t->elem->size);
        return;
    case Kind::Struct:
        for (uint32_t i = 0; i < t->fieldCount; ++i) {
            const FieldDesc& field = t->fields[i];
            if (field.type->hasPointers)
                scanValue(marker, field.type, addr + field.offset);
        }
        return;
    case Kind::Raw:
        for (uint32_t i = 0; i < t->rawPointerWords; ++i)
            markPointer(reinterpret_cast<const void*>(loadWord(addr + 8 * i)));
        return;
    default:
        return;
    }
}

// The pointers inside one object, by its header (heap and arena objects).
void scanObjectContents(Marker& marker, const ObjectHeader* header) {
    const void* payload = header + 1;
    switch (header->kind()) {
    case ObjectKind::Values:
        marker.markValues(header->type, payload, header->count());
        return;
    case ObjectKind::MapHeader:
        scanMap(marker, static_cast<const Map*>(payload));
        return;
    case ObjectKind::MapStorage:
        scanMapStorage(marker, header->type, payload);
        return;
    case ObjectKind::Bytes:
        return;
    }
}

void Heap::Impl::scanObject(Marker& marker, ObjectHeader* header) { scanObjectContents(marker, header); }

void Heap::Impl::drain(Marker& marker) {
    while (!markStack.empty()) {
        ObjectHeader* header = markStack.back();
        markStack.pop_back();
        // A frame-confined object is checked like the frame's roots: not at all.
        scanning = header->bits & ObjectHeader::kFrameConfined ? nullptr : header;
        scanObject(marker, header);
    }
    scanning = nullptr;
    // A deep list may have grown the stack a lot: do not keep that memory.
    if (markStack.capacity() > 4096)
        std::vector<ObjectHeader*>().swap(markStack);
}

// ---- Marker ---------------------------------------------------------------

void Marker::markPointer(const void* p) { heap_.markPointer(p); }

void Marker::markValue(const TypeDesc* t, const void* addr) {
    if (t != nullptr && t->hasPointers)
        heap_.scanValue(*this, t, static_cast<const uint8_t*>(addr));
}

void Marker::markValues(const TypeDesc* t, const void* addr, uint64_t count) {
    if (t == nullptr || !t->hasPointers)
        return;
    const auto* bytes = static_cast<const uint8_t*>(addr);
    for (uint64_t i = 0; i < count; ++i)
        heap_.scanValue(*this, t, bytes + i * t->size);
}

void Marker::markIface(const TypeDesc* t, uint64_t data) {
    if (t != nullptr && (!t->direct || t->hasPointers))
        heap_.markPointer(reinterpret_cast<const void*>(data));
}

void Marker::markSlots(const uint64_t* words, const uint8_t* slotKinds, size_t n) {
    for (size_t i = 0; i < n; ++i) {
        switch (slotKinds[i]) {
        case 1:
            heap_.markPointer(reinterpret_cast<const void*>(words[i]));
            break;
        case 2:
            if (i + 1 < n) {
                markIface(reinterpret_cast<const TypeDesc*>(words[i]), words[i + 1]);
                ++i;
            }
            break;
        default:
            break;
        }
    }
}

}  // namespace govm::rt
