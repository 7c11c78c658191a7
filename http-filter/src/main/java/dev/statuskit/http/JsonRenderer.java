package dev.statuskit.http;

import dev.statuskit.http.internal.Json;
import dev.statuskit.http.internal.KnownStrings;
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
 * <p>The body is measured, then encoded as UTF-8 straight into an array of exactly its size: one
 * allocation besides the problem's own strings, which every error answer pays. A title or detail that is
 * one of the catalog's texts is copied from its {@link CatalogTexts encoding made once}; only the other
 * strings (the type, {@code instance}, extension members, an application's own texts) are encoded per
 * request.
 */
final class JsonRenderer implements ProblemRenderer {

    private static final byte[] TYPE = Json.ascii("{\"type\":");
    private static final byte[] TITLE = Json.ascii(",\"title\":");
    private static final byte[] STATUS = Json.ascii(",\"status\":");
    private static final byte[] DETAIL = Json.ascii(",\"detail\":");
    private static final byte[] INSTANCE_MEMBER = Json.ascii(",\"instance\":");

    private final Map<String, byte[]> texts;
    private final KnownStrings plainTypes = new KnownStrings();
    /** Per status and supported locale, the title, status and detail members; null for none. */
    private final @Nullable StatusSegments statusSegments;

    /** A renderer that copies the catalog's texts from their encoding made once. */
    JsonRenderer(StatusCatalog catalog) {
        this(CatalogTexts.of(catalog, ProblemFormat.JSON, JsonRenderer::literal), catalog);
    }

    /** A renderer that copies these encoded texts; one with none encodes every text per request. */
    JsonRenderer(Map<String, byte[]> texts) {
        this(texts, null);
    }

    private JsonRenderer(Map<String, byte[]> texts, @Nullable StatusCatalog catalog) {
        this.texts = texts;
        this.statusSegments = catalog == null ? null : new StatusSegments(catalog, JsonRenderer::middle);
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
        out.write(render(problem, locale));
    }

    @Override
    public byte[] render(Problem problem, Locale locale) {
        // The standard members' strings are measured once; a plain one (printable ASCII, nothing to
        // escape, as URIs and most English texts are) is then copied in bulk.
        String type = problem.type().toString();
        String title = problem.title();
        String detail = problem.detail();
        String instance = problem.instance() != null ? problem.instance().toString() : null;
        int typeLength = plainTypes.contains(type) ? type.length() + 2 : measureType(type);
        // The title, status and detail as one segment when they are the catalog's for the status and locale.
        byte[] middle = statusSegments != null ? statusSegments.lookUp(locale, problem.status(), title, detail) : null;
        byte[] titleBytes = middle == null ? CatalogTexts.lookUp(texts, title) : null;
        byte[] detailBytes = middle == null ? CatalogTexts.lookUp(texts, detail) : null;
        int titleLength = titleBytes != null ? titleBytes.length : title != null && middle == null ? Json.stringLength(title) : 0;
        int detailLength = detailBytes != null ? detailBytes.length : detail != null && middle == null ? Json.stringLength(detail) : 0;
        int instanceLength = instance != null ? Json.stringLength(instance) : 0;

        int length = TYPE.length + typeLength + 1;
        if (middle != null) {
            length += middle.length;
        } else {
            length += STATUS.length + 3; // a status is 100-599
            if (title != null) {
                length += TITLE.length + titleLength;
            }
            if (detail != null) {
                length += DETAIL.length + detailLength;
            }
        }
        if (instance != null) {
            length += INSTANCE_MEMBER.length + instanceLength;
        }
        int members = problem.memberCount();
        // Bit i: every string in member i is plain, so it is written without a second look (for the first 64).
        long plainMembers = 0;
        for (int i = 0; i < members; i++) {
            // A member name is plain ASCII (ProblemBuilder.with checks it): two quotes around its characters.
            long measure = Json.measure(problem.memberValue(i));
            length += 1 + problem.memberName(i).length() + 2 + 1 + (int) measure;
            if (i < Long.SIZE && Json.isPlain(measure)) {
                plainMembers |= 1L << i;
            }
        }

        // {"type": is copied with the allocation, and only the rest of the array is cleared first.
        byte[] out = Arrays.copyOf(TYPE, length);
        int pos = write(out, TYPE.length, type, typeLength);
        if (middle != null) {
            pos = Json.writeRaw(out, pos, middle);
        } else {
            if (title != null) {
                pos = Json.writeRaw(out, pos, TITLE);
                pos = titleBytes != null ? Json.writeRaw(out, pos, titleBytes) : write(out, pos, title, titleLength);
            }
            pos = Json.writeRaw(out, pos, STATUS);
            int status = problem.status();
            out[pos++] = (byte) ('0' + status / 100);
            out[pos++] = (byte) ('0' + status / 10 % 10);
            out[pos++] = (byte) ('0' + status % 10);
            if (detail != null) {
                pos = Json.writeRaw(out, pos, DETAIL);
                pos = detailBytes != null ? Json.writeRaw(out, pos, detailBytes) : write(out, pos, detail, detailLength);
            }
        }
        if (instance != null) {
            pos = Json.writeRaw(out, pos, INSTANCE_MEMBER);
            pos = write(out, pos, instance, instanceLength);
        }
        for (int i = 0; i < members; i++) {
            out[pos++] = ',';
            pos = Json.writePlainString(out, pos, problem.memberName(i));
            out[pos++] = ':';
            Object value = problem.memberValue(i);
            pos = i < Long.SIZE && (plainMembers & 1L << i) != 0 ? Json.writePlainValue(out, pos, value) : Json.writeValue(out, pos, value);
        }
        out[pos++] = '}';
        if (pos != length) {
            throw new IllegalStateException("JSON of " + pos + " bytes measured as " + length + ": " + problem);
        }
        return out;
    }

    /** Measures a type URI, and remembers it if it needs no escaping (as a URI seldom does). */
    private int measureType(String type) {
        int length = Json.stringLength(type);
        if (length == type.length() + 2) {
            plainTypes.add(type);
        }
        return length;
    }

    /** Writes a string whose {@link Json#stringLength} is known. */
    private static int write(byte[] out, int pos, String s, int measured) {
        return measured == s.length() + 2 ? Json.writePlainString(out, pos, s) : Json.writeString(out, pos, s);
    }
}
