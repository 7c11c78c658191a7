package dev.statuskit.i18n;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Chooses the language of an answer from the request. Every StatusKit adapter asks one: the servlet filter,
 * the Jakarta REST feature, the container error handlers and the WebSocket decorator (on the handshake).
 *
 * <p>A resolver may have no opinion about a request, and return empty; {@link #locale} then negotiates
 * {@code Accept-Language}, the default. Resolvers chain with {@link #orElse}:
 *
 * <pre>{@code
 * LocaleResolver resolver = LocaleResolver.queryParameter("lang").orElse(LocaleResolver.cookie("lang"));
 * }</pre>
 *
 * <p>Every locale a resolver returns must be one of the catalog's {@linkplain StatusCatalog#supportedLocales()
 * supported locales}: the shipped resolvers pass what they read through the catalog's tolerant negotiator, so
 * a value like {@code de-AT} gives de, and a value no supported language matches gives empty. Implementations
 * must be thread-safe and must not throw; an adapter that catches an exception from one logs it and falls
 * back to {@code Accept-Language}.
 */
@API(status = STABLE, since = "0.1")
@FunctionalInterface
public interface LocaleResolver {
    /** The longest value the shipped query and cookie resolvers read; a longer one is ignored. */
    int MAX_VALUE_CHARS = 64;

    /**
     * The locale this resolver chooses for the request.
     *
     * @param request the request
     * @param catalog the catalog whose supported locales the answer must come from
     * @return a supported locale, or empty to leave the choice to {@code Accept-Language}
     */
    Optional<Locale> resolve(LocaleRequest request, StatusCatalog catalog);

    /**
     * The locale of the answer: this resolver's choice, else the negotiated {@code Accept-Language}, else the
     * catalog's default. Never empty, never throws for any request: a choice outside the catalog's supported
     * locales is passed over, and a resolver that throws or answers null instead of an {@code Optional} is
     * logged at WARNING and passed over.
     */
    default Locale locale(LocaleRequest request, StatusCatalog catalog) {
        Optional<Locale> chosen;
        try {
            chosen = resolve(request, catalog);
        } catch (RuntimeException e) {
            System.getLogger("dev.statuskit.i18n").log(System.Logger.Level.WARNING,
                    "LocaleResolver " + this + " threw; Accept-Language decides instead", e);
            chosen = Optional.empty();
        }
        if (chosen == null) {
            System.getLogger("dev.statuskit.i18n").log(System.Logger.Level.WARNING,
                    "LocaleResolver " + this + " answered null, not an Optional; Accept-Language decides instead");
            chosen = Optional.empty();
        }
        if (chosen.isPresent() && catalog.supportedLocales().contains(chosen.get())) {
            return chosen.get();
        }
        return catalog.negotiate(request.header("Accept-Language").orElse(null));
    }

    /** This resolver's choice, or when it has none, the other's. */
    default LocaleResolver orElse(LocaleResolver other) {
        Objects.requireNonNull(other, "other");
        LocaleResolver first = this;
        return new LocaleResolver() {
            @Override
            public Optional<Locale> resolve(LocaleRequest request, StatusCatalog catalog) {
                Optional<Locale> chosen = first.resolve(request, catalog);
                return chosen.isPresent() ? chosen : other.resolve(request, catalog);
            }

            @Override
            public String toString() {
                return first + ".orElse(" + other + ")";
            }
        };
    }

    /**
     * The default: the request's {@code Accept-Language}, negotiated against the catalog
     * ({@link StatusCatalog#negotiate(String)}). Always has an answer.
     */
    static LocaleResolver acceptLanguage() {
        return AcceptLanguageResolver.INSTANCE;
    }

    /**
     * A query parameter such as {@code ?lang=ja}, so that a plain link can choose the language. Its value is one
     * language tag, matched against the catalog ({@code de-AT} gives de); an absent, overlong or unsupported
     * value, {@code *}, or a list gives empty, and {@code Accept-Language} decides.
     *
     * @param name the parameter name
     */
    static LocaleResolver queryParameter(String name) {
        Objects.requireNonNull(name, "name");
        return new ValueResolver("queryParameter(" + name + ")", request -> request.queryParameter(name));
    }

    /**
     * A cookie such as {@code lang=ja}, for a choice the user made once. Its value is one language tag, read as
     * {@link #queryParameter} reads it.
     *
     * @param name the cookie name
     */
    static LocaleResolver cookie(String name) {
        Objects.requireNonNull(name, "name");
        return new ValueResolver("cookie(" + name + ")", request -> request.cookie(name));
    }
}

/** {@link LocaleResolver#acceptLanguage()}. */
final class AcceptLanguageResolver implements LocaleResolver {
    static final AcceptLanguageResolver INSTANCE = new AcceptLanguageResolver();

    private AcceptLanguageResolver() {
    }

    @Override
    public Optional<Locale> resolve(LocaleRequest request, StatusCatalog catalog) {
        return Optional.of(catalog.negotiate(request.header("Accept-Language").orElse(null)));
    }

    @Override
    public String toString() {
        return "acceptLanguage()";
    }
}

/** A resolver that reads one value from the request and matches it against the catalog. */
final class ValueResolver implements LocaleResolver {
    private final String description;
    private final java.util.function.Function<LocaleRequest, Optional<String>> read;

    ValueResolver(String description, java.util.function.Function<LocaleRequest, Optional<String>> read) {
        this.description = description;
        this.read = read;
    }

    @Override
    public Optional<Locale> resolve(LocaleRequest request, StatusCatalog catalog) {
        return read.apply(request)
                .map(String::strip)
                .filter(ValueResolver::isOneLanguageTag)
                .flatMap(value -> catalog.negotiator().match(value));
    }

    /**
     * A single language tag, such as {@code ja} or {@code de-AT}: letters, digits and hyphens, at most
     * {@value LocaleResolver#MAX_VALUE_CHARS} characters. Not {@code *}, which would force the default
     * locale, and not a list with weights, which is {@code Accept-Language}'s job.
     */
    static boolean isOneLanguageTag(String value) {
        if (value.isEmpty() || value.length() > MAX_VALUE_CHARS) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return description;
    }
}
