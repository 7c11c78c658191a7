package dev.statuskit.http.internal;

import org.jspecify.annotations.Nullable;

/**
 * The immutable form of a Map inside an extension value: its keys and values side by side in one array, in
 * the source's iteration order. A renderer walks it by position, so writing it allocates nothing; as a Map
 * ({@link IndexedMap}) it is unmodifiable, and a lookup walks the few keys in order.
 */
public final class MemberMap extends IndexedMap {
    private final @Nullable Object[] keysAndValues;

    MemberMap(@Nullable Object[] keysAndValues) {
        this.keysAndValues = keysAndValues;
    }

    @Override
    public int size() {
        return keysAndValues.length / 2;
    }

    @Override
    public String key(int index) {
        return (String) keysAndValues[2 * index];
    }

    @Override
    public @Nullable Object value(int index) {
        return keysAndValues[2 * index + 1];
    }
}
