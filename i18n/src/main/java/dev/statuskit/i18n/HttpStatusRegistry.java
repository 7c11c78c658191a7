package dev.statuskit.i18n;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The IANA HTTP Status Code registry, with RFC 9110 reason phrases.
 *
 * <p>{@link #lookup(int)} answers in O(1) for every code in 100-599: a registered code gets its entry,
 * an unassigned one its class, as RFC 9110 §15 tells a client to treat it (499 is a generic client error).
 */
@API(status = STABLE, since = "0.1")
public final class HttpStatusRegistry {
    /** The lowest three-digit status code (RFC 9110 §15). */
    public static final int MIN_CODE = 100;
    /** The highest three-digit status code (RFC 9110 §15). */
    public static final int MAX_CODE = 599;

    private static final HttpStatus[] BY_CODE = new HttpStatus[MAX_CODE - MIN_CODE + 1];
    private static final List<HttpStatus> REGISTERED;
    private static final Map<String, HttpStatus> BY_PHRASE;

    static {
        List<HttpStatus> table = new ArrayList<>(64);
        add(table, 100, "Continue", "RFC 9110 §15.2.1", HttpRegistration.PERMANENT);
        add(table, 101, "Switching Protocols", "RFC 9110 §15.2.2", HttpRegistration.PERMANENT);
        add(table, 102, "Processing", "RFC 2518", HttpRegistration.PERMANENT);
        add(table, 103, "Early Hints", "RFC 8297", HttpRegistration.PERMANENT);
        add(table, 104, "Upload Resumption Supported", "draft-ietf-httpbis-resumable-upload-05", HttpRegistration.TEMPORARY);
        add(table, 200, "OK", "RFC 9110 §15.3.1", HttpRegistration.PERMANENT);
        add(table, 201, "Created", "RFC 9110 §15.3.2", HttpRegistration.PERMANENT);
        add(table, 202, "Accepted", "RFC 9110 §15.3.3", HttpRegistration.PERMANENT);
        add(table, 203, "Non-Authoritative Information", "RFC 9110 §15.3.4", HttpRegistration.PERMANENT);
        add(table, 204, "No Content", "RFC 9110 §15.3.5", HttpRegistration.PERMANENT);
        add(table, 205, "Reset Content", "RFC 9110 §15.3.6", HttpRegistration.PERMANENT);
        add(table, 206, "Partial Content", "RFC 9110 §15.3.7", HttpRegistration.PERMANENT);
        add(table, 207, "Multi-Status", "RFC 4918", HttpRegistration.PERMANENT);
        add(table, 208, "Already Reported", "RFC 5842", HttpRegistration.PERMANENT);
        add(table, 226, "IM Used", "RFC 3229", HttpRegistration.PERMANENT);
        add(table, 300, "Multiple Choices", "RFC 9110 §15.4.1", HttpRegistration.PERMANENT);
        add(table, 301, "Moved Permanently", "RFC 9110 §15.4.2", HttpRegistration.PERMANENT);
        add(table, 302, "Found", "RFC 9110 §15.4.3", HttpRegistration.PERMANENT, "Moved Temporarily");
        add(table, 303, "See Other", "RFC 9110 §15.4.4", HttpRegistration.PERMANENT);
        add(table, 304, "Not Modified", "RFC 9110 §15.4.5", HttpRegistration.PERMANENT);
        add(table, 305, "Use Proxy", "RFC 9110 §15.4.6", HttpRegistration.PERMANENT);
        add(table, 306, "(Unused)", "RFC 9110 §15.4.7", HttpRegistration.UNUSED);
        add(table, 307, "Temporary Redirect", "RFC 9110 §15.4.8", HttpRegistration.PERMANENT);
        add(table, 308, "Permanent Redirect", "RFC 9110 §15.4.9", HttpRegistration.PERMANENT);
        add(table, 400, "Bad Request", "RFC 9110 §15.5.1", HttpRegistration.PERMANENT);
        add(table, 401, "Unauthorized", "RFC 9110 §15.5.2", HttpRegistration.PERMANENT);
        add(table, 402, "Payment Required", "RFC 9110 §15.5.3", HttpRegistration.PERMANENT);
        add(table, 403, "Forbidden", "RFC 9110 §15.5.4", HttpRegistration.PERMANENT);
        add(table, 404, "Not Found", "RFC 9110 §15.5.5", HttpRegistration.PERMANENT);
        add(table, 405, "Method Not Allowed", "RFC 9110 §15.5.6", HttpRegistration.PERMANENT);
        add(table, 406, "Not Acceptable", "RFC 9110 §15.5.7", HttpRegistration.PERMANENT);
        add(table, 407, "Proxy Authentication Required", "RFC 9110 §15.5.8", HttpRegistration.PERMANENT);
        add(table, 408, "Request Timeout", "RFC 9110 §15.5.9", HttpRegistration.PERMANENT);
        add(table, 409, "Conflict", "RFC 9110 §15.5.10", HttpRegistration.PERMANENT);
        add(table, 410, "Gone", "RFC 9110 §15.5.11", HttpRegistration.PERMANENT);
        add(table, 411, "Length Required", "RFC 9110 §15.5.12", HttpRegistration.PERMANENT);
        add(table, 412, "Precondition Failed", "RFC 9110 §15.5.13", HttpRegistration.PERMANENT);
        add(table, 413, "Content Too Large", "RFC 9110 §15.5.14", HttpRegistration.PERMANENT, "Request Entity Too Large", "Payload Too Large");
        add(table, 414, "URI Too Long", "RFC 9110 §15.5.15", HttpRegistration.PERMANENT, "Request-URI Too Long");
        add(table, 415, "Unsupported Media Type", "RFC 9110 §15.5.16", HttpRegistration.PERMANENT);
        add(table, 416, "Range Not Satisfiable", "RFC 9110 §15.5.17", HttpRegistration.PERMANENT, "Requested Range Not Satisfiable");
        add(table, 417, "Expectation Failed", "RFC 9110 §15.5.18", HttpRegistration.PERMANENT);
        add(table, 418, "(Unused)", "RFC 9110 §15.5.19", HttpRegistration.UNUSED, "I'm a teapot");
        add(table, 421, "Misdirected Request", "RFC 9110 §15.5.20", HttpRegistration.PERMANENT);
        add(table, 422, "Unprocessable Content", "RFC 9110 §15.5.21", HttpRegistration.PERMANENT, "Unprocessable Entity");
        add(table, 423, "Locked", "RFC 4918", HttpRegistration.PERMANENT);
        add(table, 424, "Failed Dependency", "RFC 4918", HttpRegistration.PERMANENT);
        add(table, 425, "Too Early", "RFC 8470", HttpRegistration.PERMANENT);
        add(table, 426, "Upgrade Required", "RFC 9110 §15.5.22", HttpRegistration.PERMANENT);
        add(table, 428, "Precondition Required", "RFC 6585", HttpRegistration.PERMANENT);
        add(table, 429, "Too Many Requests", "RFC 6585", HttpRegistration.PERMANENT);
        add(table, 431, "Request Header Fields Too Large", "RFC 6585", HttpRegistration.PERMANENT);
        add(table, 451, "Unavailable For Legal Reasons", "RFC 7725", HttpRegistration.PERMANENT);
        add(table, 500, "Internal Server Error", "RFC 9110 §15.6.1", HttpRegistration.PERMANENT);
        add(table, 501, "Not Implemented", "RFC 9110 §15.6.2", HttpRegistration.PERMANENT);
        add(table, 502, "Bad Gateway", "RFC 9110 §15.6.3", HttpRegistration.PERMANENT);
        add(table, 503, "Service Unavailable", "RFC 9110 §15.6.4", HttpRegistration.PERMANENT);
        add(table, 504, "Gateway Timeout", "RFC 9110 §15.6.5", HttpRegistration.PERMANENT);
        add(table, 505, "HTTP Version Not Supported", "RFC 9110 §15.6.6", HttpRegistration.PERMANENT);
        add(table, 506, "Variant Also Negotiates", "RFC 2295", HttpRegistration.PERMANENT);
        add(table, 507, "Insufficient Storage", "RFC 4918", HttpRegistration.PERMANENT);
        add(table, 508, "Loop Detected", "RFC 5842", HttpRegistration.PERMANENT);
        add(table, 510, "Not Extended", "RFC 2774", HttpRegistration.OBSOLETED);
        add(table, 511, "Network Authentication Required", "RFC 6585", HttpRegistration.PERMANENT);
        Map<String, HttpStatus> byPhrase = new HashMap<>();
        for (HttpStatus status : table) {
            BY_CODE[status.code() - MIN_CODE] = status;
            if (status.registration() != HttpRegistration.UNUSED) {
                byPhrase.put(normalize(status.reasonPhrase()), status);
            }
            for (String alias : status.aliases()) {
                byPhrase.put(normalize(alias), status);
            }
        }
        for (int code = MIN_CODE; code <= MAX_CODE; code++) {
            if (BY_CODE[code - MIN_CODE] == null) {
                BY_CODE[code - MIN_CODE] = new HttpStatus(code, classPhrase(code / 100), "RFC 9110 §15",
                        HttpRegistration.UNASSIGNED, List.of());
            }
        }
        REGISTERED = Collections.unmodifiableList(table);
        BY_PHRASE = Map.copyOf(byPhrase);
    }

    private HttpStatusRegistry() {
    }

    /**
     * Why a number is not an HTTP status code, or null if it is one.
     *
     * @return null for 100-599; otherwise a message that states the rule and the value, such as
     *     {@code HTTP status code 600 is outside the range 100-599 (RFC 9110 §15)}
     */
    public static @Nullable String statusCodeExceptionMessage(int code) {
        if (code < MIN_CODE || code > MAX_CODE) {
            return "HTTP status code " + code + " is outside the range 100-599 (RFC 9110 §15)";
        }
        return null;
    }

    /**
     * Checks that a number is an HTTP status code.
     *
     * @throws IllegalArgumentException with {@link #statusCodeExceptionMessage(int)} if it is not
     */
    public static void validateStatusCode(int code) {
        String message = statusCodeExceptionMessage(code);
        if (message != null) {
            throw new IllegalArgumentException(message);
        }
    }

    /**
     * The entry for a code, registered or unassigned (resolved to its class); empty for a number outside
     * 100-599. Never throws, allocates nothing for a code in range.
     */
    public static Optional<HttpStatus> lookup(int code) {
        return code < MIN_CODE || code > MAX_CODE ? Optional.empty() : Optional.of(BY_CODE[code - MIN_CODE]);
    }

    /**
     * The entry for a code that must be one: registered, or unassigned and resolved to its class.
     *
     * @throws IllegalArgumentException with {@link #statusCodeExceptionMessage(int)} if it is outside 100-599
     */
    public static HttpStatus of(int code) {
        validateStatusCode(code);
        return BY_CODE[code - MIN_CODE];
    }

    /** Every code in the IANA registry, in numeric order (64 entries). */
    public static List<HttpStatus> registered() {
        return REGISTERED;
    }

    /**
     * Recognizes a reason phrase, current or earlier, ignoring case and surrounding white space:
     * "Not Found", "Payload Too Large" and "Request Entity Too Large" are all found.
     */
    public static Optional<HttpStatus> byPhrase(@Nullable String phrase) {
        return phrase == null ? Optional.empty() : Optional.ofNullable(BY_PHRASE.get(normalize(phrase)));
    }

    private static String normalize(String phrase) {
        return phrase.strip().toLowerCase(Locale.ROOT);
    }

    private static String classPhrase(int digit) {
        switch (digit) {
            case 1: return "Informational";
            case 2: return "Success";
            case 3: return "Redirection";
            case 4: return "Client Error";
            default: return "Server Error";
        }
    }

    private static void add(List<HttpStatus> table, int code, String phrase, String reference,
                            HttpRegistration registration, String... aliases) {
        table.add(new HttpStatus(code, phrase, reference, registration, List.of(aliases)));
    }
}
