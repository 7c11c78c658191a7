/**
 * The Jakarta REST adapter: {@link dev.statuskit.http.jaxrs.StatusKitFeature}, registered by hand or, on
 * Jersey, discovered automatically through {@link dev.statuskit.http.jaxrs.StatusKitAutoDiscoverable}.
 */
@NullMarked
package dev.statuskit.http.jaxrs;

import org.jspecify.annotations.NullMarked;
