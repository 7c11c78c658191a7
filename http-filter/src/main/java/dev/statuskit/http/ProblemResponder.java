package dev.statuskit.http;

import dev.statuskit.http.internal.FallbackRenderer;
import dev.statuskit.i18n.HttpStatusRegistry;
import dev.statuskit.i18n.LocalizedText;
import dev.statuskit.i18n.StatusCatalog;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns an HTTP error into a complete, localized answer; the container-neutral heart of every adapter.
 *
 * <p>For {@link #answer} it
 * <ol>
 *   <li>decides the status: that of a {@link ProblemException}'s problem, else the one the options map the
 *       exception to, else the status given;</li>
 *   <li>negotiates the locale from {@code Accept-Language} and the format from {@code Accept};</li>
 *   <li>completes the problem: an {@code about:blank} problem gets the localized reason phrase as its title
 *       (RFC 9457 §4.2.1) and the localized description as its detail (unassigned codes such as 499 get
 *       their class's texts); a relative type is resolved against {@code statuskit.type-base};
 *       {@code instance} is the request path if {@code statuskit.instance} is on;</li>
 *   <li>keeps server failures private: a 5xx body never carries an exception message, class name or stack
 *       trace, nor a {@code sendError} message; instead it gets a fresh {@code errorId} extension member,
 *       and one line with that id and the full exception is logged at ERROR through the
 *       {@link System.Logger} {@value #LOGGER_NAME} (WARNING when there is no exception). A 4xx answer that
 *       comes from an exception is logged at DEBUG;</li>
 *   <li>leaves out the body for {@code HEAD} and for 1xx, 204 and 304.</li>
 * </ol>
 *
 * <p>The catalog, the renderers and the options are prepared once, at {@link #create}; an answer costs
 * a few small allocations. Thread-safe.
 */
public final class ProblemResponder {
    /** The name of the {@link System.Logger} StatusKit HTTP logs to. */
    public static final String LOGGER_NAME = "dev.statuskit.http";
    /** The extension member that carries the error id of a 5xx answer. */
    public static final String ERROR_ID = "errorId";

    private static final System.Logger LOG = System.getLogger(LOGGER_NAME);
    /** Out-of-range statuses are reported once each, for this many distinct values. */
    private static final int MAX_REPORTED = 64;

    private final StatusKitOptions options;
    private final StatusCatalog catalog;
    private final Map<ProblemFormat, ProblemRenderer> renderers = new EnumMap<>(ProblemFormat.class);
    private final Set<Integer> reportedOutOfRange = ConcurrentHashMap.newKeySet();

    private ProblemResponder(StatusKitOptions options, StatusCatalog catalog) {
        this.options = options;
        this.catalog = catalog;
        for (ProblemFormat format : ProblemFormat.values()) {
            renderers.put(format, new FallbackRenderer(ProblemRenderer.of(format, catalog)));
        }
    }

    /**
     * A responder for these options. With no locale or bundle options it shares
     * {@link StatusCatalog#standard()}; otherwise it builds its catalog now, reading an application bundle
     * through the thread's context class loader.
     */
    public static ProblemResponder create(StatusKitOptions options) {
        Objects.requireNonNull(options, "options");
        if (options.locales().isEmpty() && options.defaultLocale().isEmpty() && options.bundle().isEmpty()) {
            return new ProblemResponder(options, StatusCatalog.standard());
        }
        StatusCatalog.Builder builder = StatusCatalog.builder();
        if (!options.locales().isEmpty()) {
            builder.supportedLocales(options.locales());
        }
        options.defaultLocale().ifPresent(builder::defaultLocale);
        options.bundle().ifPresent(builder::addBundle);
        return new ProblemResponder(options, builder.build());
    }

    /** The options. */
    public StatusKitOptions options() {
        return options;
    }

    /** The catalog the texts come from. */
    public StatusCatalog catalog() {
        return catalog;
    }

    /** This responder's renderer for a format. */
    public ProblemRenderer renderer(ProblemFormat format) {
        return renderers.get(format);
    }

    /**
     * The answer to an error.
     *
     * @param status the status to answer with, unless {@code cause} decides another: a
     *     {@link ProblemException} answers with its problem, an exception mapped by
     *     {@code statuskit.exception-status} with the mapped status
     * @param cause the exception behind the error, or null; logged, never shown
     * @param message a {@code sendError} message, or null; shown as the detail of a 4xx answer without a
     *     cause if {@code statuskit.send-error-messages} is {@code 4xx}, unless it merely restates the
     *     reason phrase
     * @param request the request
     * @return the answer, or empty if the status is outside 100-599: the caller then passes the response
     *     through untouched; each such status is logged once, at WARNING
     */
    public Optional<ErrorAnswer> answer(int status, Throwable cause, String message, RequestInfo request) {
        Objects.requireNonNull(request, "request");
        Problem thrown = cause instanceof ProblemException pe ? pe.getProblem() : null;
        int code = thrown != null ? thrown.status() : options.statusFor(cause, status);
        if (HttpStatusRegistry.statusCodeExceptionMessage(code) != null) {
            reportOutOfRange(code, request);
            return Optional.empty();
        }
        LocalizedText text = catalog.http(code, catalog.negotiate(request.acceptLanguage()));
        Problem problem = complete(thrown, code, text, showsMessage(code, cause, message) ? message : null, request);
        log(problem, cause, request);

        ProblemFormat format = request.format();
        boolean allowsContent = HttpStatusRegistry.of(code).allowsContent();
        Map<String, String> headers = new LinkedHashMap<>();
        if (allowsContent) {
            headers.put("Content-Type", format.contentType());
            headers.put("Content-Language", text.locale().toLanguageTag());
            headers.put("Vary", "Accept, Accept-Language");
            headers.put("Cache-Control", "no-store");
            headers.put("X-Content-Type-Options", "nosniff");
        }
        boolean hasBody = allowsContent && !"HEAD".equalsIgnoreCase(request.method());
        return Optional.of(new ErrorAnswer(problem, format, text.locale(), Collections.unmodifiableMap(headers),
                renderers.get(format), hasBody));
    }

    private Problem complete(Problem thrown, int code, LocalizedText text, String message, RequestInfo request) {
        ProblemBuilder builder = thrown != null ? thrown.toBuilder() : Problem.builder().status(code);
        URI type = thrown != null ? thrown.type() : Problem.ABOUT_BLANK;
        if (!type.isAbsolute() && options.typeBase().isPresent()) {
            builder.type(options.typeBase().get().resolve(type));
        }
        if (Problem.ABOUT_BLANK.equals(type)) {
            if (thrown == null || thrown.title() == null) {
                builder.title(text.title());
            }
            if (thrown == null || thrown.detail() == null) {
                builder.detail(message != null ? message : text.description());
            }
        }
        if (options.instance() && (thrown == null || thrown.instance() == null)) {
            try {
                builder.instance(new URI(request.path()));
            } catch (URISyntaxException e) {
                // A path that is no URI reference gets no instance; the answer matters more.
            }
        }
        boolean ownErrorId = thrown != null && thrown.extensions().get(ERROR_ID) instanceof String;
        if (code >= 500 && !ownErrorId) {
            builder.with(ERROR_ID, UUID.randomUUID().toString());
        }
        return builder.build();
    }

    private boolean showsMessage(int code, Throwable cause, String message) {
        return message != null && cause == null && code >= 400 && code < 500
                && options.sendErrorMessages() == StatusKitOptions.SendErrorMessages.CLIENT_ERRORS
                && !message.isBlank()
                && HttpStatusRegistry.byPhrase(message).map(s -> s.code() != code).orElse(true);
    }

    private static void log(Problem problem, Throwable cause, RequestInfo request) {
        if (problem.status() >= 500) {
            String line = "errorId " + problem.extensions().get(ERROR_ID) + ": " + request.method() + " "
                    + request.path() + " answered " + problem.status() + " "
                    + HttpStatusRegistry.of(problem.status()).reasonPhrase();
            if (cause != null) {
                LOG.log(Level.ERROR, line, cause);
            } else {
                LOG.log(Level.WARNING, line);
            }
        } else if (cause != null && LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, request.method() + " " + request.path() + " answered " + problem.status()
                    + " for " + cause, cause);
        }
    }

    private void reportOutOfRange(int code, RequestInfo request) {
        boolean first = reportedOutOfRange.size() < MAX_REPORTED && reportedOutOfRange.add(code);
        LOG.log(first ? Level.WARNING : Level.DEBUG, () -> HttpStatusRegistry.statusCodeExceptionMessage(code) + ": "
                + request.method() + " " + request.path() + " passes through untouched, without a problem body"
                + (first ? "; further answers with status " + code + " are logged at DEBUG" : ""));
    }

    @Override
    public String toString() {
        return "ProblemResponder[" + options + ", locales " + catalog.supportedLocales().stream()
                .map(Locale::toLanguageTag).toList() + "]";
    }
}
