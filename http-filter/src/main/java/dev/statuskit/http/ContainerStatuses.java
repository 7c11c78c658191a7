package dev.statuskit.http;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * Exceptions that a servlet container throws into the application, carrying the client-error status the container
 * itself answers them with when they escape the servlet:
 * <ul>
 *   <li>Jetty's {@code org.eclipse.jetty.http.HttpException} ({@code getCode()}), such as the
 *       {@code HttpException.IllegalStateException} of {@code getParameter} on a form over
 *       {@code maxFormContentSize} (400, caused by one of 413) or of {@code getParts} over a multipart limit (400);</li>
 *   <li>Tomcat's {@code org.apache.tomcat.util.http.InvalidParameterException} ({@code getErrorCode()}), such as that of
 *       {@code getParameter} over {@code maxPostSize} or of {@code getParts} over a multipart limit (413).</li>
 * </ul>
 * Without this, such an exception would be answered like any other, with 500, where the container without StatusKit
 * answers 400 or 413. Of the exception and its causes, at most {@value MalformedRequests#MAX_CAUSES} deep, the innermost
 * 4xx wins: it is the most specific (Jetty's 413 under its 400 "Unable to parse form content"). Recognized by class
 * name and read by reflection, so that no container need be on the class path; the method is looked up once per class.
 */
final class ContainerStatuses {
    private static final String JETTY = "org.eclipse.jetty.http.HttpException";
    private static final String TOMCAT = "org.apache.tomcat.util.http.InvalidParameterException";

    /** Per exception class, the public method of the container's public type that reads its status, or null for none. */
    private static final ClassValue<@Nullable Method> STATUS_READERS = new ClassValue<>() {
        @Override
        protected @Nullable Method computeValue(Class<?> type) {
            return statusReader(type);
        }
    };

    private ContainerStatuses() {
    }

    /** The client-error status (400-499) this exception or its causes carry, the innermost winning; 0 for none. */
    static int of(@Nullable Throwable error) {
        int status = 0;
        Throwable t = error;
        for (int depth = 0; t != null && depth < MalformedRequests.MAX_CAUSES; depth++, t = t.getCause()) {
            Method reader = STATUS_READERS.get(t.getClass());
            if (reader != null) {
                int code = read(reader, t);
                if (code >= 400 && code <= 499) {
                    status = code;
                }
            }
        }
        return status;
    }

    private static int read(Method reader, Throwable error) {
        try {
            return reader.invoke(error) instanceof Integer code ? code : 0;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return 0; // a container's getter that fails says nothing about the status
        }
    }

    /** The status getter declared by the container's type among this class's supertypes, if it has one. */
    private static @Nullable Method statusReader(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(TOMCAT)) {
                return publicMethod(c, "getErrorCode");
            }
            for (Class<?> i : c.getInterfaces()) {
                if (i.getName().equals(JETTY)) {
                    return publicMethod(i, "getCode");
                }
            }
        }
        return null;
    }

    private static @Nullable Method publicMethod(Class<?> declaring, String name) {
        if (!Modifier.isPublic(declaring.getModifiers())) {
            return null;
        }
        try {
            Method method = declaring.getMethod(name);
            return method.getReturnType() == int.class ? method : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
