package dev.statuskit.websocket;

import dev.statuskit.websocket.internal.Listeners;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a decorated endpoint or listener validates the closes it sends and classifies the ones it receives:
 * strict or lenient validation, the classifier, a fixed locale or negotiation, and the listeners to tell.
 *
 * <p>The defaults: {@link CloseValidation#STRICT}, {@link CloseClassifier#standard()}, the locale negotiated from
 * the handshake's {@code Accept-Language} (server side) or the catalog's default locale (client side), no
 * listener. Instances are immutable and thread-safe; share one between endpoints.
 */
public final class StatusKitWebSocketOptions {
    private final CloseValidation validation;
    private final CloseClassifier classifier;
    private final Locale locale;
    private final CloseListener listener;

    private StatusKitWebSocketOptions(Builder builder) {
        this.validation = builder.validation;
        this.classifier = builder.classifier;
        this.locale = builder.locale;
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

    /** The locale for a connection: the fixed one if set, else the best match for the {@code Accept-Language} value (null when unknown). */
    public Locale localeFor(String acceptLanguage) {
        return locale != null ? locale : classifier.negotiate(acceptLanguage);
    }

    /** All added listeners as one; each is shielded from the others' exceptions. */
    public CloseListener listener() {
        return listener;
    }

    /** Builds {@link StatusKitWebSocketOptions}. Not thread-safe. */
    public static final class Builder {
        private CloseValidation validation = CloseValidation.STRICT;
        private CloseClassifier classifier = CloseClassifier.standard();
        private Locale locale;
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

        /** A fixed locale for classified closes, instead of negotiating one per connection. */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
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
