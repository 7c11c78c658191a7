package dev.statuskit.http.jaxrs;

import dev.statuskit.http.ErrorAnswer;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** Writes the body of an {@link ErrorAnswer}: the bytes the responder rendered once, as they are. */
final class AnswerWriter implements MessageBodyWriter<ErrorAnswer> {
    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return ErrorAnswer.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(ErrorAnswer answer, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream)
            throws IOException {
        answer.writeBody(entityStream);
    }
}
