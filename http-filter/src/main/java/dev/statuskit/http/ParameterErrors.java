package dev.statuskit.http;

import dev.statuskit.http.internal.Members;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A request parameter whose value the Jakarta REST implementation could not convert to the resource method's
 * type ({@code ?limit=abc} for an {@code int}), recognized by class and message alone so that neither Jakarta
 * REST nor an implementation need be on the class path:
 * <ul>
 *   <li>Jersey: an {@code org.glassfish.jersey.server.ParamException}, whose {@code getParameterName()} and
 *       {@code getParameterType()} say which parameter;</li>
 *   <li>RESTEasy: a {@code NotFoundException} or {@code BadRequestException} with its message
 *       {@code RESTEASY003870}, which names the parameter as {@code jakarta.ws.rs.QueryParam("limit")} before the
 *       value; the value itself is never read.</li>
 * </ul>
 * Jakarta REST (§3.2) answers a query, path or matrix parameter with 404 and a header, cookie or form parameter
 * with 400. A path or matrix parameter is part of the resource's address, so its 404 stands; a query parameter
 * names no resource, and a value in the wrong format is the client's malformed request (RFC 9110 §15.5.1): 400.
 */
final class ParameterErrors {
    /** The extension member with the entry, as for validation errors. */
    static final String ERRORS = ValidationErrors.ERRORS;
    /** The localized text of an entry, in the catalog under this key. */
    static final String KEY = "errors.parameter-format";
    static final String FALLBACK = "The value is not in a format this parameter accepts.";

    private static final String JERSEY = "org.glassfish.jersey.server.ParamException";
    private static final String RESTEASY_MESSAGE = "RESTEASY003870";
    /** The first parameter signature in RESTEasy's message: it comes before the value, which may hold anything. */
    private static final Pattern RESTEASY_SIGNATURE = Pattern.compile("jakarta\\.ws\\.rs\\.(Query|Path|Matrix|Header|Cookie|Form)Param\\(\"([^\"]*)\"\\)");

    private ParameterErrors() {
    }

    /** Which parameter failed: its source ({@code Query}, {@code Path}, ...) and its name. */
    record Failed(String source, String name) {
        /** The status to answer with: 400 for a query parameter, else the implementation's own. */
        int status(int implementations) {
            return source.equals("Query") ? 400 : implementations;
        }

        /** The {@code errors} member: one entry with the localized text and the parameter's name. */
        List<Map<String, Object>> errors(String detail) {
            return List.of(Members.stringMap("detail", detail, "parameter", name));
        }
    }

    /** The parameter whose conversion failed, if this exception says so. */
    static Optional<Failed> of(@Nullable Throwable error) {
        if (error == null) {
            return Optional.empty();
        }
        for (Class<?> type = error.getClass(); type != null; type = type.getSuperclass()) {
            String name = type.getName();
            if (name.equals(JERSEY)) {
                return jersey(error);
            }
            if (name.equals("jakarta.ws.rs.NotFoundException") || name.equals("jakarta.ws.rs.BadRequestException")) {
                return resteasy(ExceptionMessages.of(error));
            }
        }
        return Optional.empty();
    }

    private static Optional<Failed> jersey(Throwable error) {
        try {
            Method parameterName = error.getClass().getMethod("getParameterName");
            Method parameterType = error.getClass().getMethod("getParameterType");
            Object name = parameterName.invoke(error);
            Object annotation = parameterType.invoke(error);
            if (name instanceof String s && annotation instanceof Class<?> c && c.getSimpleName().endsWith("Param")) {
                String source = c.getSimpleName().substring(0, c.getSimpleName().length() - "Param".length());
                return Optional.of(new Failed(source, s));
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // Another Jersey: answered as its status says, without an entry.
        }
        return Optional.empty();
    }

    private static Optional<Failed> resteasy(@Nullable String message) {
        if (message == null || !message.startsWith(RESTEASY_MESSAGE)) {
            return Optional.empty();
        }
        Matcher matcher = RESTEASY_SIGNATURE.matcher(message);
        return matcher.find() ? Optional.of(new Failed(matcher.group(1), matcher.group(2))) : Optional.empty();
    }
}
