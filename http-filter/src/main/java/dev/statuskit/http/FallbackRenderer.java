package dev.statuskit.http;

import dev.statuskit.i18n.HttpStatus;
import dev.statuskit.i18n.HttpStatusRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Guards a renderer: the document is rendered whole before anything is written (the answer's own part into an array,
 * beside the shared parts made once), so a renderer that fails never leaves half a document on the wire, and a failure is answered with a minimal document in the same format, in English,
 * built only from the status, its registered reason phrase and the error id. That document cannot fail: its
 * only variable parts are digits, a phrase from the IANA registry and an id checked to be [0-9a-f-].
 * The failure is logged at ERROR, so it is never lost.
 */
final class FallbackRenderer implements BodyRenderer {
    private static final System.Logger LOG = System.getLogger(ProblemResponder.LOGGER_NAME);

    private final ProblemRenderer delegate;

    /** Guards a renderer. */
    public FallbackRenderer(ProblemRenderer delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public ProblemFormat format() {
        return delegate.format();
    }

    @Override
    public void render(Problem problem, Locale locale, OutputStream out) throws IOException {
        body(problem, locale, null).writeTo(out);
    }

    @Override
    public byte[] render(Problem problem, Locale locale) {
        try {
            return delegate.render(problem, locale);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(problem, e);
        }
    }

    @Override
    public byte[] render(Problem problem, Locale locale, ProblemRequest request) {
        try {
            return delegate.render(problem, locale, request);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(problem, e);
        }
    }

    /** The delegate's body, made whole before anything is written; the minimal document's if the delegate fails. */
    @Override
    public Body body(Problem problem, Locale locale, @Nullable ProblemRequest request) {
        try {
            return delegate instanceof BodyRenderer renderer ? renderer.body(problem, locale, request)
                    : Body.of(request != null ? delegate.render(problem, locale, request) : delegate.render(problem, locale));
        } catch (RuntimeException | StackOverflowError e) {
            return Body.of(failed(problem, e));
        }
    }

    private byte[] failed(Problem problem, Throwable error) {
        LOG.log(Level.ERROR, "Rendering a " + problem.status() + " problem as " + format()
                + " failed; answering with the built-in English text instead", error);
        return minimal(format(), problem).getBytes(StandardCharsets.UTF_8);
    }

    /** The minimal document of a format for a problem's status and error id. */
    static String minimal(ProblemFormat format, Problem problem) {
        int status = problem.status();
        String phrase = HttpStatusRegistry.lookup(status).map(HttpStatus::reasonPhrase).orElse("Error").replaceAll("[^A-Za-z0-9 ()'-]", "");
        Object id = problem.extensions().get(ProblemResponder.ERROR_ID);
        String errorId = id instanceof String s && s.matches("[0-9a-f-]{1,64}") ? s : null;
        switch (format) {
            case XML:
                return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<problem xmlns=\"urn:ietf:rfc:7807\"><type>about:blank</type>"
                        + "<title>" + phrase + "</title><status>" + status + "</status>"
                        + (errorId != null ? "<errorId>" + errorId + "</errorId>" : "") + "</problem>\n";
            case HTML:
                return "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + status + " "
                        + phrase + "</title>\n</head>\n<body>\n<h1>" + status + " " + phrase + "</h1>\n"
                        + (errorId != null ? "<p>Error ID: <code>" + errorId + "</code></p>\n" : "") + "</body>\n</html>\n";
            case TEXT:
                return status + " " + phrase + "\n" + (errorId != null ? "Error ID: " + errorId + "\n" : "");
            default:
                return "{\"type\":\"about:blank\",\"title\":\"" + phrase + "\",\"status\":" + status
                        + (errorId != null ? ",\"errorId\":\"" + errorId + "\"" : "") + "}";
        }
    }
}
