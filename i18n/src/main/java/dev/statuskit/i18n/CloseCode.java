package dev.statuskit.i18n;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A WebSocket close code: its IANA entry when it has one, its category, and whether it may be sent.
 * Instances are immutable; get them from {@link CloseCodeRegistry}.
 */
@API(status = STABLE, since = "0.1")
public final class CloseCode {
    private final int code;
    private final String meaning;
    private final String reference;
    private final CloseCodeCategory category;
    private final boolean registered;

    CloseCode(int code, String meaning, String reference, CloseCodeCategory category, boolean registered) {
        this.code = code;
        this.meaning = meaning;
        this.reference = reference;
        this.category = category;
        this.registered = registered;
    }

    /** The numeric code. */
    public int code() {
        return code;
    }

    /**
     * The meaning exactly as the IANA registry words it ("Protocol error", "Mandatory Ext."), or,
     * for a code that is not registered, the English name of its category.
     */
    public String meaning() {
        return meaning;
    }

    /** The defining document, or the RFC 6455 section that defines the range of an unregistered code. */
    public String reference() {
        return reference;
    }

    /** The category. */
    public CloseCodeCategory category() {
        return category;
    }

    /** Whether the code has its own entry in the IANA WebSocket Close Code Number Registry. */
    public boolean isRegistered() {
        return registered;
    }

    /**
     * Whether this code may appear in a close frame, sent or received: 1000-1003, 1007-1014 and 3000-4999
     * (RFC 6455 §7.4). A frame received with any other code is a protocol error (1002). The one predicate
     * for this fact in StatusKit.
     */
    public boolean mayBeSent() {
        return category == CloseCodeCategory.STANDARD || category == CloseCodeCategory.LIBRARY
                || category == CloseCodeCategory.PRIVATE;
    }

    /** Whether the code only ever describes a close locally (1005, 1006, 1015). */
    public boolean isReportedLocally() {
        return category == CloseCodeCategory.NEVER_SENT;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof CloseCode other && other.code == code && other.category == category
                && other.meaning.equals(meaning);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, meaning, category);
    }

    @Override
    public String toString() {
        return code + " " + meaning;
    }
}
