package dev.statuskit.http;

import dev.statuskit.http.internal.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;

/**
 * {@code application/problem+json}: the standard members first, then the extensions in order.
 *
 * <p>The body is measured, then encoded as UTF-8 straight into an array of exactly its size: one
 * allocation besides the problem's own strings, which every error answer pays.
 */
final class LegacyJsonRenderer implements ProblemRenderer {
    /** The shared instance; it holds no state. */
    public static final LegacyJsonRenderer INSTANCE = new LegacyJsonRenderer();

    private static final byte[] TYPE = Json.ascii("{\"type\":");
    private static final byte[] TITLE = Json.ascii(",\"title\":");
    private static final byte[] STATUS = Json.ascii(",\"status\":");
    private static final byte[] DETAIL = Json.ascii(",\"detail\":");
    private static final byte[] INSTANCE_MEMBER = Json.ascii(",\"instance\":");

    private LegacyJsonRenderer() {
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
        int typeLength = Json.stringLength(type);
        int titleLength = title != null ? Json.stringLength(title) : 0;
        int detailLength = detail != null ? Json.stringLength(detail) : 0;
        int instanceLength = instance != null ? Json.stringLength(instance) : 0;

        int length = TYPE.length + typeLength + STATUS.length + Json.integerLength(problem.status()) + 1;
        if (title != null) {
            length += TITLE.length + titleLength;
        }
        if (detail != null) {
            length += DETAIL.length + detailLength;
        }
        if (instance != null) {
            length += INSTANCE_MEMBER.length + instanceLength;
        }
        for (Map.Entry<String, Object> member : problem.extensions().entrySet()) {
            length += 1 + Json.stringLength(member.getKey()) + 1 + Json.valueLength(member.getValue());
        }

        byte[] out = new byte[length];
        int pos = Json.writeRaw(out, 0, TYPE);
        pos = write(out, pos, type, typeLength);
        if (title != null) {
            pos = Json.writeRaw(out, pos, TITLE);
            pos = write(out, pos, title, titleLength);
        }
        pos = Json.writeRaw(out, pos, STATUS);
        pos = Json.writeInteger(out, pos, problem.status());
        if (detail != null) {
            pos = Json.writeRaw(out, pos, DETAIL);
            pos = write(out, pos, detail, detailLength);
        }
        if (instance != null) {
            pos = Json.writeRaw(out, pos, INSTANCE_MEMBER);
            pos = write(out, pos, instance, instanceLength);
        }
        for (Map.Entry<String, Object> member : problem.extensions().entrySet()) {
            out[pos++] = ',';
            pos = Json.writeString(out, pos, member.getKey());
            out[pos++] = ':';
            pos = Json.writeValue(out, pos, member.getValue());
        }
        out[pos++] = '}';
        if (pos != length) {
            throw new IllegalStateException("JSON of " + pos + " bytes measured as " + length + ": " + problem);
        }
        return out;
    }

    /** Writes a string whose {@link Json#stringLength} is known. */
    private static int write(byte[] out, int pos, String s, int measured) {
        return measured == s.length() + 2 ? Json.writePlainString(out, pos, s) : Json.writeString(out, pos, s);
    }
}
