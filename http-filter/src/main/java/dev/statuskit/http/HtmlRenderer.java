package dev.statuskit.http;

import dev.statuskit.http.internal.EncodedStrings;
import dev.statuskit.http.internal.KnownStrings;
import dev.statuskit.http.internal.MemberMap;
import dev.statuskit.i18n.StatusCatalog;
import dev.statuskit.i18n.internal.LocaleTable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An error page for browsers: a self-contained HTML document in UTF-8, with {@code lang} and {@code dir}
 * from the answer's locale, a small inline style sheet that also suits phones and dark mode, and no
 * external resources (its Content-Security-Policy forbids them). It shows the status, the title, the
 * detail and then the other members as a definition list, the error id under a localized label, and ends with a
 * link to the same answer as problem+json: {@code ?format=json}, followed by the request's other query parameters
 * when it is rendered for a request, so that following the link asks for the same thing again.
 *
 * <p>Every dynamic value is escaped as the OWASP encoder's {@code Encode.forHtml} escapes it (a test holds
 * the two to the same output for every character); the language tag in the {@code lang} attribute is made of
 * letters, digits and hyphens only. The catalog's titles and details, and each supported locale's start of the page
 * and labels, are encoded once. An answer keeps the page as a {@link Body}: the locale's start (with the style sheet,
 * three quarters of the page), the status's title and detail, the type's row and the end are shared encodings, and
 * only the rest is measured, then written into an array of its size. {@link #render(Problem, Locale)} copies it all into one
 * array.
 */
final class HtmlRenderer implements BodyRenderer {
    /**
     * The message key of the label for the error id, looked up in the catalog so that an application
     * bundle can supply it; {@value #ERROR_ID_FALLBACK} when no bundle has it.
     */
    public static final String ERROR_ID_KEY = "page.error-id";
    static final String ERROR_ID_FALLBACK = "Error ID";
    /** The message key of the link to the same answer as problem+json. */
    public static final String JSON_LINK_KEY = "page.json-link";
    static final String JSON_LINK_FALLBACK = "View as JSON";

    private static final String CSS = ":root{color-scheme:light dark;--fg:#1f2328;--muted:#59636e;--bg:#f6f8fa;"
            + "--card:#fff;--line:#d1d9e0;--accent:#cf222e}"
            + "@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9198a1;--bg:#0d1117;--card:#151b23;"
            + "--line:#3d444d;--accent:#ff7b72}}"
            + "*{box-sizing:border-box}"
            + "body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;padding:1.5rem;"
            + "background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,\"Segoe UI\",Roboto,"
            + "\"Noto Sans\",sans-serif}"
            + "main{width:100%;max-width:36rem;background:var(--card);border:1px solid var(--line);"
            + "border-radius:12px;padding:2rem}"
            + ".status{margin:0;font-size:3rem;font-weight:700;line-height:1;color:var(--accent)}"
            + "h1{margin:.5rem 0 1rem;font-size:1.5rem;line-height:1.25}"
            + "p{margin:0 0 1rem}"
            + "dl{margin:1rem 0 0;padding-top:1rem;border-top:1px solid var(--line);display:grid;"
            + "grid-template-columns:max-content 1fr;gap:.25rem 1rem;font-size:.875rem}"
            + "dd dl{margin:0;padding:0;border:0}"
            + "dt{color:var(--muted)}dd{margin:0;overflow-wrap:anywhere}ul{margin:0;padding-inline-start:1.25rem}"
            + "code{font:.875rem ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}";

    /** Everything between {@code dir="..."} and the text of {@code <title>}, the same for every page. */
    private static final String HEAD = "\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<meta name=\"robots\" content=\"noindex\">\n"
            + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
            + "<style>" + CSS + "</style>\n<title>";

    private static final byte[] DOCTYPE = Utf8.ascii("<!DOCTYPE html>\n<html lang=\"");
    private static final byte[] DIR = Utf8.ascii("\" dir=\"");
    private static final byte[] RTL = Utf8.ascii("rtl");
    private static final byte[] LTR = Utf8.ascii("ltr");
    private static final byte[] HEAD_BYTES = Utf8.ascii(HEAD);
    private static final byte[] END_TITLE = Utf8.ascii("</title>\n</head>\n<body>\n<main>\n<p class=\"status\">");
    private static final byte[] H1 = Utf8.ascii("</p>\n<h1>");
    private static final byte[] END_H1 = Utf8.ascii("</h1>\n");
    private static final byte[] P = Utf8.ascii("<p>");
    private static final byte[] END_P = Utf8.ascii("</p>\n");
    // The definition list is written with the end of one row and the start of the next as one segment, so that
    // a page takes as few copies as its values allow.
    private static final byte[] DL_TYPE = Utf8.ascii("<dl>\n<dt>type</dt><dd><code>");
    private static final byte[] DL_INSTANCE = Utf8.ascii("<dl>\n<dt>instance</dt><dd><code>");
    private static final byte[] DL_DT = Utf8.ascii("<dl>\n<dt>");
    private static final byte[] CODE_INSTANCE = Utf8.ascii("</code></dd>\n<dt>instance</dt><dd><code>");
    private static final byte[] CODE_DT = Utf8.ascii("</code></dd>\n<dt>");
    private static final byte[] DD_DT = Utf8.ascii("</dd>\n<dt>");
    private static final byte[] END_CODE_DL = Utf8.ascii("</code></dd>\n</dl>\n");
    private static final byte[] END_DD_DL = Utf8.ascii("</dd>\n</dl>\n");
    // The link to the same answer as problem+json; with the request's other query parameters after format=json,
    // which ProblemFormat.fromQuery then finds first however long they are.
    private static final byte[] LINK = Utf8.ascii("<p><a href=\"?" + ProblemFormat.PARAMETER + "=json");
    /** The link's start when a query follows {@code format=json}. */
    private static final byte[] LINK_AND = Utf8.ascii("<p><a href=\"?" + ProblemFormat.PARAMETER + "=json&amp;");
    private static final byte[] LINK_REST = Utf8.ascii("\" rel=\"alternate\" type=\"" + ProblemFormat.JSON.mediaType() + "\">");
    private static final byte[] END = Utf8.ascii("</a></p>\n</main>\n</body>\n</html>\n");
    private static final byte[] DT = Utf8.ascii("<dt>");
    private static final byte[] DD = Utf8.ascii("</dt><dd>");
    private static final byte[] END_DD = Utf8.ascii("</dd>\n");
    private static final byte[] DD_CODE = Utf8.ascii("</dt><dd><code>");
    private static final byte[] UL = Utf8.ascii("<ul>");
    private static final byte[] END_UL = Utf8.ascii("</ul>");
    private static final byte[] LI = Utf8.ascii("<li>");
    private static final byte[] END_LI = Utf8.ascii("</li>");
    private static final byte[] NESTED_DL = Utf8.ascii("<dl>");
    private static final byte[] END_NESTED_DL = Utf8.ascii("</dl>");
    private static final byte[] CODE = Utf8.ascii("<code>");
    private static final byte[] END_CODE = Utf8.ascii("</code>");
    /** A part a {@link Body} does not share. */
    private static final byte[] NONE = new byte[0];

    /**
     * A locale's pre-encoded parts of the page: its start, up to the text of {@code <title>}; the label of the
     * error id; its end, from the link to the JSON answer on: after a last row whose value is in
     * {@code <code>}, after one whose value is not, and without a definition list; and the end from the link's
     * {@code href} on, for a link that keeps a query.
     */
    private record Page(byte[] start, byte[] errorIdLabel, byte[] endAfterCodeRow, byte[] endAfterRow, byte[] end,
                        byte[] endAfterHref) {
    }

    private final StatusCatalog catalog;
    private final Map<String, byte[]> texts;
    private final KnownStrings plainTypes = new KnownStrings();
    /** The start of the definition list with the row of a type, for the types seen before. */
    private final EncodedStrings typeRows = new EncodedStrings();
    /** The pre-encoded parts of each supported locale's pages. */
    private final LocaleTable<Page> pages;
    /** Per status and supported locale, the status, title and detail as they follow the start; null for none. */
    private final @Nullable StatusSegments statusSegments;

    /** A renderer that takes labels and fallback titles from this catalog. */
    public HtmlRenderer(StatusCatalog catalog) {
        this(catalog, CatalogTexts.of(catalog, ProblemFormat.HTML, text -> Utf8.encoded(text, Utf8.HTML)));
    }

    /** A renderer that copies these encoded texts; one with none encodes every text per request. */
    HtmlRenderer(StatusCatalog catalog, Map<String, byte[]> texts) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.texts = texts;
        Map<Locale, Page> byLocale = new HashMap<>();
        if (!texts.isEmpty()) {
            for (Locale locale : catalog.supportedLocales()) {
                byLocale.put(locale, newPage(locale));
            }
        }
        this.pages = LocaleTable.of(byLocale);
        this.statusSegments = texts.isEmpty() ? null
                : new StatusSegments(catalog, (out, pos, status, title, detail) -> head(out, pos, status, title, detail));
    }

    /** A locale's pre-encoded parts, made now. */
    private Page newPage(Locale locale) {
        String tag = locale.toLanguageTag();
        byte[] start = new byte[start(null, tag, locale)];
        start(start, tag, locale);
        byte[] jsonLink = Utf8.encoded(label(JSON_LINK_KEY, JSON_LINK_FALLBACK, locale), Utf8.HTML);
        byte[] endAfterHref = concat(concat(LINK_REST, jsonLink), END);
        byte[] end = concat(LINK, endAfterHref);
        return new Page(start, Utf8.encoded(errorIdLabel(locale), Utf8.HTML), concat(END_CODE_DL, end), concat(END_DD_DL, end), end,
                endAfterHref);
    }

    /** Two encodings one after the other, for the parts made once per locale. */
    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        Utf8.raw(both, first.length, second);
        return both;
    }

    private static int start(byte @Nullable [] out, String tag, Locale locale) {
        int pos = Utf8.raw(out, 0, DOCTYPE);
        pos = Utf8.text(out, pos, tag, Utf8.HTML);
        pos = Utf8.raw(out, pos, DIR);
        pos = Utf8.raw(out, pos, StatusCatalog.isRightToLeft(locale) ? RTL : LTR);
        return Utf8.raw(out, pos, HEAD_BYTES);
    }

    @Override
    public ProblemFormat format() {
        return ProblemFormat.HTML;
    }

    @Override
    public void render(Problem problem, Locale locale, OutputStream out) throws IOException {
        body(problem, locale, null).writeTo(out);
    }

    @Override
    public byte[] render(Problem problem, Locale locale) {
        return render(problem, locale, (String) null);
    }

    /** The page whose link to the JSON answer keeps the request's query parameters other than {@code format}. */
    @Override
    public byte[] render(Problem problem, Locale locale, ProblemRequest request) {
        return render(problem, locale, query(request));
    }

    /** The raw query the page's link keeps after {@code format=json}: null for none. */
    private static @Nullable String query(@Nullable ProblemRequest request) {
        return request == null ? null : ProblemFormat.withoutFormat(request.rawQuery().orElse(null));
    }

    /** The page; its link to the JSON answer adds this raw query after {@code format=json}, if not null. */
    private byte[] render(Problem problem, Locale locale, @Nullable String query) {
        Page page = page(locale);
        String title = title(problem, locale);
        byte[] head = head(problem, locale, title);
        int plain = Utf8.plainFlags(problem, Utf8.HTML);
        int length = write(null, page.start.length, problem, title, page, head, true, true, plain, query, true);
        // The start is copied with the allocation, and only the rest of the array is cleared first.
        byte[] out = Arrays.copyOf(page.start, length);
        return checked(out, write(out, page.start.length, problem, title, page, head, true, true, plain, query, true), problem);
    }

    /**
     * The page as an answer keeps it and sends it: the locale's start, the status, title and detail when they are the
     * catalog's (and then the type's row), and the page's end when its link keeps no query, are shared parts encoded
     * once; only the rest (the other rows, and any text or link that is the answer's own) is written for the answer. The bytes are those
     * of {@link #render(Problem, Locale, ProblemRequest)}, without copying the shared 1.5 KB of every page.
     */
    @Override
    public Body body(Problem problem, Locale locale, @Nullable ProblemRequest request) {
        String query = query(request);
        Page page = page(locale);
        String title = title(problem, locale);
        byte[] head = head(problem, locale, title);
        // The type's row follows the head, so it is shared only when the head is.
        byte[] typeRow = head != null && !problem.isAboutBlank() ? typeRow(problem.type().toString()) : null;
        int plain = Utf8.plainFlags(problem, Utf8.HTML);
        boolean ownHead = head == null;
        boolean ownType = typeRow == null;
        boolean ownEnd = query != null;
        byte[] own = new byte[write(null, 0, problem, title, page, head, ownHead, ownType, plain, query, ownEnd)];
        checked(own, write(own, 0, problem, title, page, head, ownHead, ownType, plain, query, ownEnd), problem);
        return new Body(page.start, ownHead ? NONE : head, ownType ? NONE : typeRow, own, ownEnd ? NONE : end(page, problem));
    }

    /** The start of the definition list with the row of this type, encoded once per type seen. */
    private byte[] typeRow(String type) {
        byte[] row = typeRows.get(type);
        if (row == null) {
            row = concat(DL_TYPE, Utf8.encoded(type, Utf8.HTML));
            typeRows.put(type, row);
        }
        return row;
    }

    private static byte[] checked(byte[] out, int end, Problem problem) {
        if (end != out.length) {
            throw new IllegalStateException("HTML of " + end + " bytes measured as " + out.length + ": " + problem);
        }
        return out;
    }

    /** A locale's pre-encoded parts: those made when the renderer was, or made now for a locale not supported. */
    private Page page(Locale locale) {
        Page page = pages.get(locale);
        return page != null ? page : newPage(locale);
    }

    private String title(Problem problem, Locale locale) {
        return problem.title() != null ? problem.title() : catalog.http(problem.status(), locale).title();
    }

    /** The shared encoding of the status, title and detail, if they are the catalog's for the status and locale. */
    private byte @Nullable [] head(Problem problem, Locale locale, String title) {
        return statusSegments != null ? statusSegments.lookUp(locale, problem.status(), title, problem.detail()) : null;
    }

    /**
     * Writes the page after its start: the status, title and detail if {@code withHead}, the definition list (without
     * its start and the type's row unless {@code withType}), and its end if {@code withEnd} or when its link keeps a
     * query. Each row of the list ends in the segment that starts the next one, or ends the page.
     */
    private int write(byte @Nullable [] out, int pos, Problem problem, String title, Page page, byte @Nullable [] head,
                      boolean withHead, boolean withType, int plain, @Nullable String query, boolean withEnd) {
        if (withHead) {
            pos = head != null ? Utf8.raw(out, pos, head) : head(out, pos, problem.status(), title, problem.detail());
        }
        pos = rows(out, pos, problem, page, withType, plain);
        if (query != null) {
            if (hasList(problem)) {
                pos = Utf8.raw(out, pos, lastRowInCode(problem) ? END_CODE_DL : END_DD_DL);
            }
            return link(out, pos, page, query);
        }
        return withEnd ? Utf8.raw(out, pos, end(page, problem)) : pos;
    }

    /** The end of a page whose link keeps no query: it closes the definition list, if there is one. */
    private static byte[] end(Page page, Problem problem) {
        return !hasList(problem) ? page.end : lastRowInCode(problem) ? page.endAfterCodeRow : page.endAfterRow;
    }

    /** Whether the page has a definition list: a type other than about:blank, an instance or another member. */
    private static boolean hasList(Problem problem) {
        return !problem.isAboutBlank() || problem.instance() != null || problem.memberCount() > 0;
    }

    /** Whether the last row of the definition list has its value in {@code <code>}, which the next segment closes. */
    private static boolean lastRowInCode(Problem problem) {
        int members = problem.memberCount();
        return members == 0 || isCode(problem.memberValue(members - 1));
    }

    /** Whether a value is shown in {@code <code>}: any but a List or a Map. */
    private static boolean isCode(@Nullable Object value) {
        // A String, the usual value, is told by its class alone. On JDK 17 an interface check that fails scans all of
        // the class's interfaces every time (a failure is not cached): two of them per String cost this renderer
        // about 40% of an HTML answer's time (RenderBenchmark.statuskitHtmlToStream, 282 -> 162-173 ns).
        return value instanceof String || !(value instanceof List<?> || value instanceof Map<?, ?>);
    }

    /**
     * The rows of the definition list, and its start; not the segment that closes the last row. Without
     * {@code withType}, the list's start and the type's row are left out: they are already there.
     */
    private int rows(byte @Nullable [] out, int pos, Problem problem, Page page, boolean withType, int plain) {
        if (!hasList(problem)) {
            return pos;
        }
        int members = problem.memberCount();
        boolean aboutBlank = problem.isAboutBlank();
        URI instanceUri = problem.instance();
        // Whether the last row written has its value in <code>, which the next segment closes.
        boolean code = true;
        if (!aboutBlank && withType) {
            pos = Utf8.raw(out, pos, DL_TYPE);
            pos = Utf8.type(out, pos, problem.type().toString(), Utf8.HTML, plainTypes);
        }
        if (instanceUri != null) {
            pos = Utf8.raw(out, pos, aboutBlank ? DL_INSTANCE : CODE_INSTANCE);
            String instance = instanceUri.toString();
            pos = (plain & Utf8.PLAIN_INSTANCE) != 0 ? Utf8.ascii(out, pos, instance) : Utf8.text(out, pos, instance, Utf8.HTML);
        }
        for (int i = 0; i < members; i++) {
            // The first row of a list that has neither type nor instance opens the list.
            pos = Utf8.raw(out, pos, aboutBlank && instanceUri == null && i == 0 ? DL_DT : code ? CODE_DT : DD_DT);
            String name = problem.memberName(i);
            // A member name is letters, digits and "_" (ProblemBuilder.with checks it): nothing to escape.
            pos = name.equals(ProblemResponder.ERROR_ID) ? Utf8.raw(out, pos, page.errorIdLabel) : Utf8.ascii(out, pos, name);
            Object value = problem.memberValue(i);
            code = isCode(value);
            if (code) {
                pos = Utf8.raw(out, pos, DD_CODE);
                pos = i == 0 && (plain & Utf8.PLAIN_FIRST_VALUE) != 0 ? Utf8.ascii(out, pos, (String) value) : scalar(out, pos, value);
            } else {
                pos = Utf8.raw(out, pos, DD);
                pos = value(out, pos, value);
            }
        }
        return pos;
    }

    /** The end of the page, its link keeping a raw query: escaped, since it is the client's, as every value is. */
    private static int link(byte @Nullable [] out, int pos, Page page, String query) {
        pos = Utf8.raw(out, pos, LINK_AND);
        pos = Utf8.text(out, pos, query, Utf8.HTML);
        return Utf8.raw(out, pos, page.endAfterHref);
    }

    /** The status, title and detail: the end of {@code <title>}, the status line, {@code <h1>} and the detail. */
    private int head(byte @Nullable [] out, int pos, int status, String title, @Nullable String detail) {
        pos = Utf8.integer(out, pos, status);
        pos = Utf8.raw(out, pos, ' ');
        pos = text(out, pos, title);
        pos = Utf8.raw(out, pos, END_TITLE);
        pos = Utf8.integer(out, pos, status);
        pos = Utf8.raw(out, pos, H1);
        pos = text(out, pos, title);
        pos = Utf8.raw(out, pos, END_H1);
        if (detail != null) {
            pos = Utf8.raw(out, pos, P);
            pos = text(out, pos, detail);
            pos = Utf8.raw(out, pos, END_P);
        }
        return pos;
    }

    private int text(byte @Nullable [] out, int pos, String text) {
        byte[] encoded = texts.get(text);
        return encoded != null ? Utf8.raw(out, pos, encoded) : Utf8.text(out, pos, text, Utf8.HTML);
    }

    private String errorIdLabel(Locale locale) {
        return label(ERROR_ID_KEY, ERROR_ID_FALLBACK, locale);
    }

    private String label(String key, String fallback, Locale locale) {
        return catalog.text(key, locale).orElse(fallback);
    }

    private static int value(byte @Nullable [] out, int pos, @Nullable Object value) {
        // Strings and member maps (the items of a validation problem's list) are told by their class alone, so that
        // only other values reach the interface checks (see isCode).
        if (value instanceof String) {
            return code(out, pos, value);
        } else if (value instanceof MemberMap map) {
            pos = Utf8.raw(out, pos, NESTED_DL);
            for (int i = 0; i < map.size(); i++) {
                pos = Utf8.raw(out, pos, DT);
                pos = Utf8.text(out, pos, map.key(i), Utf8.HTML);
                pos = Utf8.raw(out, pos, DD);
                pos = value(out, pos, map.value(i));
                pos = Utf8.raw(out, pos, END_DD);
            }
            return Utf8.raw(out, pos, END_NESTED_DL);
        } else if (value instanceof List<?> list) {
            // Lists are copied into RandomAccess ones (Members), so walking them by index allocates nothing.
            pos = Utf8.raw(out, pos, UL);
            for (int i = 0; i < list.size(); i++) {
                pos = Utf8.raw(out, pos, LI);
                pos = value(out, pos, list.get(i));
                pos = Utf8.raw(out, pos, END_LI);
            }
            return Utf8.raw(out, pos, END_UL);
        } else if (value instanceof Map<?, ?> map) {
            pos = Utf8.raw(out, pos, NESTED_DL);
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                pos = Utf8.raw(out, pos, DT);
                pos = Utf8.text(out, pos, (String) entry.getKey(), Utf8.HTML);
                pos = Utf8.raw(out, pos, DD);
                pos = value(out, pos, entry.getValue());
                pos = Utf8.raw(out, pos, END_DD);
            }
            return Utf8.raw(out, pos, END_NESTED_DL);
        }
        return code(out, pos, value);
    }

    /** A scalar value in {@code <code>}. */
    private static int code(byte @Nullable [] out, int pos, @Nullable Object value) {
        pos = Utf8.raw(out, pos, CODE);
        pos = scalar(out, pos, value);
        return Utf8.raw(out, pos, END_CODE);
    }

    /** A value that is neither a List nor a Map, escaped, without its {@code <code>} element. */
    private static int scalar(byte @Nullable [] out, int pos, @Nullable Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return Utf8.integer(out, pos, ((Number) value).longValue());
        }
        return Utf8.text(out, pos, String.valueOf(value), Utf8.HTML);
    }
}
