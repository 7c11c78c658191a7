package dev.statuskit.client.jaxrs;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.statuskit.client.ProblemReader;
import dev.statuskit.client.ProblemResponseException;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Throws a {@link ProblemWebApplicationException} for an error response (400-599) whose
 * {@code Content-Type} is {@code application/problem+json} or {@code application/problem+xml}; leaves every
 * other response alone. It reads at most {@value ProblemReader#MAX_BYTES} bytes of the body, and puts what
 * it read back so that the exception's response still has it. Register it through
 * {@link StatusKitClientFeature}. Stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class ProblemResponseFilter implements ClientResponseFilter {

    /** A filter; it holds no state. */
    public ProblemResponseFilter() {
    }

    /**
     * Throws for a problem response.
     *
     * @throws ProblemWebApplicationException for a problem response
     * @throws IOException if reading the body fails
     */
    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) throws IOException {
        int status = response.getStatus();
        Optional<ProblemReader> reader = ProblemReader.forResponse(status,
                response.getHeaderString(HttpHeaders.CONTENT_TYPE));
        if (reader.isEmpty()) {
            return;
        }
        String retryAfter = response.getHeaderString(HttpHeaders.RETRY_AFTER);
        byte[] body = new byte[0];
        if (response.hasEntity()) {
            try (InputStream in = response.getEntityStream()) {
                body = in.readNBytes(ProblemReader.MAX_BYTES + 1);
            }
            response.setEntityStream(new ByteArrayInputStream(body));
        }
        // A body over the limit (MAX_BYTES + 1 read) is unreadable as a problem, as a malformed one.
        ProblemResponseException problem = ProblemResponseException.fromResponse(reader.get(), status, body,
                retryAfter);
        throw new ProblemWebApplicationException(problem, copy(response, body));
    }

    private static Response copy(ClientResponseContext response, byte[] body) {
        Response.ResponseBuilder copy = Response.status(response.getStatus()).entity(body);
        for (Map.Entry<String, List<String>> header : response.getHeaders().entrySet()) {
            for (String value : header.getValue()) {
                copy.header(header.getKey(), value);
            }
        }
        return copy.build();
    }
}
