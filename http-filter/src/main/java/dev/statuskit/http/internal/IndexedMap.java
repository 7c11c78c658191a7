package dev.statuskit.http.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An unmodifiable Map of a few String keys read by position: the keys and values of extension members, which
 * renderers walk by position and applications read as a Map. A lookup walks the keys in order; the entry
 * set makes its entries as it iterates.
 */
public abstract class IndexedMap extends AbstractMap<String, @Nullable Object> {

    /** For subclasses. */
    protected IndexedMap() {
    }

    /** The key at a position. */
    public abstract String key(int index);

    /** The value at a position. */
    public abstract @Nullable Object value(int index);

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
        int size = size();
        for (int i = 0; i < size; i++) {
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
                return IndexedMap.this.size();
            }

            @Override
            public Iterator<Map.Entry<String, @Nullable Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < IndexedMap.this.size();
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
