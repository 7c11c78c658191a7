package dev.statuskit.http;

import static org.apiguardian.api.API.Status.STABLE;

import dev.statuskit.i18n.StatusCatalog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Writes a {@link Problem} in one {@link ProblemFormat}, as UTF-8 bytes.
 *
 * <p>Renderers are thread-safe. Get them from {@link #of(ProblemFormat, StatusCatalog)}; a
 * {@link ProblemResponder} holds one of each.
 */
@API(status = STABLE, since = "0.1")
public interface ProblemRenderer {

    /** The format this renderer writes. */
    ProblemFormat format();

    /**
     * Writes the problem to a stream, which is left open.
     *
     * @param locale the language of the problem's texts; the HTML page declares it in {@code lang} and
     *     {@code dir}
     */
    void render(Problem problem, Locale locale, OutputStream out) throws IOException;

    /** The problem as bytes. */
    default byte[] render(Problem problem, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try {
            render(problem, locale, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The problem as bytes, in the answer to this request. Only the HTML page depends on the request: its link to
     * the same answer as problem+json keeps the request's query parameters (all but {@code format}), so that
     * following it asks for the same thing again. The other formats, and by default any renderer, write what
     * {@link #render(Problem, Locale)} writes.
     */
    default byte[] render(Problem problem, Locale locale, ProblemRequest request) {
        return render(problem, locale);
    }

    /**
     * The renderer of a format.
     *
     * @param catalog where the HTML page finds its labels, and its heading when a problem has no title
     */
    static ProblemRenderer of(ProblemFormat format, StatusCatalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        return switch (Objects.requireNonNull(format, "format")) {
            case JSON -> new JsonRenderer(catalog);
            case XML -> new XmlRenderer(catalog);
            case HTML -> new HtmlRenderer(catalog);
            case TEXT -> new TextRenderer(catalog);
        };
    }
}
