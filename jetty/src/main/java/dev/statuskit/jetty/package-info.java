/**
 * Jetty 12 core integration: {@link dev.statuskit.jetty.StatusKitErrorHandler}, installed with
 * {@code server.setErrorHandler(new StatusKitErrorHandler(responder))}, answers what Jetty refuses before any
 * servlet filter runs; {@link dev.statuskit.jetty.StatusKitJetty#traceGuard} refuses {@code TRACE}.
 */
@NullMarked
package dev.statuskit.jetty;

import org.jspecify.annotations.NullMarked;
