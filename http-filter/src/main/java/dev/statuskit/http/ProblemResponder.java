package dev.statuskit.http;

import static org.apiguardian.api.API.Status.STABLE;

import dev.statuskit.i18n.HttpStatus;
import dev.statuskit.i18n.HttpStatusRegistry;
import dev.statuskit.i18n.LocaleResolver;
import dev.statuskit.i18n.LocalizedMessage;
import dev.statuskit.i18n.LocalizedText;
import dev.statuskit.i18n.StatusCatalog;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Turns an HTTP error into a complete, localized answer; the container-neutral heart of every adapter.
 *
 * <p>For {@link #answer} it
 * <ol>
 *   <li>decides the status: that of a {@link ProblemException}'s problem, else the one the options map the
 *       exception to, else the status given;</li>
 *   <li>chooses the locale with its {@link LocaleResolver} ({@code Accept-Language} by default) and the
 *       format from {@code ?format=} or {@code Accept};</li>
 *   <li>completes the problem: an {@code about:blank} problem gets the localized reason phrase as its title
 *       (RFC 9457 §4.2.1) and the localized description as its detail (unassigned codes such as 499 get
 *       their class's texts); a problem of a {@link ProblemType} gets its title and its detail, formatted
 *       with the occurrence's arguments by the {@link MessageFormatter}, from the catalog's bundles, both in
 *       one language (see {@link ProblemType}), which {@code Content-Language} names; a relative type is
 *       resolved against {@code statuskit.type-base};
 *       {@code instance} is the request path if {@code statuskit.instance} is on;</li>
 *   <li>keeps server failures private: a 5xx body never carries an exception message, class name or stack
 *       trace, nor a {@code sendError} message; instead it gets a fresh {@code errorId} extension member,
 *       and one line with that id and the full exception is logged at ERROR through the
 *       {@link System.Logger} {@value #LOGGER_NAME} (WARNING when there is no exception). A 4xx answer that
 *       comes from an exception is logged at DEBUG;</li>
 *   <li>lets its {@link ProblemCustomizer} add members, such as a trace id;</li>
 *   <li>decides the headers it sets and which of the application's headers survive
 *       ({@link ErrorAnswer#keepsHeader}), and renders the body once (for {@code HEAD} too, which gets
 *       only its length), or none for 1xx, 204 and 304.</li>
 * </ol>
 * Every adapter (the servlet filter, the Jakarta REST feature, the container error handlers) asks this one
 * place and only applies the {@link ErrorAnswer} to its response type, so every answer of a server looks the
 * same.
 *
 * <p>The catalog, the renderers and the options are prepared once, when the responder is built; an answer
 * costs a few small allocations. Thread-safe.
 *
 * <pre>{@code
 * ProblemResponder responder = ProblemResponder.builder()
 *         .catalog(myCatalog)                                      // a StatusCatalog built in code, as it is
 *         .options(ProblemOptions.builder().instance(true).build())
 *         .localeResolver(LocaleResolver.queryParameter("lang"))   // ?lang=, else Accept-Language
 *         .customizer(ProblemCustomizer.traceId())                 // traceId from a W3C traceparent
 *         .build();
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class ProblemResponder {
    /** The name of the {@link System.Logger} StatusKit HTTP logs to. */
    public static final String LOGGER_NAME = "dev.statuskit.http";
    /**
     * The {@code ServletContext} attribute under which the servlet filter shares the responder it answers through (and
     * under the name {@value ProblemConfiguration#ENABLED}, {@code Boolean.FALSE} when it is turned off). Jersey's
     * servlet passes the context's attributes to its application as configuration properties, so a
     * {@link dev.statuskit.http.jaxrs.StatusKitFeature} made without a responder, as Jersey's automatic discovery
     * makes it, answers through the same responder as the filter, with the options of the context-params.
     */
    public static final String CONTEXT_ATTRIBUTE = "dev.statuskit.http.ProblemResponder";
    /** The extension member that carries the error id of a 5xx answer. */
    public static final String ERROR_ID = "errorId";

    private static final System.Logger LOG = System.getLogger(LOGGER_NAME);
    /** Out-of-range statuses are reported once each, for this many distinct values. */
    private static final int MAX_REPORTED = 64;

    private final ProblemOptions options;
    private final StatusCatalog catalog;
    private final LocaleResolver localeResolver;
    private final ProblemCustomizer customizer;
    private final ProblemListener listener;
    private final MessageFormatter messageFormatter;
    private final FallbackRenderer[] renderers = new FallbackRenderer[ProblemFormat.values().length];
    private final AnswerHeaders answerHeaders = new AnswerHeaders();
    private final Set<Integer> reportedOutOfRange = ConcurrentHashMap.newKeySet();
    private final Set<String> reportedCustomizerFaults = ConcurrentHashMap.newKeySet();
    private final Set<String> reportedTextFaults = ConcurrentHashMap.newKeySet();

    private ProblemResponder(Builder builder, StatusCatalog catalog) {
        this.options = builder.options;
        this.catalog = catalog;
        this.localeResolver = builder.localeResolver;
        this.customizer = builder.customizer;
        this.listener = builder.listener;
        this.messageFormatter = builder.messageFormatter != null ? builder.messageFormatter : MessageFormatter.discover();
        for (ProblemFormat format : ProblemFormat.values()) {
            renderers[format.ordinal()] = new FallbackRenderer(ProblemRenderer.of(format, catalog));
        }
    }

    /**
     * A responder for these options, with the default locale resolver ({@code Accept-Language}) and no
     * customizer. With no locale or bundle options it shares {@link StatusCatalog#standard()}; otherwise it
     * builds its catalog now, reading an application bundle through the thread's context class loader.
     */
    public static ProblemResponder create(ProblemOptions options) {
        return builder().options(options).build();
    }

    /** A builder: the standard catalog, default options, {@code Accept-Language}, no customizer. */
    public static Builder builder() {
        return new Builder();
    }

    /** The options. */
    public ProblemOptions options() {
        return options;
    }

    /** The catalog the texts come from. */
    public StatusCatalog catalog() {
        return catalog;
    }

    /** What chooses the language of an answer. */
    public LocaleResolver localeResolver() {
        return localeResolver;
    }

    /** What enriches every problem before it is rendered. */
    public ProblemCustomizer customizer() {
        return customizer;
    }

    /** What is told of every answer. */
    public ProblemListener listener() {
        return listener;
    }

    /** What formats the details of {@link ProblemType}s. */
    public MessageFormatter messageFormatter() {
        return messageFormatter;
    }

    /** This responder's renderer for a format: it never fails half-way (see {@link ErrorAnswer#body()}). */
    public ProblemRenderer renderer(ProblemFormat format) {
        return renderers[format.ordinal()];
    }

    /**
     * The answer to an error: everything about it decided here, once, for every adapter. An adapter only
     * applies it to its own response type: {@link ErrorAnswer#status()}, {@link ErrorAnswer#headers()},
     * {@link ErrorAnswer#keepsHeader(String)} and {@link ErrorAnswer#body()}.
     *
     * @param status the status to answer with, unless {@code cause} decides another: a
     *     {@link ProblemException} answers with its problem, an exception mapped by the
     *     {@linkplain ProblemOptions#exceptionStatus() exception-status policy} with the mapped status; a
     *     Jakarta REST parameter that could not be converted (Jersey's {@code ParamException}, RESTEasy's
     *     {@code RESTEASY003870}) gets an {@code errors} entry naming it, and a query parameter 400 instead of
     *     Jakarta REST's 404; an exception that reports the request as malformed (RESTEasy's unreadable
     *     {@code Accept} weight, the request's URI refused by {@code java.net.URI}) 400 instead of 500; a servlet
     *     container's exception that carries the client error it answers itself (Jetty's {@code HttpException},
     *     Tomcat's {@code InvalidParameterException}: a form or multipart body over its limits) that status, 400
     *     or 413, instead of 500
     * @param cause the exception behind the error, or null; logged, never shown
     * @param message a {@code sendError} message, or null; shown as the detail of a 4xx answer without a
     *     cause if {@link ProblemOptions#sendErrorMessages()} allows, unless it merely restates the reason phrase
     * @param request the request
     * @return the answer, or empty if the status is outside 100-599: the caller then passes the response
     *     through untouched; each such status is logged once, at WARNING
     */
    public Optional<ErrorAnswer> answer(int status, @Nullable Throwable cause, @Nullable String message,
                                        ProblemRequest request) {
        Objects.requireNonNull(request, "request");
        Problem thrown = cause instanceof ProblemException pe ? pe.getProblem() : null;
        boolean violation = thrown == null && isViolation(cause);
        ParameterErrors.@Nullable Failed parameter = thrown == null && !violation ? ParameterErrors.of(cause).orElse(null) : null;
        int code;
        if (thrown != null) {
            code = thrown.status();
        } else if (violation) {
            code = violationStatus(cause);
            violation = code != 0;
        } else if (parameter != null) {
            code = options.exceptionStatus().statusFor(cause, parameter.status(status));
        } else if (cause != null && MalformedRequests.isReportedBy(cause, request)) {
            code = options.exceptionStatus().statusFor(cause, 400);
        } else {
            // A container's exception that carries its own client-error status (ContainerStatuses) is answered with it.
            int container = ContainerStatuses.of(cause);
            code = options.exceptionStatus().statusFor(cause, container != 0 ? container : status);
        }
        if (code == 0) {
            code = options.exceptionStatus().statusFor(cause, status);
        }
        Optional<HttpStatus> known = HttpStatusRegistry.lookup(code);
        if (known.isEmpty()) {
            reportOutOfRange(code, request);
            return Optional.empty();
        }
        Locale requested = localeResolver.locale(request, catalog);
        LocalizedText text = catalog.http(code, requested);
        TypeTexts typed = thrown != null && thrown.problemType().isPresent()
                ? typeTexts(thrown, thrown.problemType().get(), requested) : null;
        Locale locale = typed != null && typed.locale != null ? typed.locale : text.locale();
        if (violation && code < 500) {
            thrown = validationProblem(code, cause, requested);
        } else if (parameter != null && code < 500) {
            String detail = catalog.text(ParameterErrors.KEY, locale).orElse(ParameterErrors.FALLBACK);
            thrown = Problem.builder().status(code).with(ParameterErrors.ERRORS, parameter.errors(detail)).build();
        }
        Problem problem = complete(thrown, code, text, typed, showsMessage(code, cause, message) ? message : null,
                request);
        log(problem, cause, request);

        ProblemFormat format = request.rawQuery().flatMap(ProblemFormat::fromQuery)
                .orElseGet(() -> ProblemFormat.negotiate(request.header("Accept").orElse(null)));
        boolean allowsContent = known.get().allowsContent();
        Map<String, String> headers = allowsContent ? answerHeaders.of(format, locale) : Map.of();
        // A HEAD answer gets no body, but its Content-Length is the length of the body a GET would get: rendered too.
        Body rendered = allowsContent ? renderers[format.ordinal()].body(problem, locale, request) : Body.EMPTY;
        // Method names are case-sensitive (RFC 9110 §9.1): "Head" is another method, whose answer has its body.
        boolean hasBody = allowsContent && !"HEAD".equals(request.method());
        ErrorAnswer answer = new ErrorAnswer(problem, format, locale, headers,
                hasBody ? rendered : Body.EMPTY, hasBody, allowsContent ? rendered.length() : -1);
        if (listener != ProblemListener.none()) {
            try {
                listener.answered(answer, request);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "ProblemListener " + listener + " threw; the answer goes out all the same", e);
            }
        }
        return Optional.of(answer);
    }

    /**
     * Whether the exception is a Jakarta Validation {@code ConstraintViolationException}, by class name, so that
     * {@link ValidationErrors} (which needs the Validation API) is loaded only when one is at hand: an
     * application without that API on its class path never loads it.
     */
    private static boolean isViolation(@Nullable Throwable error) {
        for (Class<?> type = error != null ? error.getClass() : null; type != null; type = type.getSuperclass()) {
            if (type.getName().equals("jakarta.validation.ConstraintViolationException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * 500 if a return value is invalid (the server's fault: nothing of it is shown); else 400, or the 4xx the
     * exception-status policy maps the exception to (422, say). 0 if the Jakarta Validation API cannot be read
     * from here (another class loader has it): the exception is then answered as any other.
     */
    private int violationStatus(Throwable cause) {
        try {
            if (ValidationErrors.ofReturnValue(cause)) {
                return 500;
            }
        } catch (LinkageError e) {
            return 0;
        }
        int mapped = options.exceptionStatus().statusFor(cause, 400);
        return mapped < 500 ? mapped : 400;
    }

    /**
     * The about:blank problem of invalid input, with the {@code errors} member: at most
     * {@value ValidationErrors#MAX_ERRORS} entries, each with the constraint's message in the locale and a
     * {@code pointer} into the body or the {@code parameter}; {@code omittedErrors} counts the rest.
     */
    private Problem validationProblem(int code, Throwable cause, Locale locale) {
        ValidationErrors.Entries entries = ValidationErrors.entries(cause, locale, options.rejectedValues());
        ProblemBuilder problem = Problem.builder().status(code).with(ValidationErrors.ERRORS, entries.errors());
        if (entries.omitted() > 0) {
            problem.with(ValidationErrors.OMITTED, entries.omitted());
        }
        return problem.build();
    }

    /** The localized title and detail of a problem type, and the one locale they are in (null if neither). */
    private record TypeTexts(@Nullable String title, @Nullable String detail, @Nullable Locale locale) {
    }

    /**
     * The texts of a problem type for a locale: each key falls back on its own to the default locale (see
     * {@link StatusCatalog#message}); if the two then come from different locales, both are taken from the
     * default locale, so that the answer speaks one language and {@code Content-Language} says which. A text
     * the problem sets itself is kept and not looked up.
     */
    private TypeTexts typeTexts(Problem problem, ProblemType type, Locale requested) {
        Optional<String> titleKey = problem.title() == null ? type.titleKey() : Optional.empty();
        Optional<String> detailKey = problem.detail() == null ? type.detailKey() : Optional.empty();
        Optional<LocalizedMessage> title = titleKey.flatMap(key -> catalog.message(key, requested));
        Optional<LocalizedMessage> detail = detailKey.flatMap(key -> catalog.message(key, requested));
        if (title.isPresent() && detail.isPresent() && !title.get().locale().equals(detail.get().locale())) {
            Locale fallback = catalog.defaultLocale();
            title = titleKey.flatMap(key -> catalog.message(key, fallback));
            detail = detailKey.flatMap(key -> catalog.message(key, fallback));
        }
        if (titleKey.isPresent() && title.isEmpty()) {
            reportMissingKey(type, titleKey.get(), requested);
        }
        if (detailKey.isPresent() && detail.isEmpty()) {
            reportMissingKey(type, detailKey.get(), requested);
        }
        String detailText = detail.isPresent() ? formatDetail(type, detail.get(), problem.detailArguments()) : null;
        Locale locale = title.isPresent() ? title.get().locale() : detailText != null ? detail.get().locale() : null;
        return new TypeTexts(title.map(LocalizedMessage::text).orElse(null), detailText, locale);
    }

    private @Nullable String formatDetail(ProblemType type, LocalizedMessage pattern, List<@Nullable Object> arguments) {
        try {
            return messageFormatter.format(pattern.text(), pattern.locale(), arguments);
        } catch (RuntimeException e) {
            reportTextFault(type + ": the detail pattern in " + pattern.locale().toLanguageTag()
                    + " cannot be formatted with " + arguments.size() + " argument(s) by " + messageFormatter
                    + "; the answer goes out without a detail", e);
            return null;
        }
    }

    private void reportMissingKey(ProblemType type, String key, Locale requested) {
        reportTextFault(type + ": the catalog has no text for the key " + key + " in " + requested.toLanguageTag()
                + " nor in the default locale; the answer goes out without it", null);
    }

    private void reportTextFault(String fault, @Nullable Throwable error) {
        boolean first = reportedTextFaults.size() < MAX_REPORTED && reportedTextFaults.add(fault);
        LOG.log(first ? Level.WARNING : Level.DEBUG, fault, error);
    }

    private Problem complete(@Nullable Problem thrown, int code, LocalizedText text, @Nullable TypeTexts typed,
                             @Nullable String message, ProblemRequest request) {
        ProblemBuilder builder = thrown != null ? thrown.toBuilder() : Problem.builder().status(code);
        if (typed != null) {
            if (typed.title != null) {
                builder.title(typed.title);
            }
            if (typed.detail != null) {
                builder.detail(typed.detail);
            }
        }
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
        Problem decided = builder.build();
        return customizer == ProblemCustomizer.none() ? decided : customized(decided, request);
    }

    /**
     * The problem after the customizer: its extension members and {@code instance} taken, the members decided
     * before (status, type, title, detail, {@code errorId}) kept. A customizer that throws, or tries to change
     * those, is logged (once per kind of fault) and overruled.
     */
    private Problem customized(Problem decided, ProblemRequest request) {
        Problem result;
        try {
            ProblemBuilder builder = decided.toBuilder();
            customizer.customize(builder, request);
            result = builder.build();
        } catch (RuntimeException e) {
            reportCustomizerFault("threw " + e.getClass().getName(), e);
            return decided;
        }
        Object errorId = decided.extensions().get(ERROR_ID);
        boolean kept = result.status() == decided.status() && result.type().equals(decided.type())
                && Objects.equals(result.title(), decided.title()) && Objects.equals(result.detail(), decided.detail())
                && Objects.equals(result.extensions().get(ERROR_ID), errorId);
        if (kept) {
            return result;
        }
        reportCustomizerFault("changed a decided member (status, type, title, detail or " + ERROR_ID + ")", null);
        ProblemBuilder repaired = decided.toBuilder().instance(result.instance());
        result.extensions().forEach((name, value) -> {
            if (!name.equals(ERROR_ID)) {
                repaired.with(name, value);
            }
        });
        return repaired.build();
    }

    private void reportCustomizerFault(String fault, @Nullable Throwable error) {
        boolean first = reportedCustomizerFaults.size() < MAX_REPORTED && reportedCustomizerFaults.add(fault);
        LOG.log(first ? Level.WARNING : Level.DEBUG, "ProblemCustomizer " + customizer + " " + fault
                + "; the answer goes out without its change" + (first ? "; further such faults are logged at DEBUG" : ""),
                error);
    }

    private boolean showsMessage(int code, @Nullable Throwable cause, @Nullable String message) {
        return message != null && cause == null && code >= 400 && code < 500
                && options.sendErrorMessages() == ProblemOptions.SendErrorMessages.CLIENT_ERRORS
                && !message.isBlank()
                && HttpStatusRegistry.byPhrase(message).map(s -> s.code() != code).orElse(true);
    }

    private static void log(Problem problem, @Nullable Throwable cause, ProblemRequest request) {
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
                    + " for " + ExceptionMessages.describe(cause), cause);
        }
    }

    private void reportOutOfRange(int code, ProblemRequest request) {
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

    /**
     * Builds a {@link ProblemResponder}. Every part has a default: the standard catalog (or one built from the
     * options' locales and bundle), default options, {@link LocaleResolver#acceptLanguage()},
     * {@link ProblemCustomizer#none()}, {@link ProblemListener#none()}. Not thread-safe.
     */
    @API(status = STABLE, since = "0.1")
    public static final class Builder {
        private ProblemOptions options = ProblemOptions.defaults();
        private @Nullable StatusCatalog catalog;
        private LocaleResolver localeResolver = LocaleResolver.acceptLanguage();
        private ProblemCustomizer customizer = ProblemCustomizer.none();
        private ProblemListener listener = ProblemListener.none();
        private @Nullable MessageFormatter messageFormatter;

        private Builder() {
        }

        /**
         * What formats the details of {@link ProblemType}s; {@link MessageFormatter#discover()} by default
         * (ICU4J's MessageFormat with {@code statuskit-icu} on the class path, else the JDK's).
         */
        public Builder messageFormatter(MessageFormatter messageFormatter) {
            this.messageFormatter = Objects.requireNonNull(messageFormatter, "messageFormatter");
            return this;
        }

        /** What is told of every answer, such as a metrics recorder; several chain with {@link ProblemListener#andThen}. */
        public Builder listener(ProblemListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** The options. */
        public Builder options(ProblemOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * The catalog the texts come from, used as it is. When one is given, the options' locales, default
         * locale and bundle must be unset: the catalog decides them.
         */
        public Builder catalog(StatusCatalog catalog) {
            this.catalog = Objects.requireNonNull(catalog, "catalog");
            return this;
        }

        /** What chooses the language of an answer; {@code Accept-Language} by default. */
        public Builder localeResolver(LocaleResolver localeResolver) {
            this.localeResolver = Objects.requireNonNull(localeResolver, "localeResolver");
            return this;
        }

        /** What enriches every problem before it is rendered; several chain with {@link ProblemCustomizer#andThen}. */
        public Builder customizer(ProblemCustomizer customizer) {
            this.customizer = Objects.requireNonNull(customizer, "customizer");
            return this;
        }

        /**
         * Builds the responder, and the catalog if none was given.
         *
         * @throws IllegalArgumentException if both a catalog and catalog options (locales, default locale,
         *     bundle) were given
         */
        public ProblemResponder build() {
            boolean catalogOptions = !options.locales().isEmpty() || options.defaultLocale().isPresent()
                    || options.bundle().isPresent();
            if (catalog != null) {
                if (catalogOptions) {
                    throw new IllegalArgumentException("A responder over a given StatusCatalog takes its locales and"
                            + " bundles from that catalog; unset " + ProblemConfiguration.LOCALES + ", "
                            + ProblemConfiguration.DEFAULT_LOCALE + " and " + ProblemConfiguration.BUNDLE
                            + " in the options, or build the catalog with them");
                }
                return new ProblemResponder(this, catalog);
            }
            if (!catalogOptions) {
                return new ProblemResponder(this, StatusCatalog.standard());
            }
            StatusCatalog.Builder built = StatusCatalog.builder();
            if (!options.locales().isEmpty()) {
                built.supportedLocales(options.locales());
            }
            options.defaultLocale().ifPresent(built::defaultLocale);
            options.bundle().ifPresent(built::addBundle);
            return new ProblemResponder(this, built.build());
        }
    }
}
