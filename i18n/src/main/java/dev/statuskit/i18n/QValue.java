package dev.statuskit.i18n;

import static org.apiguardian.api.API.Status.STABLE;

import dev.statuskit.i18n.internal.HeaderTokens;
import org.apiguardian.api.API;

/**
 * The weight of an HTTP content-negotiation element, such as {@code q=0.8} in {@code Accept-Language} or
 * {@code Accept} (RFC 9110 §12.4.2), in thousandths so that comparing weights needs no floating point.
 */
@API(status = STABLE, since = "0.1")
public final class QValue {
    /** The weight of an element without {@code q}: 1.000, in thousandths. */
    public static final int MAX = 1000;

    private QValue() {
    }

    /**
     * Parses {@code qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )} from {@code s[from, to)}.
     *
     * @return the weight in thousandths (0 to {@value #MAX}), or -1 if the text is not a qvalue
     */
    public static int parse(CharSequence s, int from, int to) {
        return HeaderTokens.qvalue(s, from, to);
    }
}
