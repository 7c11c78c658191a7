package dev.statuskit.tomcat;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.statuskit.http.ProblemResponder;
import java.util.Objects;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apiguardian.api.API;

/**
 * Installs StatusKit on an embedded Tomcat 11 {@link Host}: a {@link StatusKitErrorReportValve} in place of
 * Tomcat's {@link ErrorReportValve}.
 *
 * <pre>{@code
 * StatusKitTomcat.install(tomcat.getHost(), responder);   // before tomcat.start()
 * }</pre>
 *
 * <p>{@code TRACE} needs nothing more: Tomcat's connector refuses it (unless its {@code allowTrace} is set,
 * which is how an application enables it) with a 405 that the valve answers as a problem, keeping Tomcat's
 * {@code Allow} header. Tomcat 11 sends no {@code Server} header unless a connector's {@code server} attribute
 * sets one, and no {@code X-Powered-By} unless its {@code xpoweredBy} is set.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class StatusKitTomcat {
    private StatusKitTomcat() {
    }

    /**
     * Adds a {@link StatusKitErrorReportValve} answering through this responder to the host's pipeline,
     * removing any other {@link ErrorReportValve} there, and, for a {@link StandardHost}, names the valve's
     * class as the host's {@code errorReportValveClass}: on start, Tomcat then finds that class in the
     * pipeline and adds no valve of its own. Call it before the host starts.
     */
    public static void install(Host host, ProblemResponder responder) {
        Objects.requireNonNull(host, "host");
        StatusKitErrorReportValve valve = new StatusKitErrorReportValve(responder);
        for (Valve existing : host.getPipeline().getValves()) {
            if (existing instanceof ErrorReportValve) {
                host.getPipeline().removeValve(existing);
            }
        }
        host.getPipeline().addValve(valve);
        if (host instanceof StandardHost standard) {
            standard.setErrorReportValveClass(StatusKitErrorReportValve.class.getName());
        }
    }
}
