package dev.statuskit.http;

import static org.apiguardian.api.API.Status.STABLE;

import dev.statuskit.i18n.StatusCatalog;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How StatusKit answers HTTP errors, typed. Immutable and thread-safe.
 *
 * <p>Each option also has a string form, read by {@link ProblemConfiguration} from servlet init-params and
 * context-params or Jakarta REST properties. Which language an answer is in is decided by a
 * {@link dev.statuskit.i18n.LocaleResolver}, and what it carries beyond the standard members by a
 * {@link ProblemCustomizer}; both are given to the {@link ProblemResponder} with these options.
 */
@API(status = STABLE, since = "0.1")
public final class ProblemOptions {
    private static final ProblemOptions DEFAULTS = new Builder().build();

    /** When the message of {@code sendError(code, message)} reaches the client. */
    @API(status = STABLE, since = "0.1")
    public enum SendErrorMessages {
        /**
         * As the {@code detail} of 4xx answers, in place of the catalog's localized detail; never for 5xx. Only
         * for applications whose every {@code sendError} message is meant for clients: servlets of the container
         * put request data in theirs (Tomcat's default servlet names the requested path in its 404 message), and
         * a message is shown in the language it was written in, whatever the title's (a plain
         * {@code HttpServlet}'s 405 says "HTTP method DELETE is not supported by this URL"). An application's own
         * 4xx reads in every language as a {@link ProblemType}.
         */
        CLIENT_ERRORS("4xx"),
        /** Never: the detail is the catalog's, in the negotiated language. The default. */
        NEVER("never");

        private final String value;

        SendErrorMessages(String value) {
            this.value = value;
        }

        /** The option value, {@code 4xx} or {@code never}. */
        public String value() {
            return value;
        }
    }

    private final List<Locale> locales;
    private final @Nullable Locale defaultLocale;
    private final boolean instance;
    private final @Nullable URI typeBase;
    private final ExceptionStatusPolicy exceptionStatus;
    private final @Nullable String bundle;
    private final SendErrorMessages sendErrorMessages;
    private final boolean rejectedValues;

    private ProblemOptions(Builder builder) {
        this.locales = List.copyOf(builder.locales);
        this.defaultLocale = builder.defaultLocale;
        this.instance = builder.instance;
        this.typeBase = builder.typeBase;
        this.exceptionStatus = builder.exceptionStatus;
        this.bundle = builder.bundle;
        this.sendErrorMessages = builder.sendErrorMessages;
        this.rejectedValues = builder.rejectedValues;
    }

    /** Every option at its default. */
    public static ProblemOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The supported locales; empty for every shipped one. Used when the responder builds its own catalog. */
    public List<Locale> locales() {
        return locales;
    }

    /** The default locale, if set. Used when the responder builds its own catalog. */
    public Optional<Locale> defaultLocale() {
        return Optional.ofNullable(defaultLocale);
    }

    /** Whether {@code instance} is set to the request path. */
    public boolean instance() {
        return instance;
    }

    /** The base URI of relative problem types, ending in {@code /}, if set. */
    public Optional<URI> typeBase() {
        return Optional.ofNullable(typeBase);
    }

    /** Which status an exception answers with. */
    public ExceptionStatusPolicy exceptionStatus() {
        return exceptionStatus;
    }

    /** The base name of the application message bundle, if set. Used when the responder builds its own catalog. */
    public Optional<String> bundle() {
        return Optional.ofNullable(bundle);
    }

    /** When a {@code sendError} message is shown. */
    public SendErrorMessages sendErrorMessages() {
        return sendErrorMessages;
    }

    /**
     * Whether the messages of validation errors may show the rejected value (a constraint message with
     * {@code ${validatedValue}}); false by default, so that nothing a client sent is echoed.
     */
    public boolean rejectedValues() {
        return rejectedValues;
    }

    @Override
    public String toString() {
        return ProblemConfiguration.LOCALES + "=" + locales.stream().map(Locale::toLanguageTag).collect(Collectors.joining(","))
                + ", " + ProblemConfiguration.DEFAULT_LOCALE + "=" + (defaultLocale != null ? defaultLocale.toLanguageTag() : "")
                + ", " + ProblemConfiguration.INSTANCE + "=" + instance
                + ", " + ProblemConfiguration.TYPE_BASE + "=" + (typeBase != null ? typeBase : "")
                + ", " + ProblemConfiguration.EXCEPTION_STATUS + "=" + exceptionStatus
                + ", " + ProblemConfiguration.BUNDLE + "=" + (bundle != null ? bundle : "")
                + ", " + ProblemConfiguration.SEND_ERROR_MESSAGES + "=" + sendErrorMessages.value()
                + ", " + ProblemConfiguration.REJECTED_VALUES + "=" + rejectedValues;
    }

