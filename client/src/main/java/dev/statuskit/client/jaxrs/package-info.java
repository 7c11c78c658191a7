/**
 * The Jakarta REST client adapter: {@link dev.statuskit.client.jaxrs.StatusKitClientFeature} makes a problem
 * response a {@link dev.statuskit.client.jaxrs.ProblemWebApplicationException}.
 */
@NullMarked
package dev.statuskit.client.jaxrs;

import org.jspecify.annotations.NullMarked;
