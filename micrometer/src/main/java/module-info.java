/**
 * StatusKit Micrometer: optional meters for what StatusKit answers and closes, recorded through its public
 * listeners ({@code ProblemListener} and {@code CloseListener}). Every tag has a closed, documented set of
 * values, so no client can grow the number of time series.
 */
// micrometer-core has no module-info, only the Automatic-Module-Name micrometer.core in its manifest; its types
// (MeterRegistry) are in this module's API, so it is required transitively all the same.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.statuskit.micrometer {
    // Compile-time annotations; transitive so that readers of this module's API see them too.
    requires static transitive org.jspecify;
    requires static transitive org.apiguardian.api;
    requires transitive dev.statuskit.http;
    requires transitive dev.statuskit.websocket;
    requires transitive micrometer.core;

    exports dev.statuskit.micrometer;
}
