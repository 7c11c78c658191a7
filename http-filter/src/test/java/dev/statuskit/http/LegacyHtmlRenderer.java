package dev.statuskit.http;

import dev.statuskit.i18n.StatusCatalog;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.owasp.encoder.Encode;

/**
 * An error page for browsers: a self-contained HTML document in UTF-8, with {@code lang} and {@code dir}
 * from the answer's locale, a small inline style sheet that also suits phones and dark mode, and no
 * external resources (its Content-Security-Policy forbids them). It shows the status, the title, the
 * detail and then the other members as a definition list, the error id under a localized label.
 *
 * <p>Every dynamic value goes through the OWASP encoder: {@code Encode.forHtml} for text,
 * {@code Encode.forHtmlAttribute} for attributes.
 */
final class LegacyHtmlRenderer implements ProblemRenderer {
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

    private final StatusCatalog catalog;

    /** A renderer that takes labels and fallback titles from this catalog. */
    public LegacyHtmlRenderer(StatusCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    @Override
    public ProblemFormat format() {
        return ProblemFormat.HTML;
    }

    @Override
    public void render(Problem problem, Locale locale, OutputStream out) throws IOException {
        String title = problem.title() != null ? problem.title() : catalog.http(problem.status(), locale).title();
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(Encode.forHtmlAttribute(locale.toLanguageTag()))
                .append("\" dir=\"").append(StatusCatalog.isRightToLeft(locale) ? "rtl" : "ltr")
                .append(HEAD).append(problem.status()).append(' ').append(Encode.forHtml(title)).append("</title>\n")
                .append("</head>\n<body>\n<main>\n<p class=\"status\">").append(problem.status()).append("</p>\n<h1>")
                .append(Encode.forHtml(title)).append("</h1>\n");
        if (problem.detail() != null) {
            html.append("<p>").append(Encode.forHtml(problem.detail())).append("</p>\n");
        }
        boolean members = !problem.isAboutBlank() || problem.instance() != null || !problem.extensions().isEmpty();
        if (members) {
            html.append("<dl>\n");
            if (!problem.isAboutBlank()) {
                row(html, "type", problem.type().toString());
            }
            if (problem.instance() != null) {
                row(html, "instance", problem.instance().toString());
            }
            for (Map.Entry<String, Object> member : problem.extensions().entrySet()) {
                String label = member.getKey().equals(ProblemResponder.ERROR_ID) ? errorIdLabel(locale) : member.getKey();
                row(html, label, member.getValue());
            }
            html.append("</dl>\n");
        }
        html.append("<p><a href=\"?").append(ProblemFormat.PARAMETER).append("=json\" rel=\"alternate\" type=\"")
                .append(ProblemFormat.JSON.mediaType()).append("\">").append(Encode.forHtml(label(JSON_LINK_KEY,
                        JSON_LINK_FALLBACK, locale))).append("</a></p>\n</main>\n</body>\n</html>\n");
        out.write(html.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String errorIdLabel(Locale locale) {
        return label(ERROR_ID_KEY, ERROR_ID_FALLBACK, locale);
    }

    private String label(String key, String fallback, Locale locale) {
        return catalog.text(key, locale).orElse(fallback);
    }

    private static void row(StringBuilder html, String label, Object value) {
        html.append("<dt>").append(Encode.forHtml(label)).append("</dt><dd>");
        appendValue(html, value);
        html.append("</dd>\n");
    }

    private static void appendValue(StringBuilder html, Object value) {
        if (value instanceof List<?> list) {
            html.append("<ul>");
            for (Object item : list) {
                html.append("<li>");
                appendValue(html, item);
                html.append("</li>");
            }
            html.append("</ul>");
        } else if (value instanceof Map<?, ?> map) {
            html.append("<dl>");
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                row(html, (String) entry.getKey(), entry.getValue());
            }
            html.append("</dl>");
        } else {
            html.append("<code>").append(Encode.forHtml(String.valueOf(value))).append("</code>");
        }
    }
}
