package dev.statuskit.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * A rendered body as an answer keeps it and sends it: the part rendered for this answer, among parts that many
 * answers share, encoded once (an HTML page's start with its style sheet, a JSON body's {@code {"type":"…"}, and
 * the title, status and detail of a status in a locale). The parts are sent one after the other, so the shared ones
 * are never copied for an answer until its bytes go to the client.
 *
 * <p>Immutable: a shared part is never written to after it is made, and the own part belongs to this body alone.
 * Its arrays go only to the stream it writes to, which must only read them, as {@link OutputStream#write(byte[])}
 * implies; {@link #toByteArray()} returns a copy.
 */
final class Body {
    private static final byte[] NONE = new byte[0];
    /** No body. */
    static final Body EMPTY = new Body(NONE, NONE, NONE, NONE, NONE);

    private final byte[] first;
    private final byte[] second;
    private final byte[] third;
    private final byte[] own;
    private final byte[] last;
    private final int length;

    /**
     * The parts, sent in this order; a shared one is empty for none.
     *
     * @param own the part rendered for this answer
     */
    Body(byte[] first, byte[] second, byte[] third, byte[] own, byte[] last) {
        this.first = Objects.requireNonNull(first, "first");
        this.second = Objects.requireNonNull(second, "second");
        this.third = Objects.requireNonNull(third, "third");
        this.own = Objects.requireNonNull(own, "own");
        this.last = Objects.requireNonNull(last, "last");
        this.length = Math.addExact(Math.addExact(Math.addExact(first.length, second.length), third.length),
                Math.addExact(own.length, last.length));
    }

    /** A body rendered whole for one answer, which this body then owns. */
    static Body of(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new Body(NONE, NONE, NONE, bytes, NONE);
    }

    /** The number of bytes sent. */
    int length() {
        return length;
    }

    /** Writes every part, in order, to a stream that is left open; an empty part is not written. */
    void writeTo(OutputStream out) throws IOException {
        write(out, first);
        write(out, second);
        write(out, third);
        write(out, own);
        write(out, last);
    }

    private static void write(OutputStream out, byte[] part) throws IOException {
        if (part.length != 0) {
            out.write(part);
        }
    }

    /** The bytes in one new array, which the caller owns. */
    byte[] toByteArray() {
        byte[] bytes = new byte[length];
        int pos = copy(first, bytes, 0);
        pos = copy(second, bytes, pos);
        pos = copy(third, bytes, pos);
        pos = copy(own, bytes, pos);
        copy(last, bytes, pos);
        return bytes;
    }

    private static int copy(byte[] part, byte[] to, int pos) {
        System.arraycopy(part, 0, to, pos, part.length);
        return pos + part.length;
    }

    /** The number of parts sent, for tests: the shared ones that are not empty, and this answer's own. */
    int partCount() {
        return count(first) + count(second) + count(third) + count(own) + count(last);
    }

    private static int count(byte[] part) {
        return part.length != 0 ? 1 : 0;
    }

    /** The part rendered for this answer alone, for tests. */
    int ownLength() {
        return own.length;
    }

    @Override
    public String toString() {
        return "Body[" + length + " bytes, " + own.length + " of them its own]";
    }
}
