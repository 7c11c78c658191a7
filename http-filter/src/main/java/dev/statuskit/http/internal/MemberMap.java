package dev.statuskit.http.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The immutable form of a Map inside an extension value: its keys and values side by side in one array, in
 * the source's iteration order. A renderer walks it by position, so writing it allocates nothing; as a
 * {@link Map} it is unmodifiable, and a lookup walks the few keys in order.
 */
public final class MemberMap extends AbstractMap<String, @Nullable Object> {
    private final @Nullable Object[] keysAndValues;

    MemberMap(@Nullable Object[] keysAndValues) {
        this.keysAndValues = keysAndValues;
    }

    @Override
    public int size() {
        return keysAndValues.length / 2;
    }

    /** The key at a position. */
    public String key(int index) {
        return (String) keysAndValues[2 * index];
    }

    /** The value at a position. */
    public @Nullable Object value(int index) {
        return keysAndValues[2 * index + 1];
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public @Nullable Object get(@Nullable Object key) {
        int index = indexOf(key);
        return index >= 0 ? value(index) : null;
    }

    private int indexOf(@Nullable Object key) {
        for (int i = 0; i < size(); i++) {
            if (key(i).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Map.Entry<String, @Nullable Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return MemberMap.this.size();
            }

            @Override
            public Iterator<Map.Entry<String, @Nullable Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < MemberMap.this.size();
                    }

                    @Override
                    public Map.Entry<String, @Nullable Object> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        int index = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(key(index), value(index));
                    }
                };
            }
        };
    }
}
