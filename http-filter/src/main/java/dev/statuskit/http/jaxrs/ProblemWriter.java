package dev.statuskit.http.jaxrs;

import dev.statuskit.http.Problem;
import dev.statuskit.http.ProblemFormat;
import dev.statuskit.http.ProblemResponder;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link Problem} in each {@link ProblemFormat}, in the language named by the response's
 * {@code Content-Language} (the catalog's default when there is none).
 */
@Produces({"application/problem+json", "application/problem+xml", "text/html", "text/plain"})
final class ProblemWriter implements MessageBodyWriter<Problem> {
    private final Supplier<ProblemResponder> responder;

    ProblemWriter(Supplier<ProblemResponder> responder) {
        this.responder = responder;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Problem.class.isAssignableFrom(type) && format(mediaType) != null;
    }

    @Override
    public void writeTo(Problem problem, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        ProblemResponder answering = responder.get();
        Object language = httpHeaders.getFirst(HttpHeaders.CONTENT_LANGUAGE);
        Locale locale = language != null ? Locale.forLanguageTag(language.toString()) : answering.catalog().defaultLocale();
        answering.renderer(format(mediaType)).render(problem, locale, entityStream);
    }

    private static @Nullable ProblemFormat format(@Nullable MediaType mediaType) {
        return mediaType == null ? null
                : ProblemFormat.forMediaType(mediaType.getType() + "/" + mediaType.getSubtype()).orElse(null);
    }
}
