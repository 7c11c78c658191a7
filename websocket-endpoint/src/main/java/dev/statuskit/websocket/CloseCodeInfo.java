package dev.statuskit.websocket;

import static org.apiguardian.api.API.Status.STABLE;

import dev.statuskit.i18n.CloseCode;
import dev.statuskit.i18n.CloseCodeCategory;
import dev.statuskit.i18n.CloseCodeRegistry;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A close code as an application sees it: its registry entry ({@link #closeCode()}: category, whether it may be
 * sent), its localized name and description, what a client should do about reconnecting and which side
 * typically causes it.
 *
 * <p>Instances are immutable; get them from {@link CloseClassifier#classify(int, Locale)}, which returns one
 * shared instance per code and locale for every code it knows.
 */
@API(status = STABLE, since = "0.1")
public final class CloseCodeInfo {
    private final int code;
    private final CloseCode closeCode;
    private final String name;
    private final String description;
    private final Locale locale;
    private final ReconnectHint reconnectHint;
    private final CloseOrigin origin;

    CloseCodeInfo(int code, String name, String description, Locale locale, ReconnectHint reconnectHint,
            CloseOrigin origin) {
        this.code = code;
        this.closeCode = CloseCodeRegistry.lookup(code);
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

    /**
     * The code's entry in the registry ({@link CloseCodeRegistry#lookup(int)}): its IANA meaning, its category, and
     * whether it may be sent ({@link CloseCode#mayBeSent()}).
     */
    public CloseCode closeCode() {
        return closeCode;
    }

    /** The category by the RFC 6455 ranges and the IANA registry; the same as {@code closeCode().category()}. */
    public CloseCodeCategory category() {
        return closeCode.category();
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

    /** What a client should do about reconnecting. */
    public ReconnectHint reconnectHint() {
        return reconnectHint;
    }

    /** Which side typically causes a close with this code. */
    public CloseOrigin origin() {
        return origin;
    }

    @Override
    public boolean equals(@Nullable Object o) {
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
        return code + " " + name + " [" + closeCode.category().id() + ", " + locale.toLanguageTag() + ", reconnect "
                + reconnectHint + ", origin " + origin + "]";
    }
}
