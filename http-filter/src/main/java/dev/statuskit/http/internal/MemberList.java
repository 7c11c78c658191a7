package dev.statuskit.http.internal;

import java.util.AbstractList;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The immutable form of a List, array or Collection inside an extension value: its items, each already in
 * immutable form, in one array. Only {@link Members} makes them, so a value of this type is known to need no
 * copy; a renderer walks it by position.
 */
public final class MemberList extends AbstractList<@Nullable Object> implements RandomAccess {
    private final @Nullable Object[] items;

    MemberList(@Nullable Object[] items) {
        this.items = items;
    }

    @Override
    public @Nullable Object get(int index) {
        return items[index];
    }

    @Override
    public int size() {
        return items.length;
    }
}
