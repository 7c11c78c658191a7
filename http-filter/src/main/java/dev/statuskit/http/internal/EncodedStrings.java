package dev.statuskit.http.internal;

import org.jspecify.annotations.Nullable;

/**
 * The encoding of a few strings, remembered by the strings' identity in a fixed number of slots chosen by identity
 * hash, as {@link KnownStrings} remembers strings: for the start of a body that depends only on its type URI, which
 * is one of the same few objects request after request. A lookup costs a hash and a comparison and allocates nothing;
 * adding one replaces whatever shared its slot, so the memory never grows past the slots. Safe for concurrent use: a
 * slot holds an immutable entry or null, and a race only costs a miss.
 *
 * <p>The arrays are shared by everyone who looks them up, and must never be written to.
 */
public final class EncodedStrings {
    private static final int SLOTS = 64;

    private record Entry(String string, byte[] encoded) {
    }

    private final @Nullable Entry[] slots = new Entry[SLOTS];

    /** The encoding added for this very string, if it was and was not replaced since; else null. */
    public byte @Nullable [] get(String s) {
        Entry entry = slots[System.identityHashCode(s) & (SLOTS - 1)];
        return entry != null && entry.string == s ? entry.encoded : null;
    }

    /** Remembers the encoding of this string, in place of whatever shared its slot; the array is not copied. */
    public void put(String s, byte[] encoded) {
        slots[System.identityHashCode(s) & (SLOTS - 1)] = new Entry(s, encoded);
    }
}