    static IllegalArgumentException bad(String option, String problem) {
        return new IllegalArgumentException("Option " + option + ": " + problem);
    }

    static String quote(String value) {
        return "\"" + value + "\"";
    }

    /** Builds {@link ProblemOptions}; every method checks its value at once. Not thread-safe. */
    @API(status = STABLE, since = "0.1")
    public static final class Builder {
        private List<Locale> locales = List.of();
        private @Nullable Locale defaultLocale;
        private boolean instance;
        private @Nullable URI typeBase;
        private ExceptionStatusPolicy exceptionStatus = ExceptionStatusPolicy.none();
        private @Nullable String bundle;
        private SendErrorMessages sendErrorMessages = SendErrorMessages.NEVER;
        private boolean rejectedValues;

        private Builder() {
        }

        /** Whether the messages of validation errors may show the rejected value; false by default. */
        public Builder rejectedValues(boolean rejectedValues) {
            this.rejectedValues = rejectedValues;
            return this;
        }

        /**
         * The supported locales, in tie-breaking order; not empty, no root locale.
         *
         * @throws IllegalArgumentException if the list is empty or a locale names no language
         */
        public Builder locales(List<Locale> locales) {
            if (locales.isEmpty()) {
                throw bad(ProblemConfiguration.LOCALES, "names no locale; name at least one, such as en");
            }
            for (Locale locale : locales) {
                if (Objects.requireNonNull(locale, "locale").getLanguage().isEmpty()) {
                    throw bad(ProblemConfiguration.LOCALES, quote(locale.toLanguageTag()) + " names no language");
                }
            }
            this.locales = List.copyOf(locales);
            return this;
        }

        /**
         * The default locale; it must be one of the supported locales.
         *
         * @throws IllegalArgumentException if it names no language
         */
        public Builder defaultLocale(Locale locale) {
            if (Objects.requireNonNull(locale, "locale").getLanguage().isEmpty()) {
                throw bad(ProblemConfiguration.DEFAULT_LOCALE, quote(locale.toLanguageTag()) + " names no language");
            }
            this.defaultLocale = locale;
            return this;
        }

        /** Whether {@code instance} is set to the request path. */
        public Builder instance(boolean instance) {
            this.instance = instance;
            return this;
        }

        /**
         * The base URI of relative problem types; absolute, without query or fragment. A missing final
         * {@code /} is added to its path.
         *
         * @throws IllegalArgumentException if it is not absolute and hierarchical, or has a query or fragment
         */
        public Builder typeBase(URI typeBase) {
            if (!Objects.requireNonNull(typeBase, "typeBase").isAbsolute() || typeBase.isOpaque()) {
                throw bad(ProblemConfiguration.TYPE_BASE, quote(typeBase.toString())
                        + " must be an absolute URI, such as https://example.com/problems/");
            }
            if (typeBase.getRawQuery() != null || typeBase.getRawFragment() != null) {
                // Resolution drops them, and the final / would have been added to them, not to the path.
                throw bad(ProblemConfiguration.TYPE_BASE, quote(typeBase.toString()) + " must have no query or"
                        + " fragment: relative types are resolved against its path, such as https://example.com/problems/");
            }
            String base = typeBase.toString();
            this.typeBase = base.endsWith("/") ? typeBase : URI.create(base + "/");
            return this;
        }

        /** Which status an exception answers with. */
        public Builder exceptionStatus(ExceptionStatusPolicy policy) {
            this.exceptionStatus = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * The base name of an application message bundle, with dots or slashes.
         *
         * @throws IllegalArgumentException if it is blank
         */
        public Builder bundle(String baseName) {
            if (Objects.requireNonNull(baseName, "baseName").isBlank()) {
                throw bad(ProblemConfiguration.BUNDLE, "must name a bundle, such as com.acme.errors");
            }
            this.bundle = baseName.strip();
            return this;
        }

        /** When a {@code sendError} message is shown. */
        public Builder sendErrorMessages(SendErrorMessages policy) {
            this.sendErrorMessages = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Builds the options.
         *
         * @throws IllegalArgumentException if the default locale is not one of the supported locales
         */
        public ProblemOptions build() {
            List<Locale> supported = locales.isEmpty() ? StatusCatalog.SHIPPED_LOCALES : locales;
            if (defaultLocale != null && !supported.contains(defaultLocale)) {
                throw bad(ProblemConfiguration.DEFAULT_LOCALE, defaultLocale.toLanguageTag()
                        + " is not one of the supported locales (" + supported.stream().map(Locale::toLanguageTag)
                        .collect(Collectors.joining(", ")) + ")");
            }
            return new ProblemOptions(this);
        }
    }
}
