package dev.statuskit.http.servlet;

import dev.statuskit.http.ProblemRequest;
import dev.statuskit.i18n.LocaleRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Enumeration;
import java.util.Optional;

/** A servlet request as the responder reads it. Never reads request parameters: that could consume a form body. */
final class ServletProblemRequest implements ProblemRequest {
    private final HttpServletRequest request;
    private final String path;

    ServletProblemRequest(HttpServletRequest request, String path) {
        this.request = request;
        this.path = path;
    }

    @Override
    public String method() {
        return request.getMethod();
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public Optional<String> header(String name) {
        Enumeration<String> values = request.getHeaders(name);
        return values == null ? Optional.empty() : LocaleRequest.combinedValue(name, values.asIterator());
    }

    @Override
    public Optional<String> rawQuery() {
        return Optional.ofNullable(request.getQueryString());
    }

    @Override
    public String toString() {
        return "ServletProblemRequest[" + request.getMethod() + " " + path + "]";
    }
}
