package dev.statuskit.websocket;

import static org.apiguardian.api.API.Status.STABLE;

import dev.statuskit.i18n.LocaleRequest;
import dev.statuskit.i18n.LocaleResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How a decorated endpoint or listener validates the closes it sends and classifies the ones it receives:
 * strict or lenient validation, the classifier, a fixed locale or a {@link LocaleResolver} asked at the
 * handshake, and the listeners to tell.
 *
 * <p>The defaults: {@link CloseValidation#STRICT}, {@link CloseClassifier#standard()},
 * {@link LocaleResolver#acceptLanguage()} on the handshake (server side) or the catalog's default locale (client
 * side), no listener. Instances are immutable and thread-safe; share one between endpoints.
 */
@API(status = STABLE, since = "0.1")
public final class StatusKitWebSocketOptions {
    private static final LocaleRequest NO_REQUEST = LocaleRequest.of(Map.of(), null);

    private final CloseValidation validation;
    private final CloseClassifier classifier;
    private final @Nullable Locale locale;
    private final LocaleResolver localeResolver;
    private final CloseListener listener;

    private StatusKitWebSocketOptions(Builder builder) {
        this.validation = builder.validation;
        this.classifier = builder.classifier;
        this.locale = builder.locale;
        this.localeResolver = builder.localeResolver;
        this.listener = Listeners.compose(builder.listeners);
    }

    /** The default options. */
    public static StatusKitWebSocketOptions defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Strict or lenient handling of codes that must not be sent. */
    public CloseValidation validation() {
        return validation;
    }

    /** The classifier for received closes. */
    public CloseClassifier classifier() {
        return classifier;
    }

    /** The fixed locale of classified closes, if one was set. */
    public Optional<Locale> locale() {
        return Optional.ofNullable(locale);
    }

    /** The resolver that chooses a connection's locale from its handshake, unless a fixed locale is set. */
    public LocaleResolver localeResolver() {
        return localeResolver;
    }

    /**
     * The locale for a connection: the fixed one if set, else the {@linkplain #localeResolver() resolver}'s choice
     * for the handshake request against the classifier's catalog. Never throws: a resolver that throws is logged
     * and {@code Accept-Language} decides.
     */
    public Locale localeFor(LocaleRequest handshake) {
        Objects.requireNonNull(handshake, "handshake");
        return locale != null ? locale : localeResolver.locale(handshake, classifier.catalog());
    }

    /**
     * The request of a connection whose handshake is unknown (a client, or a server endpoint deployed without
     * {@link StatusKitConfigurator}): no header, no query, so the default resolver gives the catalog's default.
     */
    static LocaleRequest noHandshake() {
        return NO_REQUEST;
    }

    /** All added listeners as one; each is shielded from the others' exceptions. */
    public CloseListener listener() {
        return listener;
    }

    /** Builds {@link StatusKitWebSocketOptions}. Not thread-safe. */
    @API(status = STABLE, since = "0.1")
    public static final class Builder {
        private CloseValidation validation = CloseValidation.STRICT;
        private CloseClassifier classifier = CloseClassifier.standard();
        private @Nullable Locale locale;
        private LocaleResolver localeResolver = LocaleResolver.acceptLanguage();
        private final List<CloseListener> listeners = new ArrayList<>();

        private Builder() {
        }

        /** Strict (the default) or lenient handling of codes that must not be sent. */
        public Builder validation(CloseValidation validation) {
            this.validation = Objects.requireNonNull(validation, "validation");
            return this;
        }

        /** The classifier; {@link CloseClassifier#standard()} by default. */
        public Builder classifier(CloseClassifier classifier) {
            this.classifier = Objects.requireNonNull(classifier, "classifier");
            return this;
        }

        /** A fixed locale for classified closes, instead of resolving one per connection; it wins over the resolver. */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * How a server connection's locale is chosen from its handshake (its headers and query string);
         * {@link LocaleResolver#acceptLanguage()} by default. For example
         * {@code LocaleResolver.queryParameter("lang")} lets {@code ws://host/chat?lang=ja} choose Japanese, and
         * falls back to {@code Accept-Language} when the parameter is absent or names no supported language.
         */
        public Builder localeResolver(LocaleResolver localeResolver) {
            this.localeResolver = Objects.requireNonNull(localeResolver, "localeResolver");
            return this;
        }

        /** Adds a listener; listeners are called in the order added. */
        public Builder addListener(CloseListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** Builds the options. */
        public StatusKitWebSocketOptions build() {
            return new StatusKitWebSocketOptions(this);
        }
    }
}
