/**
 * Grizzly {@code HttpServer} integration: {@link dev.statuskit.grizzly.StatusKitErrorPageGenerator} answers
 * what Grizzly answers by itself (its own 404, 413 and 500) with problems;
 * {@link dev.statuskit.grizzly.StatusKitGrizzly#install} sets it up, puts a codec that answers what Grizzly
 * cannot parse with problems in place of Grizzly's, and refuses {@code TRACE}.
 */
@NullMarked
package dev.statuskit.grizzly;

import org.jspecify.annotations.NullMarked;
