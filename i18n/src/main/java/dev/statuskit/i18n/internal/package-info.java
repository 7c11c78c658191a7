/**
 * Helpers shared by StatusKit's own modules: the header tokenizer, the UTF-16 helper and the bundle loader.
 * They depend on the JDK alone and never on StatusKit's public packages; not for applications.
 */
@NullMarked
package dev.statuskit.i18n.internal;

import org.jspecify.annotations.NullMarked;
