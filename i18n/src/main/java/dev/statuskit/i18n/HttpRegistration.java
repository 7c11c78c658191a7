package dev.statuskit.i18n;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The state of an HTTP status code in the IANA registry. */
@API(status = STABLE, since = "0.1")
public enum HttpRegistration {
    /** A permanent registration. */
    PERMANENT,
    /** A temporary (provisional) registration, such as 104. */
    TEMPORARY,
    /** A registration that has been obsoleted, such as 510. */
    OBSOLETED,
    /** A number registered as "(Unused)", such as 306 and 418. */
    UNUSED,
    /** Not in the registry; a client treats it as the x00 code of its class (RFC 9110 §15). */
    UNASSIGNED;

    /** The lower-case name used in the IANA CSV and in JSON output. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
