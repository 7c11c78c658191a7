package dev.statuskit.http;

import java.util.Optional;

/**
 * The W3C Trace Context {@code traceparent} header (Trace Context Level 1, §3.2):
 * {@code version "-" trace-id "-" parent-id "-" trace-flags}, all lowercase hex, for example
 * {@code 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01}.
 *
 * <p>Validation follows §3.2.2: version {@code ff} is invalid; version {@code 00} is exactly 55 characters;
 * a later version may carry more after a further {@code -}, which is ignored; the trace id and the parent id
 * must not be all zeros. Anything else is ignored.
 */
final class TraceParent {
    static final ProblemCustomizer CUSTOMIZER = new ProblemCustomizer() {
        @Override
        public void customize(ProblemBuilder problem, ProblemRequest request) {
            request.header("traceparent").flatMap(TraceParent::traceId)
                    .ifPresent(id -> problem.with(ProblemCustomizer.TRACE_ID, id));
        }

        @Override
        public String toString() {
            return "traceId()";
        }
    };

    private static final int LENGTH = 55;

    private TraceParent() {
    }

    /** The trace id of a valid header value, or empty. */
    static Optional<String> traceId(String header) {
        String value = header.strip();
        if (value.length() < LENGTH) {
            return Optional.empty();
        }
        if (!isLowerHex(value, 0, 2) || value.startsWith("ff") || value.charAt(2) != '-'
                || !isLowerHex(value, 3, 35) || value.charAt(35) != '-'
                || !isLowerHex(value, 36, 52) || value.charAt(52) != '-'
                || !isLowerHex(value, 53, 55)) {
            return Optional.empty();
        }
        boolean version00 = value.startsWith("00");
        if (version00 ? value.length() != LENGTH : value.length() > LENGTH && value.charAt(LENGTH) != '-') {
            return Optional.empty();
        }
        if (isZeros(value, 3, 35) || isZeros(value, 36, 52)) {
            return Optional.empty();
        }
        return Optional.of(value.substring(3, 35));
    }

    private static boolean isLowerHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isZeros(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }
}
