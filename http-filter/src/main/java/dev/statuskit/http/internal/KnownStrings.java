package dev.statuskit.http.internal;

import org.jspecify.annotations.Nullable;

/**
 * A few strings remembered by identity, in a fixed number of slots chosen by identity hash: for the type URIs
 * an application answers with, which are the same few objects request after request. A lookup costs a hash
 * and a comparison, and adding one replaces whatever shared its slot, so the memory never grows and nothing
 * is allocated. Also for the extension member names the builder has checked, which are constants.
 * Safe for concurrent use: a slot holds a reference or null, and a string read from one is
 * immutable; a race only costs a miss.
 */
public final class KnownStrings {
    private static final int SLOTS = 64;

    private final @Nullable String[] slots = new String[SLOTS];

    /** Whether this very string was added and not replaced since. */
    public boolean contains(String s) {
        return slots[System.identityHashCode(s) & (SLOTS - 1)] == s;
    }

    /** Remembers this string, in place of whatever shared its slot. */
    public void add(String s) {
        slots[System.identityHashCode(s) & (SLOTS - 1)] = s;
    }
}
