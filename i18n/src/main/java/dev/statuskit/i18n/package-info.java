/**
 * The IANA HTTP status code and WebSocket close code registries, their texts in every supported language,
 * and tolerant, bounded locale negotiation.
 *
 * <p>Nothing here returns null unless marked {@code @Nullable}; a lookup that can miss returns
 * {@link java.util.Optional}. {@code lookup} never throws; {@code of} and {@code validate...} throw
 * {@link IllegalArgumentException} with a message that states the rule, the value and the RFC section; a
 * method named {@code ...ExceptionMessage} returns that message, or null when the value is valid.
 */
@NullMarked
package dev.statuskit.i18n;

import org.jspecify.annotations.NullMarked;
