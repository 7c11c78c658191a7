/**
 * {@link dev.statuskit.icu.IcuMessageFormatter}: ICU4J's MessageFormat behind StatusKit's
 * {@link dev.statuskit.http.MessageFormatter}.
 */
@NullMarked
package dev.statuskit.icu;

import org.jspecify.annotations.NullMarked;
