/**
 * Implementation: the JSON and XML parsers of problem documents. Not exported.
 *
 * <p>This package serves the public ones and never uses them: nothing here refers to a type or constant of
 * {@code dev.statuskit.client}, {@code .jaxrs} or {@code .jakarta}. A parser states a broken rule with its own
 * {@link dev.statuskit.client.internal.InvalidDocumentException}, which {@code ProblemReader} makes public.
 */
@NullMarked
package dev.statuskit.client.internal;

import org.jspecify.annotations.NullMarked;
