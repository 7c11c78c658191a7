package dev.statuskit.http;

import org.jspecify.annotations.Nullable;

/**
 * A few strings remembered by identity, in a fixed number of slots chosen by identity hash: for the type URIs
 * an application answers with, which are the same few objects request after request. A lookup costs a hash
 * and a comparison, and adding one replaces whatever shared its slot, so the memory never grows and nothing
 * is allocated. Safe for concurrent use: a slot holds a reference or null, and a string read from one is
 * immutable; a race only costs a miss.
 */
final class KnownStrings {
    private static final int SLOTS = 64;

    private final @Nullable String[] slots = new String[SLOTS];

    boolean contains(String s) {
        return slots[System.identityHashCode(s) & (SLOTS - 1)] == s;
    }

    void add(String s) {
        slots[System.identityHashCode(s) & (SLOTS - 1)] = s;
    }
}
