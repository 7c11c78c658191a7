package dev.statuskit.http;

import dev.statuskit.http.internal.EncodedStrings;
import dev.statuskit.http.internal.Json;
import dev.statuskit.http.internal.ScratchBuffers;
import dev.statuskit.i18n.StatusCatalog;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code application/problem+json}: the standard members first, then the extensions in order.
 *
 * <p>A body whose strings are all plain (printable ASCII with nothing to escape, as URIs, ids and most English
 * texts are) is measured, then copied in bulk into an array of exactly its size: one allocation besides the
 * problem's own strings, which every error answer pays. A body with any other string is written in one pass
 * into a {@link ScratchBuffers lent buffer} and copied out at its size, so that neither a character nor a member
 * is looked at twice. A body that does not fit the buffer at hand is stopped by the array's own bounds check and
 * written again into a buffer of its bound; one too large for any lent buffer is measured exactly, then written.
 * A title or detail that is one of the catalog's texts is copied from its {@link CatalogTexts encoding made once};
 * only the other strings (the type, {@code instance}, extension members, an application's own texts) are encoded
 * per request.
 */
final class JsonRenderer implements BodyRenderer {

    private static final byte[] TYPE = Json.ascii("{\"type\":");
    private static final byte[] TITLE = Json.ascii(",\"title\":");
    private static final byte[] STATUS = Json.ascii(",\"status\":");
    private static final byte[] DETAIL = Json.ascii(",\"detail\":");
    private static final byte[] INSTANCE_MEMBER = Json.ascii(",\"instance\":");

    /** A part a {@link Body} does not share. */
    private static final byte[] NONE = new byte[0];

    /** Buffers for the bodies written in one pass, shared by every JSON renderer. */
    private static final ScratchBuffers SCRATCH = new ScratchBuffers(Runtime.getRuntime().availableProcessors());

    private final ScratchBuffers scratch;

    private final Map<String, byte[]> texts;
    /**
     * The start of the body, {@code {"type":"…"}, of the plain types seen before: a type found here needs no look at
     * its characters.
     */
    private final EncodedStrings typeStarts = new EncodedStrings();
    /** Per status and supported locale, the title, status and detail members; null for none. */
    private final @Nullable StatusSegments statusSegments;

    /** A renderer that copies the catalog's texts from their encoding made once. */
    JsonRenderer(StatusCatalog catalog) {
        this(catalog, SCRATCH);
    }

    /** The same, with buffers of its own: for tests of the write paths. */
    JsonRenderer(StatusCatalog catalog, ScratchBuffers scratch) {
        this(CatalogTexts.of(catalog, ProblemFormat.JSON, JsonRenderer::literal), catalog, scratch);
    }

    /** A renderer that copies these encoded texts; one with none encodes every text per request. */
    JsonRenderer(Map<String, byte[]> texts) {
        this(texts, null, SCRATCH);
    }

    private JsonRenderer(Map<String, byte[]> texts, @Nullable StatusCatalog catalog, ScratchBuffers scratch) {
        this.texts = texts;
        this.statusSegments = catalog == null ? null : new StatusSegments(catalog, JsonRenderer::middle);
        this.scratch = scratch;
    }

    /** The title, status and detail members, as {@link #render} writes them, for {@link StatusSegments}. */
    private static int middle(byte @Nullable [] out, int pos, int status, String title, String detail) {
        byte[] titleBytes = literal(title);
        byte[] detailBytes = literal(detail);
        int end = pos + TITLE.length + titleBytes.length + STATUS.length + 3 + DETAIL.length + detailBytes.length;
        if (out != null) {
            pos = Json.writeRaw(out, pos, TITLE);
            pos = Json.writeRaw(out, pos, titleBytes);
            pos = Json.writeRaw(out, pos, STATUS);
            out[pos++] = (byte) ('0' + status / 100);
            out[pos++] = (byte) ('0' + status / 10 % 10);
            out[pos++] = (byte) ('0' + status % 10);
            pos = Json.writeRaw(out, pos, DETAIL);
            Json.writeRaw(out, pos, detailBytes);
        }
        return end;
    }

    /** A string as a JSON string literal in UTF-8. */
    static byte[] literal(String s) {
        byte[] out = new byte[Json.stringLength(s)];
        Json.writeString(out, 0, s);
        return out;
    }

    @Override
    public ProblemFormat format() {
        return ProblemFormat.JSON;
    }

    @Override
    public void render(Problem problem, Locale locale, OutputStream out) throws IOException {
        body(problem, locale, null).writeTo(out);
    }

    /**
     * The body as an answer keeps it. When the title and detail are the catalog's for the status and locale, and the
     * type is one this renderer has seen before, the start ({@code {"type":"…"}) and the title, status and detail are
     * shared parts encoded once, and only the rest (the instance, the extension members and the closing brace) is
     * written for the answer. Any other body is rendered whole, as {@link #render(Problem, Locale)} renders it.
     */
    @Override
    public Body body(Problem problem, Locale locale, @Nullable ProblemRequest request) {
        byte[] middle = statusSegments != null
                ? statusSegments.lookUp(locale, problem.status(), problem.title(), problem.detail()) : null;
        byte[] start = middle != null ? typeStart(problem.type().toString()) : null;
        if (start == null || middle == null) {
            return Body.of(render(problem, middle));
        }
        String instance = problem.instance() != null ? problem.instance().toString() : null;
        int length = plainRestLength(problem, instance);
        if (length >= 0) {
            byte[] own = new byte[length];
            return new Body(start, middle, NONE, checked(own, writeRest(own, 0, problem, instance, true), problem), NONE);
        }
        return new Body(start, middle, NONE, restNotPlain(problem, instance), NONE);
    }

    /**
     * What follows the detail when a string in it is not plain, written as {@link #renderNotPlain} writes a whole
     * body: a method of its own, so that the plain path stays small enough to inline.
     */
    private byte[] restNotPlain(Problem problem, @Nullable String instance) {
        byte[] buffer = scratch.take();
        try {
            return Arrays.copyOf(buffer, writeRest(buffer, 0, problem, instance, false));
        } catch (IndexOutOfBoundsException doesNotFit) {
            // written again below, into a buffer of its bound
        } finally {
            scratch.give(buffer);
        }
        long bound = restLength(problem, instance, false);
        if (ScratchBuffers.lends(bound)) {
            buffer = scratch.take((int) bound);
            try {
                return Arrays.copyOf(buffer, writeRest(buffer, 0, problem, instance, false));
            } finally {
                scratch.give(buffer);
            }
        }
        byte[] own = new byte[arrayLength(restLength(problem, instance, true))];
        return checked(own, writeRest(own, 0, problem, instance, false), problem);
    }

    /**
     * The start of a body of this type, {@code {"type":"…"}, encoded once: null for a type that needs escaping (as a
     * URI seldom does), which is then written with the rest of its body.
     */
    private byte @Nullable [] typeStart(String type) {
        byte[] start = typeStarts.get(type);
        if (start == null && Json.plainStringLength(type) == type.length() + 2) {
            start = encodedStart(type);
            typeStarts.put(type, start);
        }
        return start;
    }

    @Override
    public byte[] render(Problem problem, Locale locale) {
        // The title, status and detail as one segment when they are the catalog's for the status and locale.
        return render(problem, statusSegments != null
                ? statusSegments.lookUp(locale, problem.status(), problem.title(), problem.detail()) : null);
    }

    /** The body whole, with this segment of its title, status and detail, or with none. */
    private byte[] render(Problem problem, byte @Nullable [] middle) {
        String type = problem.type().toString();
        String title = problem.title();
        String detail = problem.detail();
        String instance = problem.instance() != null ? problem.instance().toString() : null;
        byte[] titleBytes = middle == null ? CatalogTexts.lookUp(texts, title) : null;
        byte[] detailBytes = middle == null ? CatalogTexts.lookUp(texts, detail) : null;

        // Most bodies hold only plain strings (printable ASCII, nothing to escape, as URIs, ids and most English
        // texts are): each is looked at once to measure it, then copied in bulk into an array of exactly the size.
        int length = plainLength(problem, type, title, titleBytes, detail, detailBytes, instance, middle);
        if (length >= 0) {
            // {"type": is copied with the allocation, and only the rest of the array is cleared first.
            byte[] out = Arrays.copyOf(TYPE, length);
            return checked(out, write(out, problem, type, title, titleBytes, detail, detailBytes, instance, middle, true), problem);
        }
        return renderNotPlain(problem, type, title, titleBytes, detail, detailBytes, instance, middle);
    }

    /** A body with a string that is not plain: a method of its own, so that the plain path stays small enough to inline. */
    private byte[] renderNotPlain(Problem problem, String type, @Nullable String title, byte @Nullable [] titleBytes,
            @Nullable String detail, byte @Nullable [] detailBytes, @Nullable String instance, byte @Nullable [] middle) {
        // Some string is not plain (another script, an escape): measuring it would take a second walk as long as
        // writing it, and a bound a third walk of the members, so the body is written in one pass into the lent
        // buffer at hand, then copied out at its size. Java checks every store against the array's length, so a body
        // that does not fit stops with an IndexOutOfBoundsException, having written into nothing but the buffer; it is
        // then written again into a buffer of its bound.
        byte[] buffer = scratch.take();
        try {
            Json.writeRaw(buffer, 0, TYPE);
            return Arrays.copyOf(buffer, write(buffer, problem, type, title, titleBytes, detail, detailBytes, instance, middle, false));
        } catch (IndexOutOfBoundsException doesNotFit) {
            // written again below, into a buffer of its bound
        } finally {
            scratch.give(buffer);
        }
        long bound = maxLength(problem, type, title, titleBytes, detail, detailBytes, instance, middle);
        if (ScratchBuffers.lends(bound)) {
            buffer = scratch.take((int) bound);
            try {
                Json.writeRaw(buffer, 0, TYPE);
                return Arrays.copyOf(buffer, write(buffer, problem, type, title, titleBytes, detail, detailBytes, instance, middle, false));
            } finally {
                scratch.give(buffer);
            }
        }
        // Larger than a lent buffer: measured exactly, then written.
        byte[] out = Arrays.copyOf(TYPE, exactLength(problem, type, title, titleBytes, detail, detailBytes, instance, middle));
        return checked(out, write(out, problem, type, title, titleBytes, detail, detailBytes, instance, middle, false), problem);
    }

    /** The length of the body if every string in it is plain, else -1; no string is looked at past the first that is not. */
    private int plainLength(Problem problem, String type, @Nullable String title, byte @Nullable [] titleBytes, @Nullable String detail,
            byte @Nullable [] detailBytes, @Nullable String instance, byte @Nullable [] middle) {
        int typeLength = typeStarts.get(type) != null ? type.length() + 2 : measureType(type);
        if (typeLength != type.length() + 2) {
            return -1;
        }
        int length = TYPE.length + typeLength;
        if (middle != null) {
            length += middle.length;
        } else {
            length += STATUS.length + 3; // a status is 100-599
            if (title != null) {
                int titleLength = titleBytes != null ? titleBytes.length : Json.plainStringLength(title);
                if (titleLength < 0) {
                    return -1;
                }
                length += TITLE.length + titleLength;
            }
            if (detail != null) {
                int detailLength = detailBytes != null ? detailBytes.length : Json.plainStringLength(detail);
                if (detailLength < 0) {
                    return -1;
                }
                length += DETAIL.length + detailLength;
            }
        }
        int rest = plainRestLength(problem, instance);
        return rest < 0 ? -1 : length + rest;
    }

    /**
     * The length of what follows the detail (the instance, the extension members and the closing brace) if every
     * string in it is plain, else -1.
     */
    private static int plainRestLength(Problem problem, @Nullable String instance) {
        int length = 1;
        if (instance != null) {
            int instanceLength = Json.plainStringLength(instance);
            if (instanceLength < 0) {
                return -1;
            }
            length += INSTANCE_MEMBER.length + instanceLength;
        }
        int members = problem.memberCount();
        for (int i = 0; i < members; i++) {
            int valueLength = Json.plainLength(problem.memberValue(i));
            if (valueLength < 0) {
                return -1;
            }
            // A member name is plain ASCII (ProblemBuilder.with checks it): two quotes around its characters.
            length += 1 + problem.memberName(i).length() + 2 + 1 + valueLength;
        }
        return length;
    }

    /** At least the length of the body, found without a look at any character. */
    private static long maxLength(Problem problem, String type, @Nullable String title, byte @Nullable [] titleBytes, @Nullable String detail,
            byte @Nullable [] detailBytes, @Nullable String instance, byte @Nullable [] middle) {
        return length(problem, type, title, titleBytes, detail, detailBytes, instance, middle, false);
    }

    /** The exact length of the body. */
    private static int exactLength(Problem problem, String type, @Nullable String title, byte @Nullable [] titleBytes, @Nullable String detail,
            byte @Nullable [] detailBytes, @Nullable String instance, byte @Nullable [] middle) {
        return arrayLength(length(problem, type, title, titleBytes, detail, detailBytes, instance, middle, true));
    }

    /** An exact length as the size of an array. */
    private static int arrayLength(long length) {
        if (length > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("A problem of " + length + " bytes of JSON is more than an array holds");
        }
        return (int) length;
    }

    /** The exact length of the body, or at least its length, summed the same way. */
    private static long length(Problem problem, String type, @Nullable String title, byte @Nullable [] titleBytes, @Nullable String detail,
            byte @Nullable [] detailBytes, @Nullable String instance, byte @Nullable [] middle, boolean exact) {
        long length = TYPE.length + string(type, exact);
        if (middle != null) {
            length += middle.length;
        } else {
            length += STATUS.length + 3;
            if (title != null) {
                length += TITLE.length + (titleBytes != null ? titleBytes.length : string(title, exact));
            }
            if (detail != null) {
                length += DETAIL.length + (detailBytes != null ? detailBytes.length : string(detail, exact));
            }
        }
        return length + restLength(problem, instance, exact);
    }

    /** The exact length of what follows the detail, or at least its length, summed the same way. */
    private static long restLength(Problem problem, @Nullable String instance, boolean exact) {
        long length = 1;
        if (instance != null) {
            length += INSTANCE_MEMBER.length + string(instance, exact);
        }
        int members = problem.memberCount();
        for (int i = 0; i < members; i++) {
            Object value = problem.memberValue(i);
            length += 1 + problem.memberName(i).length() + 2 + 1 + (exact ? Json.valueLength(value) : Json.maxLength(value));
        }
        return length;
    }

    private static long string(String s, boolean exact) {
        return exact ? Json.stringLength(s) : Json.maxStringLength(s);
    }

    /**
     * Writes the body after its {@code {"type":}, which is already there; with {@code plain}, every string is known
     * to be plain and is copied in bulk, else each is escaped and encoded as it needs.
     */
    private int write(byte[] out, Problem problem, String type, @Nullable String title, byte @Nullable [] titleBytes, @Nullable String detail,
            byte @Nullable [] detailBytes, @Nullable String instance, byte @Nullable [] middle, boolean plain) {
        int pos = TYPE.length;
        pos = plain || typeStarts.get(type) != null ? Json.writePlainString(out, pos, type) : Json.writeString(out, pos, type);
        if (middle != null) {
            pos = Json.writeRaw(out, pos, middle);
        } else {
            if (title != null) {
                pos = Json.writeRaw(out, pos, TITLE);
                pos = titleBytes != null ? Json.writeRaw(out, pos, titleBytes) : write(out, pos, title, plain);
            }
            pos = Json.writeRaw(out, pos, STATUS);
            int status = problem.status();
            out[pos++] = (byte) ('0' + status / 100);
            out[pos++] = (byte) ('0' + status / 10 % 10);
            out[pos++] = (byte) ('0' + status % 10);
            if (detail != null) {
                pos = Json.writeRaw(out, pos, DETAIL);
                pos = detailBytes != null ? Json.writeRaw(out, pos, detailBytes) : write(out, pos, detail, plain);
            }
        }
        return writeRest(out, pos, problem, instance, plain);
    }

    /** Writes what follows the detail: the instance, the extension members and the closing brace. */
    private static int writeRest(byte[] out, int pos, Problem problem, @Nullable String instance, boolean plain) {
        if (instance != null) {
            pos = Json.writeRaw(out, pos, INSTANCE_MEMBER);
            pos = write(out, pos, instance, plain);
        }
        int members = problem.memberCount();
        for (int i = 0; i < members; i++) {
            out[pos++] = ',';
            pos = Json.writePlainString(out, pos, problem.memberName(i));
            out[pos++] = ':';
            Object value = problem.memberValue(i);
            pos = plain ? Json.writePlainValue(out, pos, value) : Json.writeValue(out, pos, value);
        }
        out[pos++] = '}';
        return pos;
    }

    private static int write(byte[] out, int pos, String s, boolean plain) {
        return plain ? Json.writePlainString(out, pos, s) : Json.writeString(out, pos, s);
    }

    private static byte[] checked(byte[] out, int end, Problem problem) {
        if (end != out.length) {
            throw new IllegalStateException("JSON of " + end + " bytes measured as " + out.length + ": " + problem);
        }
        return out;
    }

    /** Measures a type URI, and remembers its start if it needs no escaping (as a URI seldom does). */
    private int measureType(String type) {
        int length = Json.stringLength(type);
        if (length == type.length() + 2) {
            typeStarts.put(type, encodedStart(type));
        }
        return length;
    }

    /** {@code {"type":"…"} for a plain type. */
    private static byte[] encodedStart(String type) {
        byte[] start = Arrays.copyOf(TYPE, TYPE.length + type.length() + 2);
        Json.writePlainString(start, TYPE.length, type);
        return start;
    }
}
