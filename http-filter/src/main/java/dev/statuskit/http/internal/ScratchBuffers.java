package dev.statuskit.http.internal;

import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * A few byte arrays lent out for a document that is written in one pass into a buffer large enough for it, then
 * copied out at its exact size. Bounded: there are a fixed number of slots, a slot keeps one array of at most
 * {@link #MAX_RETAINED} bytes, and a larger request is refused ({@link #lends}), whatever the traffic.
 *
 * <p>Safe for concurrent use, virtual threads included, without a lock: a thread takes the array out of the slot
 * its id picks (so no two threads ever write one array), and puts it back when done. A thread that finds the
 * slot empty, because another thread of the same slot has the array or none was made yet, gets a new one;
 * putting back replaces whatever the slot holds.
 */
public final class ScratchBuffers {
    /** The largest array a slot keeps, and so the largest {@link #take(int)} serves. */
    public static final int MAX_RETAINED = 16 * 1024;
    /** The size of a slot's first array, unless more is asked for. */
    static final int FIRST_SIZE = 2048;

    private final AtomicReferenceArray<byte @Nullable []> slots;
    private final int mask;

    /** Slots for twice this many threads, rounded up to a power of two, and at most 64. */
    public ScratchBuffers(int threads) {
        int size = Integer.highestOneBit(Math.max(1, Math.min(64, 2 * threads) - 1)) << 1;
        this.slots = new AtomicReferenceArray<>(Math.min(64, size));
        this.mask = slots.length() - 1;
    }

    /** The number of slots, for tests. */
    int slotCount() {
        return slots.length();
    }

    /**
     * The array this thread's slot holds, whatever its size (at least {@link #FIRST_SIZE}), or a new one of the first
     * size: for a document whose size is not known before it is written. The writer finds out that it does not fit
     * by the array's own bounds check, and then asks {@link #take(int)} for an array of its bound.
     */
    public byte[] take() {
        byte[] buffer = slots.getAndSet(slot(), null);
        return buffer != null ? buffer : new byte[FIRST_SIZE];
    }

    /** Whether {@link #take(int)} serves an array of this size. */
    public static boolean lends(long size) {
        return size <= MAX_RETAINED;
    }

    /**
     * An array of at least this size for the calling thread alone, with any content, until it {@link #give gives}
     * it back.
     *
     * @throws IllegalArgumentException if the size is more than {@link #MAX_RETAINED}
     */
    public byte[] take(int size) {
        if (!lends(size)) {
            throw new IllegalArgumentException("A scratch buffer is at most " + MAX_RETAINED + " bytes; asked for " + size);
        }
        byte[] buffer = slots.getAndSet(slot(), null);
        return buffer != null && buffer.length >= size ? buffer : new byte[Math.max(size, FIRST_SIZE)];
    }

    /** Gives back an array that {@link #take} lent to the calling thread; it must not be used after. */
    public void give(byte[] buffer) {
        slots.lazySet(slot(), buffer);
    }

    @SuppressWarnings("deprecation") // Thread.getId: Thread.threadId is Java 19; the values are the same
    private int slot() {
        return (int) Thread.currentThread().getId() & mask;
    }
}
