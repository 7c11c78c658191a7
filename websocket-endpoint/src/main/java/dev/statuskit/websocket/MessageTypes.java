package dev.statuskit.websocket;

import jakarta.websocket.MessageHandler;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import org.jspecify.annotations.Nullable;

/**
 * The message type of a handler added with {@code Session.addMessageHandler(MessageHandler)}: the type argument its
 * class, or a superclass, gives {@link MessageHandler.Whole} or {@link MessageHandler.Partial}, as a container reads
 * it. A lambda's class carries none, nor does a class whose argument is a type variable: null for those.
 */
final class MessageTypes {
    private MessageTypes() {
    }

    static @Nullable Class<?> of(MessageHandler handler) {
        for (Class<?> c = handler.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Type implemented : c.getGenericInterfaces()) {
                if (implemented instanceof ParameterizedType p
                        && (p.getRawType() == MessageHandler.Whole.class || p.getRawType() == MessageHandler.Partial.class)) {
                    Type argument = p.getActualTypeArguments()[0];
                    if (argument instanceof Class<?> type) {
                        return type;
                    }
                    return argument instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw ? raw : null;
                }
            }
        }
        return null;
    }
}
