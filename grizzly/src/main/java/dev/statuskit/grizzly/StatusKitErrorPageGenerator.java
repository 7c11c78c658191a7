package dev.statuskit.grizzly;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.statuskit.http.ErrorAnswer;
import dev.statuskit.http.ProblemResponder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.glassfish.grizzly.http.server.ErrorPageGenerator;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.jspecify.annotations.Nullable;

/**
 * Grizzly's own error pages, through the one answer path: what Grizzly's {@code HttpServer} answers with its
 * error page (its own 404 for a path no {@code HttpHandler} is mapped to, the 413 of a body over
 * {@code ServerConfiguration.setMaxPostSize}, the 500 of an {@code HttpHandler} that throws, as Jersey's
 * Grizzly adapter does for a request target that is no URI, a {@code Response.sendError}) becomes a localized
 * problem in the negotiated format, instead of Grizzly's HTML page with the exception's stack trace, the
 * server's name and version, and the request path.
 *
 * <pre>{@code
 * StatusKitGrizzly.install(server, responder);   // sets this generator, refuses TRACE
 * }</pre>
 *
 * <p>It only applies the {@link ErrorAnswer} the responder decides, as the servlet filter and the Jakarta
 * REST feature do. Grizzly writes the text an {@link ErrorPageGenerator} returns as {@code text/html}; so this
 * one writes the answer itself (status, headers, {@code Content-Length}, the bytes in the negotiated format or
 * none for {@code HEAD} and the no-body statuses), commits the response, and returns {@code null}, after which
 * Grizzly writes nothing more. It never shows Grizzly's message or the exception. For a status outside
 * 100-599 (which the responder passes through) it writes nothing: Grizzly sends the status with an empty body.
 *
 * <p>What it never sees: Grizzly's HTTP codec answers a request it cannot parse below the {@code HttpServer};
 * {@link StatusKitGrizzly#install} puts a codec in its place that answers those with problems too. A server
 * with several handlers answers a path whose percent-decoding fails (an encoded {@code /}, bad UTF-8) with a
 * bodiless 500 of its handler chain that no generator sees either; a single handler at the root (Jersey's)
 * is spared that decoding.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class StatusKitErrorPageGenerator implements ErrorPageGenerator {
    private final ProblemResponder responder;

    /** A generator answering through this responder. */
    public StatusKitErrorPageGenerator(ProblemResponder responder) {
        this.responder = Objects.requireNonNull(responder, "responder");
    }

    /** The responder it answers through. */
    public ProblemResponder responder() {
        return responder;
    }

    /**
     * Writes the responder's answer to the request's response and returns {@code null}: there is no page for
     * Grizzly to write. {@code reasonPhrase} and {@code description} are Grizzly's words, never shown. A response
     * already committed, or one whose connection is closed, gets nothing and is not answered (or logged) at all.
     *
     * @throws UncheckedIOException if the answer could not be written (the connection is gone)
     */
    @Override
    public @Nullable String generate(Request request, int status, @Nullable String reasonPhrase,
                                     @Nullable String description, @Nullable Throwable exception) {
        Response response = request.getResponse();
        if (response.isCommitted() || !request.getContext().getConnection().isOpen()) {
            // An answer went out already, or the client is gone (Jersey's adapter sends a 500 when writing its answer
            // fails on a closed connection): there is no one to answer, and nothing for an error id to point at.
            return null;
        }
        Optional<ErrorAnswer> found = responder.answer(status, exception, null, GrizzlyAnswers.request(request));
        if (found.isPresent()) {
            try {
                GrizzlyAnswers.apply(found.get(), response);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "StatusKitErrorPageGenerator[" + responder + "]";
    }
}
