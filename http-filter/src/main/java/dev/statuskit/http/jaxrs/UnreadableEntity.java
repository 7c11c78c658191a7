package dev.statuskit.http.jaxrs;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * A request body that cannot be read (malformed JSON, a value that does not fit its type, nesting or numbers
 * beyond the parser's limits) is the client's fault: a 400, never the 500 that an exception of the entity
 * provider would otherwise become. The provider's message is kept for the log only.
 */
@ConstrainedTo(RuntimeType.SERVER)
final class UnreadableEntity implements ReaderInterceptor {
    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (WebApplicationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new BadRequestException("The request entity cannot be read as " + context.getMediaType(), e);
        }
    }
}
