package dev.statuskit.websocket;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A programmatic endpoint that drives an object annotated with {@code @OnOpen}, {@code @OnMessage},
 * {@code @OnClose} and {@code @OnError}. The methods and the binding of their parameters are resolved once per
 * class; an exception thrown by one of them goes to the object's {@code @OnError} method.
 */
final class AnnotatedEndpoint extends Endpoint {
    private static final ClassValue<Plan> PLANS = new ClassValue<>() {
        @Override
        protected Plan computeValue(Class<?> type) {
            return new Plan(type);
        }
    };

    private final Object target;
    private final Plan plan;

    /**
     * An adapter for the object.
     *
     * @throws IllegalArgumentException if its class has no annotated method, or a method is not supported
     */
    public AnnotatedEndpoint(Object target) {
        this.target = Objects.requireNonNull(target, "endpoint");
        this.plan = PLANS.get(target.getClass());
    }

    /**
     * Checks a class without making an instance.
     *
     * @throws IllegalArgumentException if the class has no annotated method, or a method is not supported
     */
    public static void check(Class<?> type) {
        PLANS.get(type);
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        if (plan.text != null) {
            session.addMessageHandler(String.class, (MessageHandler.Whole<String>) message -> message(session, plan.text, message));
        }
        if (plan.binary != null) {
            addBinaryHandler(session, plan.binary.messageType);
        }
        call(plan.open, session, config, null, null, null);
    }

    private <T> void addBinaryHandler(Session session, Class<T> type) {
        session.addMessageHandler(type, (MessageHandler.Whole<T>) message -> message(session, plan.binary, message));
    }

    @Override
    public void onClose(Session session, CloseReason closeReason) {
        call(plan.close, session, null, closeReason, null, null);
    }

    @Override
    public void onError(Session session, Throwable thr) {
        if (plan.error == null) {
            CloseSupport.LOG.log(Level.WARNING,
                    "WebSocket " + session.getId() + ": " + target.getClass().getName() + " has no @OnError method", thr);
            return;
        }
        try {
            plan.error.invoke(target, session, null, null, thr, null);
        } catch (InvocationTargetException e) {
            CloseSupport.LOG.log(Level.WARNING,
                    "WebSocket " + session.getId() + ": @OnError of " + target.getClass().getName() + " failed", e.getCause());
        }
    }

    private void message(Session session, Handler handler, Object message) {
        Object reply = call(handler, session, null, null, null, message);
        try {
            if (reply instanceof String text) {
                session.getBasicRemote().sendText(text);
            } else if (reply instanceof ByteBuffer buffer) {
                session.getBasicRemote().sendBinary(buffer);
            } else if (reply instanceof byte[] bytes) {
                session.getBasicRemote().sendBinary(ByteBuffer.wrap(bytes));
            }
        } catch (IOException e) {
            onError(session, e);
        }
    }

    private @Nullable Object call(@Nullable Handler handler, Session session, @Nullable EndpointConfig config,
            @Nullable CloseReason closeReason, @Nullable Throwable error, @Nullable Object message) {
        if (handler == null) {
            return null;
        }
        try {
            return handler.invoke(target, session, config, closeReason, error, message);
        } catch (InvocationTargetException e) {
            onError(session, e.getCause());
            return null;
        }
    }

    @Override
    public String toString() {
        return "AnnotatedEndpoint[" + target + "]";
    }

    /** What a parameter is bound to. */
    private enum Binding {
        SESSION, CONFIG, CLOSE_REASON, ERROR, MESSAGE
    }

    /** One annotated method and the binding of each of its parameters. */
    private static final class Handler {
        final Method method;
        final Binding[] bindings;
        final @Nullable Class<?> messageType;

        Handler(Method method, Set<Binding> allowed) {
            this.method = method;
            Class<?>[] types = method.getParameterTypes();
            this.bindings = new Binding[types.length];
            Class<?> message = null;
            for (int i = 0; i < types.length; i++) {
                Binding binding = bindingOf(types[i]);
                if (binding == null || !allowed.contains(binding)
                        || (binding == Binding.MESSAGE && message != null)) {
                    throw new IllegalArgumentException("Parameter " + (i + 1) + " (" + types[i].getName() + ") of "
                            + name(method) + " is not supported by StatusKit's annotated adapter, which binds "
                            + bindable(allowed) + "; use a programmatic Endpoint for decoders, path parameters and partial messages");
                }
                if (binding == Binding.MESSAGE) {
                    message = types[i];
                }
                bindings[i] = binding;
            }
            if (allowed.contains(Binding.MESSAGE) && message == null) {
                throw new IllegalArgumentException(name(method) + " has no message parameter");
            }
            if (allowed.contains(Binding.ERROR) && !contains(bindings, Binding.ERROR)) {
                throw new IllegalArgumentException(name(method) + " has no Throwable parameter");
            }
            Class<?> returned = method.getReturnType();
            if (returned != void.class && !(allowed.contains(Binding.MESSAGE) && isMessageType(returned))) {
                throw new IllegalArgumentException(name(method) + " returns " + returned.getName()
                        + "; only @OnMessage methods may return a String, ByteBuffer or byte[]");
            }
            if (!method.trySetAccessible()) {
                throw new IllegalArgumentException(name(method) + " is not accessible to StatusKit");
            }
            this.messageType = message;
        }

