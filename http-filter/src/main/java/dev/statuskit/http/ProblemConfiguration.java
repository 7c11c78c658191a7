package dev.statuskit.http;

import static org.apiguardian.api.API.Status.STABLE;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@link ProblemOptions} from string configuration: servlet filter init-params, context-params, Jakarta
 * REST configuration properties, or any name-to-value source. The same names work everywhere.
 * <table>
 *   <caption>Options</caption>
 *   <tr><th>Name</th><th>Value</th><th>Default</th></tr>
 *   <tr><td>{@value #LOCALES}</td><td>comma-separated language tags, such as {@code en,de,zh-CN}</td>
 *       <td>every shipped locale</td></tr>
 *   <tr><td>{@value #DEFAULT_LOCALE}</td><td>a language tag, one of the locales</td><td>en, or the first of
 *       {@value #LOCALES}</td></tr>
 *   <tr><td>{@value #INSTANCE}</td><td>{@code true} or {@code false}: set {@code instance} to the request
 *       path</td><td>false</td></tr>
 *   <tr><td>{@value #TYPE_BASE}</td><td>an absolute URI, without query or fragment, against which relative
 *       problem types are resolved; a missing final {@code /} is added</td><td>none</td></tr>
 *   <tr><td>{@value #EXCEPTION_STATUS}</td><td>{@code class=status} pairs, such as
 *       {@code com.acme.NoSuchThing=404,java.lang.IllegalArgumentException=400}; subclasses match, the nearest
 *       superclass wins; statuses 400-599</td><td>none: 500</td></tr>
 *   <tr><td>{@value #BUNDLE}</td><td>the base name of an application message bundle, such as
 *       {@code com.acme.errors}: UTF-8 {@code .properties} files that override StatusKit's texts key by key
 *       ({@code http.404.title}, ...) and may give the HTML page's label of the error id,
 *       {@code page.error-id}</td><td>none</td></tr>
 *   <tr><td>{@value #SEND_ERROR_MESSAGES}</td><td>{@code 4xx}: the message of {@code sendError(code, message)}
 *       becomes the {@code detail} of a 4xx answer; {@code never}: the catalog's localized detail</td><td>never</td></tr>
 *   <tr><td>{@value #REJECTED_VALUES}</td><td>{@code true} or {@code false}: the messages of validation errors
 *       may show the rejected value</td><td>false</td></tr>
 * </table>
 * A bad value fails at once with an {@link IllegalArgumentException} whose message names the option and
 * the value.
 */
@API(status = STABLE, since = "0.1")
public final class ProblemConfiguration {
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
    /** Whether validation error messages may show the rejected value. */
    public static final String REJECTED_VALUES = "statuskit.rejected-values";
    /**
     * {@code false} turns StatusKit off in the application: the servlet filter reads it as a context-param, and shares
     * it with the Jakarta REST feature (see {@link ProblemResponder#CONTEXT_ATTRIBUTE}), which also reads it as a
     * configuration property. Not one of the {@link #NAMES}: it says whether there are options to read at all.
     */
    public static final String ENABLED = "statuskit.enabled";
    /** Every option name. */
    public static final List<String> NAMES = List.of(LOCALES, DEFAULT_LOCALE, INSTANCE, TYPE_BASE, EXCEPTION_STATUS,
            BUNDLE, SEND_ERROR_MESSAGES, REJECTED_VALUES);

    private ProblemConfiguration() {
    }

    /**
     * Options read by name from a configuration source, such as {@code FilterConfig::getInitParameter} or
     * {@code Configuration::getProperty}; a null value leaves the default. Classes named in
     * {@value #EXCEPTION_STATUS} are loaded through the thread's context class loader.
     *
     * @throws IllegalArgumentException if a value is bad
     */
    public static ProblemOptions read(Function<? super String, ? extends @Nullable Object> config) {
        ProblemOptions.Builder builder = ProblemOptions.builder();
        for (String name : NAMES) {
            Object value = config.apply(name);
            if (value != null) {
                set(builder, name, value.toString());
            }
        }
        return builder.build();
    }

    /**
     * Sets one option on a builder from its string form, as a configuration file would.
     *
     * @return the builder
     * @throws IllegalArgumentException if the name is unknown or the value bad
     */
    public static ProblemOptions.Builder set(ProblemOptions.Builder builder, String name, String value) {
        Objects.requireNonNull(builder, "builder");
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
                builder.locales(parsed);
            }
            case DEFAULT_LOCALE -> builder.defaultLocale(locale(DEFAULT_LOCALE, v));
            case INSTANCE -> builder.instance(flag(INSTANCE, v, false));
            case TYPE_BASE -> {
                try {
                    builder.typeBase(new URI(v));
                } catch (URISyntaxException e) {
                    throw ProblemOptions.bad(TYPE_BASE, ProblemOptions.quote(v) + " is not a URI: " + e.getReason());
                }
            }
            case EXCEPTION_STATUS -> builder.exceptionStatus(exceptionStatus(v));
            case BUNDLE -> builder.bundle(v);
            case SEND_ERROR_MESSAGES -> {
                if (v.equalsIgnoreCase(ProblemOptions.SendErrorMessages.CLIENT_ERRORS.value())) {
                    builder.sendErrorMessages(ProblemOptions.SendErrorMessages.CLIENT_ERRORS);
                } else if (v.equalsIgnoreCase(ProblemOptions.SendErrorMessages.NEVER.value())) {
                    builder.sendErrorMessages(ProblemOptions.SendErrorMessages.NEVER);
                } else {
                    throw ProblemOptions.bad(SEND_ERROR_MESSAGES, ProblemOptions.quote(v) + " must be 4xx or never");
                }
            }
            case REJECTED_VALUES -> builder.rejectedValues(flag(REJECTED_VALUES, v, false));
            default -> throw new IllegalArgumentException("Unknown option " + name + "; the options are "
                    + String.join(", ", NAMES));
        }
        return builder;
    }

    /**
     * Reads a boolean option: {@code true} or {@code false} in any case, or a {@link Boolean}.
     *
     * @param absent the value when {@code value} is null
     * @throws IllegalArgumentException for anything else
     */
    public static boolean flag(String name, @Nullable Object value, boolean absent) {
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
        throw ProblemOptions.bad(name, ProblemOptions.quote(value.toString()) + " must be true or false");
    }

    /**
     * Reads {@code class=status} pairs, such as {@code com.acme.NoSuchThing=404,java.lang.IllegalArgumentException=400}.
     *
     * @throws IllegalArgumentException if a pair is malformed, a class cannot be loaded or is no Throwable, or
     *     a status is outside 400-599
     */
    public static ExceptionStatusPolicy exceptionStatus(String value) {
        ExceptionStatusPolicy.Builder policy = ExceptionStatusPolicy.builder();
        for (String entry : value.split(",", -1)) {
            String pair = entry.strip();
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.lastIndexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw ProblemOptions.bad(EXCEPTION_STATUS, ProblemOptions.quote(pair)
                        + " must be <exception class>=<status>, such as com.acme.NoSuchThing=404");
            }
            String className = pair.substring(0, eq).strip();
            String code = pair.substring(eq + 1).strip();
            int status;
            try {
                status = Integer.parseInt(code);
            } catch (NumberFormatException e) {
                throw ProblemOptions.bad(EXCEPTION_STATUS, "status " + ProblemOptions.quote(code) + " for "
                        + className + " must be a number in 400-599");
            }
            policy.map(loadThrowable(className), status);
        }
        return policy.build();
    }

    private static Class<? extends Throwable> loadThrowable(String className) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Class<?> type;
        try {
            type = Class.forName(className, false, loader != null ? loader : ProblemConfiguration.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw ProblemOptions.bad(EXCEPTION_STATUS, "class " + className + " cannot be loaded");
        }
        if (!Throwable.class.isAssignableFrom(type)) {
            throw ProblemOptions.bad(EXCEPTION_STATUS, className + " is not a Throwable");
        }
        return type.asSubclass(Throwable.class);
    }

    private static Locale locale(String option, String tag) {
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            throw ProblemOptions.bad(option, ProblemOptions.quote(tag)
                    + " is not a well-formed language tag (BCP 47), such as en or zh-CN");
        }
        if (locale.getLanguage().isEmpty()) {
            throw ProblemOptions.bad(option, ProblemOptions.quote(tag) + " names no language");
        }
        return locale;
    }
}
