/**
 * Tomcat 11 integration: {@link dev.statuskit.tomcat.StatusKitErrorReportValve}, installed with
 * {@code <Host errorReportValveClass="dev.statuskit.tomcat.StatusKitErrorReportValve">} in {@code server.xml}
 * or {@link dev.statuskit.tomcat.StatusKitTomcat#install} when embedded, answers what Tomcat answers by itself
 * before any servlet filter runs.
 */
@NullMarked
package dev.statuskit.tomcat;

import org.jspecify.annotations.NullMarked;