        @Nullable Object invoke(Object target, Session session, @Nullable EndpointConfig config,
                @Nullable CloseReason closeReason, @Nullable Throwable error, @Nullable Object message)
                throws InvocationTargetException {
            @Nullable Object[] args = new Object[bindings.length];
            for (int i = 0; i < args.length; i++) {
                switch (bindings[i]) {
                    case SESSION: args[i] = session; break;
                    case CONFIG: args[i] = config; break;
                    case CLOSE_REASON: args[i] = closeReason; break;
                    case ERROR: args[i] = error; break;
                    default: args[i] = message;
                }
            }
            try {
                return method.invoke(target, args);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(name(method) + " is not accessible", e);
            }
        }

        private static @Nullable Binding bindingOf(Class<?> type) {
            if (type == Session.class || type == StatusKitSession.class) {
                return Binding.SESSION;
            }
            if (type == EndpointConfig.class) {
                return Binding.CONFIG;
            }
            if (type == CloseReason.class) {
                return Binding.CLOSE_REASON;
            }
            if (type == Throwable.class) {
                return Binding.ERROR;
            }
            return isMessageType(type) ? Binding.MESSAGE : null;
        }

        private static boolean isMessageType(Class<?> type) {
            return type == String.class || type == ByteBuffer.class || type == byte[].class;
        }

        private static boolean contains(Binding[] bindings, Binding wanted) {
            for (Binding binding : bindings) {
                if (binding == wanted) {
                    return true;
                }
            }
            return false;
        }

        private static String bindable(Set<Binding> allowed) {
            StringBuilder text = new StringBuilder("Session");
            if (allowed.contains(Binding.CONFIG)) {
                text.append(" and EndpointConfig");
            }
            if (allowed.contains(Binding.CLOSE_REASON)) {
                text.append(" and CloseReason");
            }
            if (allowed.contains(Binding.ERROR)) {
                text.append(" and Throwable");
            }
            if (allowed.contains(Binding.MESSAGE)) {
                text.append(" and one String, ByteBuffer or byte[] message");
            }
            return text.toString();
        }
    }

    private static String name(Method method) {
        return method.getDeclaringClass().getName() + "." + method.getName();
    }

    /** The annotated methods of one class. */
    private static final class Plan {
        final @Nullable Handler open;
        final @Nullable Handler close;
        final @Nullable Handler error;
        final @Nullable Handler text;
        final @Nullable Handler binary;

        Plan(Class<?> type) {
            Handler open = null;
            Handler close = null;
            Handler error = null;
            Handler text = null;
            Handler binary = null;
            for (Method method : type.getMethods()) {
                if (method.isAnnotationPresent(OnOpen.class)) {
                    open = single(open, method, OnOpen.class, EnumSet.of(Binding.SESSION, Binding.CONFIG));
                }
                if (method.isAnnotationPresent(OnClose.class)) {
                    close = single(close, method, OnClose.class, EnumSet.of(Binding.SESSION, Binding.CLOSE_REASON));
                }
                if (method.isAnnotationPresent(OnError.class)) {
                    error = single(error, method, OnError.class, EnumSet.of(Binding.SESSION, Binding.ERROR));
                }
                if (method.isAnnotationPresent(OnMessage.class)) {
                    Handler handler = new Handler(method, EnumSet.of(Binding.SESSION, Binding.MESSAGE));
                    if (handler.messageType == String.class) {
                        text = single(text, handler, "text @OnMessage");
                    } else {
                        binary = single(binary, handler, "binary @OnMessage");
                    }
                }
            }
            if (open == null && close == null && error == null && text == null && binary == null) {
                throw new IllegalArgumentException(type.getName()
                        + " has no public @OnOpen, @OnMessage, @OnClose or @OnError method");
            }
            this.open = open;
            this.close = close;
            this.error = error;
            this.text = text;
            this.binary = binary;
        }

        private static Handler single(@Nullable Handler existing, Method method, Class<? extends Annotation> annotation,
                Set<Binding> allowed) {
            return single(existing, new Handler(method, allowed), "@" + annotation.getSimpleName());
        }

        private static Handler single(@Nullable Handler existing, Handler found, String what) {
            if (existing != null) {
                throw new IllegalArgumentException(found.method.getDeclaringClass().getName() + " has two " + what
                        + " methods: " + existing.method.getName() + " and " + found.method.getName());
            }
            return found;
        }
    }
}
