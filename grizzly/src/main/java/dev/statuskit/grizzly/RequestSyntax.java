package dev.statuskit.grizzly;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The request-line and header rules Grizzly's codec does not hold a request to, and that StatusKit's codec
 * filter refuses with a 400 before any handler runs, as Jetty and Tomcat do. Each rule names its RFC section.
 */
final class RequestSyntax {
    private static final String UNRESERVED_MARKS = "-._~";
    private static final String SUB_DELIMS = "!$&'()*+,;=";

    private RequestSyntax() {
    }

    /**
     * Whether the request target is in origin form, RFC 9112 §3.2.1 ({@code absolute-path [ "?" query ]}, with
     * the segments of RFC 3986 §3.3 and the query of §3.4: unreserved characters, sub-delimiters, {@code :},
     * {@code @}, and {@code %} followed by two hex digits; no raw octet above 0x7F, no space, no {@code <}, no
     * fragment), or the asterisk form of an {@code OPTIONS}, RFC 9112 §3.2.4 (or of the HTTP/2 connection
     * preface {@code PRI * HTTP/2.0}, RFC 9113 §3.4, for a listener with Grizzly's HTTP/2 add-on). Grizzly has
     * already turned an absolute-form target into its path and its {@code Host} (RFC 9112 §3.2.2), so
     * {@code path} is what is left of it; {@code query} is what followed the first {@code ?}, or null. A target
     * in authority form (RFC 9112 §3.2.3, for {@code CONNECT}) is refused: a Grizzly {@code HttpServer} proxies nothing.
     */
    static boolean isOriginFormTarget(String method, String path, @Nullable String query) {
        if (path.equals("*")) {
            return query == null && (method.equals("OPTIONS") || method.equals("PRI"));
        }
        return path.startsWith("/") && isUriText(path, ":@/") && (query == null || isUriText(query, ":@/?"));
    }

    /**
     * Whether the {@code Host} field lines are acceptable, RFC 9112 §3.2: none (HTTP/1.0; Grizzly refuses an
     * HTTP/1.1 request without one), or exactly one whose value is {@code uri-host [ ":" port ]} of RFC 3986
     * §3.2.2 and §3.2.3: an IP literal in brackets, or a reg-name (which an IPv4 address also is); a port of at
     * most 65535. "A server MUST respond with a 400 (Bad Request) status code to any [...] request message that
     * contains more than one Host header field line or a Host header field with an invalid field value."
     */
    static boolean isHost(List<String> values) {
        if (values.isEmpty()) {
            return true;
        }
        if (values.size() > 1) {
            return false;
        }
        String value = values.get(0).strip();
        String port;
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            if (end < 0 || !isIpLiteral(value.substring(1, end))) {
                return false;
            }
            String rest = value.substring(end + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                return false;
            }
            port = rest.isEmpty() ? "" : rest.substring(1);
        } else {
            int colon = value.indexOf(':');
            port = colon < 0 ? "" : value.substring(colon + 1);
            if (!isUriText(colon < 0 ? value : value.substring(0, colon), "")) {
                return false;
            }
        }
        return port.isEmpty() || port.length() <= 5 && port.chars().allMatch(c -> c >= '0' && c <= '9')
                && Integer.parseInt(port) <= 65_535;
    }

    /**
     * Whether the {@code Transfer-Encoding} of a request lets its body length be known, RFC 9112 §6.3: when the
     * field is present, its final coding must be {@code chunked}; else "the server MUST respond with the 400 (Bad
     * Request) status code and then close the connection".
     */
    static boolean endsInChunked(List<String> transferEncodings) {
        if (transferEncodings.isEmpty()) {
            return true;
        }
        String all = String.join(",", transferEncodings);
        String last = all.substring(all.lastIndexOf(',') + 1).strip();
        return last.toLowerCase(Locale.ROOT).equals("chunked");
    }

    /**
     * Whether an {@code Upgrade} field asks for cleartext HTTP/2 ({@code h2c}) and nothing else: a list of one or
     * more elements, each {@code h2c} in any case (RFC 9110 §7.8: the protocol names of the field; RFC 7540 §3.2
     * named {@code h2c}).
     */
    static boolean isH2cOnly(@Nullable String upgrade) {
        if (upgrade == null || upgrade.isBlank()) {
            return false;
        }
        for (String protocol : upgrade.split(",", -1)) {
            if (!protocol.strip().equalsIgnoreCase("h2c")) {
                return false;
            }
        }
        return true;
    }

    /** RFC 3986 text: unreserved characters, sub-delims, pct-encoded octets and the {@code extra} characters. */
    private static boolean isUriText(String text, String extra) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length() || !isHex(text.charAt(i + 1)) || !isHex(text.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (!isAlphaOrDigit(c) && UNRESERVED_MARKS.indexOf(c) < 0 && SUB_DELIMS.indexOf(c) < 0
                    && extra.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code IPv6address / IPvFuture}, RFC 3986 §3.2.2, without the brackets. */
    private static boolean isIpLiteral(String literal) {
        if (literal.length() > 1 && (literal.charAt(0) == 'v' || literal.charAt(0) == 'V')) {
            int dot = literal.indexOf('.');
            return dot > 1 && dot < literal.length() - 1 && literal.substring(1, dot).chars().allMatch(c -> isHex((char) c))
                    && literal.substring(dot + 1).chars().allMatch(c -> c == ':' || isAlphaOrDigit((char) c)
                            || UNRESERVED_MARKS.indexOf(c) >= 0 || SUB_DELIMS.indexOf(c) >= 0);
        }
        int lastColon = literal.lastIndexOf(':');
        if (lastColon < 0) {
            return false;
        }
        String groups = literal;
        if (literal.indexOf('.', lastColon) >= 0) {
            if (!isIpv4(literal.substring(lastColon + 1))) {
                return false;
            }
            groups = literal.substring(0, lastColon + 1) + "0:0";
        }
        int gap = groups.indexOf("::");
        if (gap < 0) {
            return hexGroups(groups) == 8;
        }
        if (groups.indexOf("::", gap + 1) >= 0) {
            return false;
        }
        int left = gap == 0 ? 0 : hexGroups(groups.substring(0, gap));
        int right = gap + 2 == groups.length() ? 0 : hexGroups(groups.substring(gap + 2));
        return left >= 0 && right >= 0 && left + right <= 7;
    }

    /** The number of {@code h16} groups separated by {@code :}, or -1 if one is not 1-4 hex digits. */
    private static int hexGroups(String text) {
        String[] groups = text.split(":", -1);
        for (String group : groups) {
            if (group.isEmpty() || group.length() > 4 || !group.chars().allMatch(c -> isHex((char) c))) {
                return -1;
            }
        }
        return groups.length;
    }

    /** {@code IPv4address}, RFC 3986 §3.2.2: four {@code dec-octet}s, no leading zeros. */
    private static boolean isIpv4(String text) {
        String[] octets = text.split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String octet : octets) {
            if (octet.isEmpty() || octet.length() > 3 || !octet.chars().allMatch(c -> c >= '0' && c <= '9')
                    || octet.length() > 1 && octet.charAt(0) == '0' || Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlphaOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
