package dev.statuskit.it.resteasy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.it.servers.ServerKind;
import dev.statuskit.it.servers.Servers;
import dev.statuskit.testing.HttpCalls;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * StatusKit's Jakarta REST feature on RESTEasy, in the test execution whose class path has no Jersey: what is
 * Jersey-specific (StatusKitAutoDiscoverable, {@code requires static org.glassfish.jersey.core.common}) stays
 * off RESTEasy's path.
 */
@EnabledIfSystemProperty(named = ServerKind.PROPERTY, matches = "RESTEASY")
class ResteasyWithoutJerseyTest {
    @Test
    void jerseyIsNotOnThisClassPath() {
        assertThatThrownBy(() -> Class.forName("org.glassfish.jersey.internal.spi.AutoDiscoverable"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.glassfish.jersey.server.ResourceConfig"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void jakartaRestIsRestEasy() {
        assertThat(RuntimeDelegate.getInstance().getClass().getName()).startsWith("org.jboss.resteasy.");
    }

    @Test
    void theFeatureAnswersThroughRestEasyWithoutJersey() {
        HttpResponse<String> response = HttpCalls.send(Servers.get(ServerKind.RESTEASY).base(), "GET", "api/items/9",
                "Accept-Language", "ja");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(HttpCalls.header(response, "Content-Type")).isEqualTo("application/problem+json");
        assertThat(HttpCalls.header(response, "Content-Language")).isEqualTo("ja");
        assertThat(HttpCalls.json(response).getString("title")).isEqualTo("見つかりません");
    }

    @Test
    void theJerseyOnlyClassIsNeverLoadedByAnsweringOnRestEasy() throws Exception {
        HttpCalls.send(Servers.get(ServerKind.RESTEASY).base(), "GET", "api/boom");
        // StatusKitAutoDiscoverable implements a Jersey interface: loading it here would fail.
        assertThatThrownBy(() -> Class.forName("dev.statuskit.http.jaxrs.StatusKitAutoDiscoverable"))
                .isInstanceOf(NoClassDefFoundError.class);
    }
}
