/**
 * The Servlet adapter: {@link dev.statuskit.http.servlet.StatusKitFilter}, active without configuration
 * through the {@code statuskit} web fragment, or registered in code with
 * {@link dev.statuskit.http.servlet.StatusKitFilter#register}.
 */
@NullMarked
package dev.statuskit.http.servlet;

import org.jspecify.annotations.NullMarked;
