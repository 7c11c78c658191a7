package dev.statuskit.http.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mapper alone: the status and headers it keeps, and the HEAD a 405 of a GET resource lists. */
class WebApplicationExceptionMapperTest {
    static final WebApplicationExceptionMapper MAPPER = new WebApplicationExceptionMapper();

    @ParameterizedTest(name = "Allow: {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "GET,OPTIONS         | GET,HEAD,OPTIONS",
        "OPTIONS,GET         | OPTIONS,GET,HEAD",
        "HEAD,GET,OPTIONS    | HEAD,GET,OPTIONS",
        "POST,OPTIONS        | POST,OPTIONS",
        "PUT,GET,DELETE      | PUT,GET,HEAD,DELETE",
    })
    void aMethodNotAllowedListsHeadWheneverItListsGet(String allowed, String expected) {
        String[] methods = allowed.split(",");
        Response response = MAPPER.toResponse(new NotAllowedException(methods[0],
                Arrays.copyOfRange(methods, 1, methods.length)));
        assertThat(response.getStatus()).isEqualTo(405);
        // Allow is a set (RFC 9110 §10.2.1): its order means nothing, and Jersey's response keeps none.
        assertThat(response.getAllowedMethods()).containsExactlyInAnyOrder(expected.split(","));
        assertThat(response.getHeaders().get("Allow")).hasSize(1);
    }

    @Test
    void otherStatusesKeepTheirHeadersAsTheyAre() {
        Response response = MAPPER.toResponse(new ServiceUnavailableException(120L));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("120");
        assertThat(response.getAllowedMethods()).isEmpty();
    }
}
