package dev.statuskit.i18n;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP status code as the IANA registry defines it, or an unassigned code resolved to its class.
 * Instances are immutable and shared; get them from {@link HttpStatusRegistry}.
 */
@API(status = STABLE, since = "0.1")
public final class HttpStatus {
    private final int code;
    private final String reasonPhrase;
    private final String reference;
    private final HttpRegistration registration;
    private final List<String> aliases;

    HttpStatus(int code, String reasonPhrase, String reference, HttpRegistration registration, List<String> aliases) {
        this.code = code;
        this.reasonPhrase = reasonPhrase;
        this.reference = reference;
        this.registration = registration;
        this.aliases = List.copyOf(aliases);
    }

    /** The three-digit code. */
    public int code() {
        return code;
    }

    /**
     * The reason phrase exactly as registered (RFC 9110 wording), or, for an unassigned code,
     * the English name of its class, such as "Client Error".
     */
    public String reasonPhrase() {
        return reasonPhrase;
    }

    /** The class of the code. */
    public HttpStatusClass statusClass() {
        return HttpStatusClass.of(code);
    }

    /** The defining document, such as "RFC 9110 §15.5.5". */
    public String reference() {
        return reference;
    }

    /** The registration state. */
    public HttpRegistration registration() {
        return registration;
    }

    /** Whether the code is in the IANA registry (in any state). */
    public boolean isAssigned() {
        return registration != HttpRegistration.UNASSIGNED;
    }

    /** Earlier reason phrases for this code (RFC 2616, RFC 7231, ...), recognized by {@link HttpStatusRegistry#byPhrase}. */
    public List<String> aliases() {
        return aliases;
    }

    /**
     * Whether a response with this status can carry content: false for 1xx, 204 and 304
     * (RFC 9110 §6.4.1).
     */
    public boolean allowsContent() {
        return code >= 200 && code != 204 && code != 304;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof HttpStatus other && other.code == code && other.registration == registration
                && other.reasonPhrase.equals(reasonPhrase);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, reasonPhrase, registration);
    }

    @Override
    public String toString() {
        return code + " " + reasonPhrase;
    }
}
