package dev.statuskit.client.internal;

import org.jspecify.annotations.Nullable;

/**
 * What {@link JsonParser} and {@link XmlParser} throw for a document they refuse: the rule that was broken, and
 * where. The public reader turns it into its own exception; this package knows nothing of the public ones.
 */
public final class InvalidDocumentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String rule;
    private final long offset;
    private final @Nullable String position;

    /**
     * An exception for a broken rule at a position.
     *
     * @param rule the rule and the offending value, without the position
     * @param offset where the problem was found: a byte offset into a JSON document, the parser's character
     *     offset into an XML document; -1 if unknown
     * @param position how a message states the position, such as {@code offset 17} or {@code line 2, column 5};
     *     null or empty for none
     * @param cause the parser's own exception, or null
     */
    public InvalidDocumentException(String rule, long offset, @Nullable String position, @Nullable Throwable cause) {
        super(position == null || position.isEmpty() ? rule : rule + " at " + position, cause);
        this.rule = rule;
        this.offset = offset;
        this.position = position;
    }

    /** An exception for a broken rule at a byte offset, stated as {@code offset N} (nothing if negative). */
    public InvalidDocumentException(String rule, long offset) {
        this(rule, offset, offset >= 0 ? "offset " + offset : null, null);
    }

    /** The rule that was broken and the offending value, without the position. */
    public String rule() {
        return rule;
    }

    /** Where the problem was found, or -1. */
    public long offset() {
        return offset;
    }

    /** How a message states the position; null or empty for none. */
    public @Nullable String position() {
        return position;
    }
}
