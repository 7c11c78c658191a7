package dev.statuskit.i18n.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An immutable map from a few locales to values, for lookups made on every answer (a catalog's texts, a
 * renderer's pre-encoded parts). The locales a request resolves to are the supported ones themselves, so a
 * lookup first compares by identity; it compares with {@code equals} only on a slot whose hash matches.
 * The table has at least four slots per locale, so a lookup seldom probes past the first.
 *
 * <p>{@code Map.copyOf} keeps its table half full and calls {@code equals} on every key it probes past, and a
 * {@code Locale}'s {@code equals} compares its language, script, region and variant strings: with the twenty
 * supported locales that made a lookup of {@code en} cost three times one of {@code zh-CN}.
 *
 * @param <V> the values
 */
public final class LocaleTable<V> {
    private final @Nullable Locale[] keys;
    private final int[] hashes;
    private final @Nullable Object[] values;
    private final int mask;

    private LocaleTable(Map<Locale, ? extends V> entries) {
        int slots = Integer.highestOneBit(Math.max(4, entries.size() * 4) - 1) << 1;
        this.keys = new Locale[slots];
        this.hashes = new int[slots];
        this.values = new Object[slots];
        this.mask = slots - 1;
        for (Map.Entry<Locale, ? extends V> entry : entries.entrySet()) {
            Locale key = Objects.requireNonNull(entry.getKey(), "locale");
            int hash = key.hashCode();
            int i = spread(hash) & mask;
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            hashes[i] = hash;
            values[i] = Objects.requireNonNull(entry.getValue(), "value");
        }
    }

    /** A table of these entries; no key or value may be null. */
    public static <V> LocaleTable<V> of(Map<Locale, ? extends V> entries) {
        return new LocaleTable<>(entries);
    }

    /** The value of this locale, or null if the table has none. */
    @SuppressWarnings("unchecked") // values holds only the V of the entries
    public @Nullable V get(Locale locale) {
        int hash = locale.hashCode();
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            Locale key = keys[i];
            if (key == locale || key != null && hashes[i] == hash && key.equals(locale)) {
                return (V) values[i];
            }
            if (key == null) {
                return null;
            }
        }
    }

    /** The number of slots, a power of two at least four times the entries. */
    int slots() {
        return keys.length;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
