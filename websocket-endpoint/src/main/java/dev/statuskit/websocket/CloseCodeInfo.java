package dev.statuskit.websocket;

import dev.statuskit.i18n.CloseCodeCategory;
import dev.statuskit.i18n.CloseCodeRegistry;
import java.util.Locale;
import java.util.Objects;

/**
 * A close code as an application sees it: its category, its localized name and description, whether it may be
 * sent, what a client should do about reconnecting and which side typically causes it.
 *
 * <p>Instances are immutable; get them from {@link CloseClassifier#classify(int, Locale)}, which returns one
 * shared instance per code and locale for every code it knows.
 */
public final class CloseCodeInfo {
    private final int code;
    private final CloseCodeCategory category;
    private final String name;
    private final String description;
    private final Locale locale;
    private final ReconnectHint reconnectHint;
    private final CloseOrigin origin;

    CloseCodeInfo(int code, String name, String description, Locale locale, ReconnectHint reconnectHint,
            CloseOrigin origin) {
        this.code = code;
        this.category = CloseCodeRegistry.categoryOf(code);
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.reconnectHint = Objects.requireNonNull(reconnectHint, "reconnectHint");
        this.origin = Objects.requireNonNull(origin, "origin");
    }

    /** The numeric code, as received; it may be outside 1000-4999. */
    public int code() {
        return code;
    }

    /** The category by the RFC 6455 ranges and the IANA registry. */
    public CloseCodeCategory category() {
        return category;
    }

    /** The localized name, such as "Going Away" or "Service Restart", or the category's name for a code without its own. */
    public String name() {
        return name;
    }

    /** The localized description: what happened and what the user can do. */
    public String description() {
        return description;
    }

    /** The locale the name and description are written in. */
    public Locale locale() {
        return locale;
    }

    /** Whether an endpoint may send the code ({@link CloseRules#mayBeSent(int)}). */
    public boolean mayBeSent() {
        return CloseRules.mayBeSent(code);
    }

    /** What a client should do about reconnecting. */
    public ReconnectHint reconnectHint() {
        return reconnectHint;
    }

    /**
     * Whether a client that reconnects should first wait a short random delay, so that the clients of a
     * restarting service spread their returns: true for 1012 Service Restart unless its hint is
     * {@link ReconnectHint#NEVER}.
     */
    public boolean randomizedDelay() {
        return code == CloseRules.SERVICE_RESTART && reconnectHint != ReconnectHint.NEVER;
    }

    /** Which side typically causes a close with this code. */
    public CloseOrigin origin() {
        return origin;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CloseCodeInfo other && other.code == code && other.name.equals(name)
                && other.description.equals(description) && other.locale.equals(locale)
                && other.reconnectHint == reconnectHint && other.origin == origin;
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, description, locale, reconnectHint, origin);
    }

    @Override
    public String toString() {
        return code + " " + name + " [" + category.id() + ", " + locale.toLanguageTag() + ", reconnect "
                + reconnectHint + (randomizedDelay() ? " after a random delay" : "") + ", origin " + origin + "]";
    }
}
