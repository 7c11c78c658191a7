package dev.statuskit.client;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A problem document that could not be read: malformed JSON or XML, a document over the size or nesting
 * limit, bytes that are not UTF-8. The message states the rule that was broken and where, such as
 * {@code Expected ':' after member name "title", found '}' at offset 17}.
 *
 * <p>A member of the wrong type is not a parse error: RFC 9457 §3.1 has it ignored, and {@link ProblemReader}
 * does so.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class ProblemParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String rule;
    private final long offset;

    /**
     * An exception for a broken rule at a position.
     *
     * @param rule the rule and the offending value, without the position
     * @param offset where the problem was found: a byte offset into a JSON document, the parser's character
     *     offset into an XML document; -1 if unknown
     * @param position how the message states the position, such as {@code offset 17} or
     *     {@code line 2, column 5}; null or empty for none
     */
    public ProblemParseException(String rule, long offset, @Nullable String position) {
        super(position == null || position.isEmpty() ? rule : rule + " at " + position);
        this.rule = rule;
        this.offset = offset;
    }

    /** An exception for a broken rule at a byte offset, stated as {@code at offset N}. */
    public ProblemParseException(String rule, long offset) {
        this(rule, offset, offset >= 0 ? "offset " + offset : null);
    }

    /** The rule that was broken and the offending value, without the position. */
    public String rule() {
        return rule;
    }

    /** Where the problem was found (see {@link #ProblemParseException(String, long, String)}), or -1. */
    public long offset() {
        return offset;
    }
}
