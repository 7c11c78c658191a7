package dev.statuskit.http;

import dev.statuskit.i18n.StatusCatalog;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How StatusKit answers errors. Immutable and thread-safe.
 *
 * <p>The same names work everywhere: as {@link Builder#set(String, String) strings in code}, as servlet
 * filter init-params or context-params, and as Jakarta REST configuration properties.
 * <table>
 *   <caption>Options</caption>
 *   <tr><th>Name</th><th>Value</th><th>Default</th></tr>
 *   <tr><td>{@value #LOCALES}</td><td>comma-separated language tags, such as {@code en,de,zh-CN}</td>
 *       <td>the twenty shipped locales</td></tr>
 *   <tr><td>{@value #DEFAULT_LOCALE}</td><td>a language tag, one of the locales</td><td>en, or the first of
 *       {@value #LOCALES}</td></tr>
 *   <tr><td>{@value #INSTANCE}</td><td>{@code true} or {@code false}: set {@code instance} to the request
 *       path</td><td>false</td></tr>
 *   <tr><td>{@value #TYPE_BASE}</td><td>an absolute URI against which relative problem types are resolved;
 *       a missing final {@code /} is added</td><td>none</td></tr>
 *   <tr><td>{@value #EXCEPTION_STATUS}</td><td>{@code class=status} pairs, such as
 *       {@code com.acme.NoSuchThing=404,java.lang.IllegalArgumentException=400}; subclasses match, the nearest
 *       superclass wins; statuses 400-599</td><td>none: 500</td></tr>
 *   <tr><td>{@value #BUNDLE}</td><td>the base name of an application message bundle, such as
 *       {@code com.acme.errors}: UTF-8 {@code .properties} files that override StatusKit's texts key by key
 *       ({@code http.404.title}, ...) and may give the HTML page's label of the error id,
 *       {@code page.error-id}</td><td>none</td></tr>
 *   <tr><td>{@value #SEND_ERROR_MESSAGES}</td><td>{@code 4xx}: the message of {@code sendError(code, message)}
 *       becomes the {@code detail} of a 4xx answer; {@code never}</td><td>4xx</td></tr>
 * </table>
 * A bad value fails at once with an {@link IllegalArgumentException} whose message names the option and
 * the value.
 */
public final class StatusKitOptions {
    /** Supported locales. */
    public static final String LOCALES = "statuskit.locales";
    /** The locale used when negotiation finds none. */
    public static final String DEFAULT_LOCALE = "statuskit.default-locale";
    /** Whether {@code instance} is set to the request path. */
    public static final String INSTANCE = "statuskit.instance";
    /** The base URI of application problem types. */
    public static final String TYPE_BASE = "statuskit.type-base";
    /** Statuses for exception classes. */
    public static final String EXCEPTION_STATUS = "statuskit.exception-status";
    /** The application message bundle. */
    public static final String BUNDLE = "statuskit.bundle";
    /** When a {@code sendError} message is shown. */
    public static final String SEND_ERROR_MESSAGES = "statuskit.send-error-messages";
    /** Every option name. */
    public static final List<String> NAMES =
            List.of(LOCALES, DEFAULT_LOCALE, INSTANCE, TYPE_BASE, EXCEPTION_STATUS, BUNDLE, SEND_ERROR_MESSAGES);

    private static final StatusKitOptions DEFAULTS = new Builder().build();

    /** When the message of {@code sendError(code, message)} reaches the client. */
    public enum SendErrorMessages {
        /** As the {@code detail} of 4xx answers; never for 5xx. */
        CLIENT_ERRORS("4xx"),
        /** Never. */
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
    private final Locale defaultLocale;
    private final boolean instance;
    private final URI typeBase;
    private final Map<Class<? extends Throwable>, Integer> exceptionStatus;
    private final String bundle;
    private final SendErrorMessages sendErrorMessages;

    private StatusKitOptions(Builder builder) {
        this.locales = List.copyOf(builder.locales);
        this.defaultLocale = builder.defaultLocale;
        this.instance = builder.instance;
        this.typeBase = builder.typeBase;
        this.exceptionStatus = Collections.unmodifiableMap(new LinkedHashMap<>(builder.exceptionStatus));
        this.bundle = builder.bundle;
        this.sendErrorMessages = builder.sendErrorMessages;
    }

    /** Every option at its default. */
    public static StatusKitOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Options read by name from a configuration source, such as {@code FilterConfig::getInitParameter} or
     * {@code Configuration::getProperty}; a null value leaves the default. Classes named in
     * {@value #EXCEPTION_STATUS} are loaded through the thread's context class loader.
     *
     * @throws IllegalArgumentException if a value is bad
     */
    public static StatusKitOptions fromConfig(Function<? super String, ?> config) {
        Builder builder = new Builder();
        for (String name : NAMES) {
            Object value = config.apply(name);
            if (value != null) {
                builder.set(name, value.toString());
            }
        }
        return builder.build();
    }

    /**
     * Reads a boolean option: {@code true} or {@code false} in any case, or a {@link Boolean}.
     *
     * @param absent the value when {@code value} is null
     * @throws IllegalArgumentException for anything else
     */
    public static boolean flag(String name, Object value, boolean absent) {
        if (value == null) {
            return absent;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        String s = value.toString().strip();
        if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(s);
        }
        throw bad(name, quote(value.toString()) + " must be true or false");
    }

    /** The supported locales; empty for the twenty shipped ones. */
    public List<Locale> locales() {
        return locales;
    }

    /** The default locale, if set. */
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

    /** The configured statuses by exception class, in the order given; unmodifiable. */
    public Map<Class<? extends Throwable>, Integer> exceptionStatus() {
        return exceptionStatus;
    }

    /**
     * The status configured for an exception: that of its nearest configured class or superclass, else the
     * fallback. Walks the class hierarchy only, with one map lookup per level.
     */
    public int statusFor(Throwable error, int fallback) {
        if (error == null || exceptionStatus.isEmpty()) {
            return fallback;
        }
        for (Class<?> type = error.getClass(); type != null; type = type.getSuperclass()) {
            Integer status = exceptionStatus.get(type);
            if (status != null) {
                return status;
            }
        }
        return fallback;
    }

    /** The base name of the application message bundle, if set. */
    public Optional<String> bundle() {
        return Optional.ofNullable(bundle);
    }

    /** When a {@code sendError} message is shown. */
    public SendErrorMessages sendErrorMessages() {
        return sendErrorMessages;
    }

    @Override
    public String toString() {
        return LOCALES + "=" + locales.stream().map(Locale::toLanguageTag).collect(Collectors.joining(","))
                + ", " + DEFAULT_LOCALE + "=" + (defaultLocale != null ? defaultLocale.toLanguageTag() : "")
                + ", " + INSTANCE + "=" + instance
                + ", " + TYPE_BASE + "=" + (typeBase != null ? typeBase : "")
                + ", " + EXCEPTION_STATUS + "=" + exceptionStatus.entrySet().stream()
                        .map(e -> e.getKey().getName() + "=" + e.getValue()).collect(Collectors.joining(","))
                + ", " + BUNDLE + "=" + (bundle != null ? bundle : "")
                + ", " + SEND_ERROR_MESSAGES + "=" + sendErrorMessages.value();
    }

    private static IllegalArgumentException bad(String option, String problem) {
        return new IllegalArgumentException("Option " + option + ": " + problem);
    }

    private static String quote(String value) {
        return "\"" + value + "\"";
    }

    private static String tags(List<Locale> locales) {
        return locales.stream().map(Locale::toLanguageTag).collect(Collectors.joining(", "));
    }

    /** Builds {@link StatusKitOptions}; every method checks its value at once. Not thread-safe. */
    public static final class Builder {
        private List<Locale> locales = List.of();
        private Locale defaultLocale;
        private boolean instance;
        private URI typeBase;
        private final Map<Class<? extends Throwable>, Integer> exceptionStatus = new LinkedHashMap<>();
        private String bundle;
        private SendErrorMessages sendErrorMessages = SendErrorMessages.CLIENT_ERRORS;

        private Builder() {
        }

        /**
         * Sets an option from its string form, as a configuration file would.
         *
         * @throws IllegalArgumentException if the name is unknown or the value bad
         */
        public Builder set(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            String v = value.strip();
            switch (name) {
                case LOCALES -> {
                    List<Locale> parsed = new ArrayList<>();
                    for (String tag : v.split(",", -1)) {
                        if (!tag.isBlank()) {
                            parsed.add(locale(LOCALES, tag.strip()));
                        }
                    }
                    locales(parsed);
                }
                case DEFAULT_LOCALE -> defaultLocale(locale(DEFAULT_LOCALE, v));
                case INSTANCE -> instance(flag(INSTANCE, v, false));
                case TYPE_BASE -> {
                    try {
                        typeBase(new URI(v));
                    } catch (URISyntaxException e) {
                        throw bad(TYPE_BASE, quote(v) + " is not a URI: " + e.getReason());
                    }
                }
                case EXCEPTION_STATUS -> {
                    for (String entry : v.split(",", -1)) {
                        if (!entry.isBlank()) {
                            exceptionStatus(entry.strip());
                        }
                    }
                }
                case BUNDLE -> bundle(v);
                case SEND_ERROR_MESSAGES -> {
                    if (v.equalsIgnoreCase(SendErrorMessages.CLIENT_ERRORS.value)) {
                        sendErrorMessages(SendErrorMessages.CLIENT_ERRORS);
                    } else if (v.equalsIgnoreCase(SendErrorMessages.NEVER.value)) {
                        sendErrorMessages(SendErrorMessages.NEVER);
                    } else {
                        throw bad(SEND_ERROR_MESSAGES, quote(v) + " must be 4xx or never");
                    }
                }
                default -> throw new IllegalArgumentException("Unknown option " + name + "; the options are "
                        + String.join(", ", NAMES));
            }
            return this;
        }

        /** The supported locales, in tie-breaking order; not empty, no root locale. */
        public Builder locales(List<Locale> locales) {
            if (locales.isEmpty()) {
                throw bad(LOCALES, "names no locale; name at least one, such as en");
            }
            for (Locale locale : locales) {
                if (Objects.requireNonNull(locale, "locale").getLanguage().isEmpty()) {
                    throw bad(LOCALES, quote(locale.toLanguageTag()) + " names no language");
                }
            }
            this.locales = List.copyOf(locales);
            return this;
        }

        /** The default locale; it must be one of the supported locales. */
        public Builder defaultLocale(Locale locale) {
            if (Objects.requireNonNull(locale, "locale").getLanguage().isEmpty()) {
                throw bad(DEFAULT_LOCALE, quote(locale.toLanguageTag()) + " names no language");
            }
            this.defaultLocale = locale;
            return this;
        }

        /** Whether {@code instance} is set to the request path. */
        public Builder instance(boolean instance) {
            this.instance = instance;
            return this;
        }

        /** The base URI of relative problem types; absolute. A missing final {@code /} is added. */
        public Builder typeBase(URI typeBase) {
            if (!Objects.requireNonNull(typeBase, "typeBase").isAbsolute() || typeBase.isOpaque()) {
                throw bad(TYPE_BASE, quote(typeBase.toString())
                        + " must be an absolute URI, such as https://example.com/problems/");
            }
            String base = typeBase.toString();
            this.typeBase = base.endsWith("/") ? typeBase : URI.create(base + "/");
            return this;
        }

        /**
         * The status for an exception class and its subclasses.
         *
         * @param status 400-599
         */
        public Builder exceptionStatus(Class<? extends Throwable> type, int status) {
            Objects.requireNonNull(type, "type");
            if (status < 400 || status > 599) {
                throw bad(EXCEPTION_STATUS, "status " + status + " for " + type.getName() + " must be in 400-599");
            }
            exceptionStatus.put(type, status);
            return this;
        }

        /** The base name of an application message bundle, with dots or slashes. */
        public Builder bundle(String baseName) {
            if (Objects.requireNonNull(baseName, "baseName").isBlank()) {
                throw bad(BUNDLE, "must name a bundle, such as com.acme.errors");
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
        public StatusKitOptions build() {
            List<Locale> supported = locales.isEmpty() ? StatusCatalog.SHIPPED_LOCALES : locales;
            if (defaultLocale != null && !supported.contains(defaultLocale)) {
                throw bad(DEFAULT_LOCALE, defaultLocale.toLanguageTag() + " is not one of the supported locales ("
                        + tags(supported) + ")");
            }
            return new StatusKitOptions(this);
        }

        private void exceptionStatus(String entry) {
            int eq = entry.lastIndexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw bad(EXCEPTION_STATUS, quote(entry)
                        + " must be <exception class>=<status>, such as com.acme.NoSuchThing=404");
            }
            String className = entry.substring(0, eq).strip();
            String code = entry.substring(eq + 1).strip();
            int status;
            try {
                status = Integer.parseInt(code);
            } catch (NumberFormatException e) {
                throw bad(EXCEPTION_STATUS, "status " + quote(code) + " for " + className + " must be a number in 400-599");
            }
            exceptionStatus(loadThrowable(className), status);
        }

        private static Class<? extends Throwable> loadThrowable(String className) {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            Class<?> type;
            try {
                type = Class.forName(className, false, loader != null ? loader : StatusKitOptions.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                throw bad(EXCEPTION_STATUS, "class " + className + " cannot be loaded");
            }
            if (!Throwable.class.isAssignableFrom(type)) {
                throw bad(EXCEPTION_STATUS, className + " is not a Throwable");
            }
            return type.asSubclass(Throwable.class);
        }

        private static Locale locale(String option, String tag) {
            Locale locale;
            try {
                locale = new Locale.Builder().setLanguageTag(tag).build();
            } catch (IllformedLocaleException e) {
                throw bad(option, quote(tag) + " is not a well-formed language tag (BCP 47), such as en or zh-CN");
            }
            if (locale.getLanguage().isEmpty()) {
                throw bad(option, quote(tag) + " names no language");
            }
            return locale;
        }
    }
}
