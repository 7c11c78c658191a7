package dev.statuskit.http;

import dev.statuskit.http.internal.KnownStrings;
import dev.statuskit.http.internal.MemberMap;
import dev.statuskit.i18n.StatusCatalog;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code application/problem+xml} as RFC 9457 Appendix B defines it: root {@code <problem>} in the
 * namespace {@value #NAMESPACE}, one child element per member, array items as {@code <i>} elements and
 * Map entries as elements named by their keys. A null value is an empty element.
 *
 * <p>Characters XML 1.0 cannot carry (most controls below U+0020, lone surrogates, U+FFFE, U+FFFF) are
 * written as U+FFFD; {@code &}, {@code <} and {@code >} as entities. The body is measured, then written into
 * an array of exactly its size; the catalog's titles and details are copied from their encoding made once.
 */
final class XmlRenderer implements BodyRenderer {
    /** The problem+xml namespace. */
    public static final String NAMESPACE = "urn:ietf:rfc:7807";

    private static final byte[] START = Utf8.ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?><problem xmlns=\""
            + NAMESPACE + "\"><type>");
    private static final byte[] TITLE = Utf8.ascii("</type><title>");
    private static final byte[] STATUS_AFTER_TITLE = Utf8.ascii("</title><status>");
    private static final byte[] STATUS_AFTER_TYPE = Utf8.ascii("</type><status>");
    private static final byte[] DETAIL = Utf8.ascii("</status><detail>");
    private static final byte[] END_DETAIL = Utf8.ascii("</detail>");
    private static final byte[] END_STATUS = Utf8.ascii("</status>");
    private static final byte[] INSTANCE = Utf8.ascii("<instance>");
    private static final byte[] END_INSTANCE = Utf8.ascii("</instance>");
    private static final byte[] ITEM = Utf8.ascii("<i>");
    private static final byte[] END_ITEM = Utf8.ascii("</i>");
    private static final byte[] END = Utf8.ascii("</problem>");

    private final Map<String, byte[]> texts;
    private final KnownStrings plainTypes = new KnownStrings();
    /** Per status and supported locale, the title, status and detail as they follow the type; null for none. */
    private final @Nullable StatusSegments statusSegments;

    /** A renderer that copies the catalog's texts from their encoding made once. */
    XmlRenderer(StatusCatalog catalog) {
        this(CatalogTexts.of(catalog, ProblemFormat.XML, text -> Utf8.encoded(text, Utf8.XML)), catalog);
    }

    /** A renderer that copies these encoded texts; one with none encodes every text per request. */
    XmlRenderer(Map<String, byte[]> texts) {
        this(texts, null);
    }

    private XmlRenderer(Map<String, byte[]> texts, @Nullable StatusCatalog catalog) {
        this.texts = texts;
        this.statusSegments = catalog == null ? null
                : new StatusSegments(catalog, (out, pos, status, title, detail) -> middle(out, pos, status, title, detail));
    }

    @Override
    public ProblemFormat format() {
        return ProblemFormat.XML;
    }

    @Override
    public void render(Problem problem, Locale locale, OutputStream out) throws IOException {
        out.write(render(problem, locale));
    }

    @Override
    public byte[] render(Problem problem, Locale locale) {
        byte[] middle = statusSegments != null
                ? statusSegments.lookUp(locale, problem.status(), problem.title(), problem.detail()) : null;
        int plain = Utf8.plainFlags(problem, Utf8.XML);
        int length = write(null, problem, middle, plain);
        // The start is copied with the allocation, and only the rest of the array is cleared first.
        byte[] out = Arrays.copyOf(START, length);
        int end = write(out, problem, middle, plain);
        if (end != out.length) {
            throw new IllegalStateException("XML of " + end + " bytes measured as " + out.length + ": " + problem);
        }
        return out;
    }

    /** Writes the body after its start, which is already there. */
    private int write(byte @Nullable [] out, Problem problem, byte @Nullable [] middle, int plain) {
        int pos = Utf8.type(out, START.length, problem.type().toString(), Utf8.XML, plainTypes);
        pos = middle != null ? Utf8.raw(out, pos, middle)
                : middle(out, pos, problem.status(), problem.title(), problem.detail());
        if (problem.instance() != null) {
            pos = Utf8.raw(out, pos, INSTANCE);
            String instance = problem.instance().toString();
            pos = (plain & Utf8.PLAIN_INSTANCE) != 0 ? Utf8.ascii(out, pos, instance) : Utf8.text(out, pos, instance, Utf8.XML);
            pos = Utf8.raw(out, pos, END_INSTANCE);
        }
        int members = problem.memberCount();
        for (int i = 0; i < members; i++) {
            if (i == 0 && (plain & Utf8.PLAIN_FIRST_VALUE) != 0) {
                String name = problem.memberName(0);
                pos = Utf8.raw(out, pos, '<');
                pos = Utf8.ascii(out, pos, name);
                pos = Utf8.raw(out, pos, '>');
                pos = Utf8.ascii(out, pos, (String) problem.memberValue(0));
                pos = Utf8.raw(out, pos, '<');
                pos = Utf8.raw(out, pos, '/');
                pos = Utf8.ascii(out, pos, name);
                pos = Utf8.raw(out, pos, '>');
            } else {
                pos = element(out, pos, problem.memberName(i), problem.memberValue(i));
            }
        }
        return Utf8.raw(out, pos, END);
    }

    /** From the end of the type to the end of the detail: the title, the status and the detail. */
    private int middle(byte @Nullable [] out, int pos, int status, @Nullable String title, @Nullable String detail) {
        if (title != null) {
            pos = Utf8.raw(out, pos, TITLE);
            pos = text(out, pos, title);
            pos = Utf8.raw(out, pos, STATUS_AFTER_TITLE);
        } else {
            pos = Utf8.raw(out, pos, STATUS_AFTER_TYPE);
        }
        pos = Utf8.integer(out, pos, status);
        if (detail != null) {
            pos = Utf8.raw(out, pos, DETAIL);
            pos = text(out, pos, detail);
            return Utf8.raw(out, pos, END_DETAIL);
        }
        return Utf8.raw(out, pos, END_STATUS);
    }

    private int text(byte @Nullable [] out, int pos, String text) {
        byte[] encoded = texts.get(text);
        return encoded != null ? Utf8.raw(out, pos, encoded) : Utf8.text(out, pos, text, Utf8.XML);
    }

    /** An element named by an extension member or a Map key: an XML name, which needs no escaping. */
    private static int element(byte @Nullable [] out, int pos, String name, @Nullable Object value) {
        pos = Utf8.raw(out, pos, '<');
        pos = Utf8.ascii(out, pos, name);
        pos = Utf8.raw(out, pos, '>');
        pos = value(out, pos, value);
        pos = Utf8.raw(out, pos, '<');
        pos = Utf8.raw(out, pos, '/');
        pos = Utf8.ascii(out, pos, name);
        return Utf8.raw(out, pos, '>');
    }

    private static int value(byte @Nullable [] out, int pos, @Nullable Object value) {
        // Classes before interfaces: on JDK 17 a failed interface check scans the class's interfaces every time.
        if (value instanceof String s) {
            return Utf8.text(out, pos, s, Utf8.XML);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return Utf8.integer(out, pos, ((Number) value).longValue());
        } else if (value instanceof MemberMap map) {
            for (int i = 0; i < map.size(); i++) {
                pos = element(out, pos, map.key(i), map.value(i));
            }
            return pos;
        } else if (value instanceof List<?> list) {
            // Lists are copied into RandomAccess ones (Members), so walking them by index allocates nothing.
            for (int i = 0; i < list.size(); i++) {
                pos = Utf8.raw(out, pos, ITEM);
                pos = value(out, pos, list.get(i));
                pos = Utf8.raw(out, pos, END_ITEM);
            }
            return pos;
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                pos = element(out, pos, (String) entry.getKey(), entry.getValue());
            }
            return pos;
        } else if (value != null) {
            return Utf8.text(out, pos, value.toString(), Utf8.XML);
        }
        return pos;
    }
}
