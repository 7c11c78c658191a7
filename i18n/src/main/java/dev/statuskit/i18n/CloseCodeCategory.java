package dev.statuskit.i18n;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import org.apiguardian.api.API;

/** What a WebSocket close code is, by the RFC 6455 §7.4 ranges and the IANA registry. */
@API(status = STABLE, since = "0.1")
public enum CloseCodeCategory {
    /** A code defined by RFC 6455 or registered with IANA in 1000-2999 that may be sent: 1000-1003, 1007-1014. */
    STANDARD,
    /** 1005, 1006 and 1015: reported locally by an implementation, never sent in a close frame (RFC 6455 §7.4.1). */
    NEVER_SENT,
    /** 1004 and the unassigned 1016-2999: reserved for the protocol, must not be used. */
    RESERVED,
    /** 3000-3999: for libraries, frameworks and applications, registered with IANA or not. */
    LIBRARY,
    /** 4000-4999: private use by applications. */
    PRIVATE,
    /** Below 1000, or 5000 and above: not a close code. */
    INVALID;

    /** A stable lower-case id, such as {@code never-sent}, used in message keys and JSON output. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
