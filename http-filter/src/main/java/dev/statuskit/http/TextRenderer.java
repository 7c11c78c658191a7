package dev.statuskit.http;

import dev.statuskit.http.internal.KnownStrings;
import dev.statuskit.http.internal.MemberMap;
import dev.statuskit.i18n.StatusCatalog;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code text/plain}: the status and title on the first line, the detail on the second, then one
 * {@code name: value} line per other member; Lists as {@code [a, b]}, Maps as {@code {key: value}}.
 *
 * <p>Control characters, line breaks included, become spaces, so no value can forge a line or send
 * terminal escape sequences; lone surrogates become U+FFFD. The body is measured, then written into an
 * array of exactly its size; the catalog's titles and details are copied from their encoding made once.
 */
final class TextRenderer implements BodyRenderer {
    private static final byte[] TYPE = Utf8.ascii("type: ");
    private static final byte[] INSTANCE = Utf8.ascii("instance: ");
    private static final byte[] NAME_END = Utf8.ascii(": ");
    private static final byte[] SEPARATOR = Utf8.ascii(", ");
    private static final byte[] NULL = Utf8.ascii("null");

    private final Map<String, byte[]> texts;
    private final KnownStrings plainTypes = new KnownStrings();
    /** Per status and supported locale, the first two lines (status, title, detail); null for none. */
    private final @Nullable StatusSegments statusSegments;

    /** A renderer that copies the catalog's texts from their encoding made once. */
    TextRenderer(StatusCatalog catalog) {
        this(CatalogTexts.of(catalog, ProblemFormat.TEXT, text -> Utf8.encoded(text, Utf8.TEXT)), catalog);
    }

    /** A renderer that copies these encoded texts; one with none encodes every text per request. */
    TextRenderer(Map<String, byte[]> texts) {
        this(texts, null);
    }

    private TextRenderer(Map<String, byte[]> texts, @Nullable StatusCatalog catalog) {
        this.texts = texts;
        this.statusSegments = catalog == null ? null
                : new StatusSegments(catalog, (out, pos, status, title, detail) -> head(out, pos, status, title, detail));
    }

    @Override
    public ProblemFormat format() {
        return ProblemFormat.TEXT;
    }

    @Override
    public void render(Problem problem, Locale locale, OutputStream out) throws IOException {
        out.write(render(problem, locale));
    }

    @Override
    public byte[] render(Problem problem, Locale locale) {
        byte[] head = statusSegments != null
                ? statusSegments.lookUp(locale, problem.status(), problem.title(), problem.detail()) : null;
        int plain = Utf8.plainFlags(problem, Utf8.TEXT);
        byte[] out = new byte[write(null, problem, head, plain)];
        int end = write(out, problem, head, plain);
        if (end != out.length) {
            throw new IllegalStateException("Text of " + end + " bytes measured as " + out.length + ": " + problem);
        }
        return out;
    }

    private int write(byte @Nullable [] out, Problem problem, byte @Nullable [] head, int plain) {
        int pos = head != null ? Utf8.raw(out, 0, head) : head(out, 0, problem.status(), problem.title(), problem.detail());
        int members = problem.memberCount();
        boolean aboutBlank = problem.isAboutBlank();
        if (!aboutBlank || problem.instance() != null || members > 0) {
            pos = Utf8.raw(out, pos, '\n');
        }
        if (!aboutBlank) {
            pos = Utf8.raw(out, pos, TYPE);
            pos = Utf8.type(out, pos, problem.type().toString(), Utf8.TEXT, plainTypes);
            pos = Utf8.raw(out, pos, '\n');
        }
        if (problem.instance() != null) {
            pos = Utf8.raw(out, pos, INSTANCE);
            String instance = problem.instance().toString();
            pos = (plain & Utf8.PLAIN_INSTANCE) != 0 ? Utf8.ascii(out, pos, instance) : Utf8.text(out, pos, instance, Utf8.TEXT);
            pos = Utf8.raw(out, pos, '\n');
        }
        for (int i = 0; i < members; i++) {
            pos = Utf8.ascii(out, pos, problem.memberName(i));
            pos = Utf8.raw(out, pos, NAME_END);
            Object value = problem.memberValue(i);
            pos = i == 0 && (plain & Utf8.PLAIN_FIRST_VALUE) != 0 ? Utf8.ascii(out, pos, (String) value) : value(out, pos, value);
            pos = Utf8.raw(out, pos, '\n');
        }
        return pos;
    }

    /** The status and title on the first line, the detail on the second: what {@link StatusSegments} keeps. */
    private int head(byte @Nullable [] out, int pos, int status, @Nullable String title, @Nullable String detail) {
        pos = Utf8.integer(out, pos, status);
        if (title != null) {
            pos = Utf8.raw(out, pos, ' ');
            pos = text(out, pos, title);
        }
        pos = Utf8.raw(out, pos, '\n');
        if (detail != null) {
            pos = text(out, pos, detail);
            pos = Utf8.raw(out, pos, '\n');
        }
        return pos;
    }

    private int text(byte @Nullable [] out, int pos, String text) {
        byte[] encoded = texts.get(text);
        return encoded != null ? Utf8.raw(out, pos, encoded) : Utf8.text(out, pos, text, Utf8.TEXT);
    }

    private static int value(byte @Nullable [] out, int pos, @Nullable Object value) {
        // Classes before interfaces: on JDK 17 a failed interface check scans the class's interfaces every time.
        if (value instanceof String s) {
            return Utf8.text(out, pos, s, Utf8.TEXT);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return Utf8.integer(out, pos, ((Number) value).longValue());
        } else if (value instanceof MemberMap map) {
            pos = Utf8.raw(out, pos, '{');
            for (int i = 0; i < map.size(); i++) {
                if (i > 0) {
                    pos = Utf8.raw(out, pos, SEPARATOR);
                }
                pos = Utf8.ascii(out, pos, map.key(i));
                pos = Utf8.raw(out, pos, NAME_END);
                pos = value(out, pos, map.value(i));
            }
            return Utf8.raw(out, pos, '}');
        } else if (value instanceof List<?> list) {
            pos = Utf8.raw(out, pos, '[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    pos = Utf8.raw(out, pos, SEPARATOR);
                }
                pos = value(out, pos, list.get(i));
            }
            return Utf8.raw(out, pos, ']');
        } else if (value instanceof Map<?, ?> map) {
            pos = Utf8.raw(out, pos, '{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    pos = Utf8.raw(out, pos, SEPARATOR);
                }
                first = false;
                pos = Utf8.ascii(out, pos, (String) entry.getKey());
                pos = Utf8.raw(out, pos, NAME_END);
                pos = value(out, pos, entry.getValue());
            }
            return Utf8.raw(out, pos, '}');
        } else if (value == null) {
            return Utf8.raw(out, pos, NULL);
        }
        return Utf8.text(out, pos, value.toString(), Utf8.TEXT);
    }
}
