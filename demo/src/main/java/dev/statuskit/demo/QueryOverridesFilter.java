package dev.statuskit.demo;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Lets a plain link choose what a browser cannot: {@code ?format=json|xml|html|text} stands for the
 * {@code Accept} header and {@code ?lang=TAG} for {@code Accept-Language}, so the explorer can link to
 * "this error as problem+json, in Japanese". Runs before the StatusKit filter. Unknown values are ignored.
 */
public class QueryOverridesFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FORMATS = Map.of(
            "json", "application/problem+json",
            "xml", "application/problem+xml",
            "html", "text/html",
            "text", "text/plain");
    /** Longest {@code lang} value passed on; language tags are short. */
    private static final int MAX_LANG = 35;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String format = FORMATS.get(String.valueOf(request.getParameter("format")));
        String lang = request.getParameter("lang");
        if (lang != null && (lang.length() > MAX_LANG || !lang.matches("[A-Za-z0-9-]+"))) {
            lang = null;
        }
        if (format == null && lang == null) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new Overridden(request, format, lang), response);
    }

    /** The request with the chosen headers replaced. */
    private static final class Overridden extends HttpServletRequestWrapper {
        private final String accept;
        private final String language;

        Overridden(HttpServletRequest request, String accept, String language) {
            super(request);
            this.accept = accept;
            this.language = language;
        }

        private String replaced(String name) {
            if (accept != null && "Accept".equalsIgnoreCase(name)) {
                return accept;
            }
            if (language != null && "Accept-Language".equalsIgnoreCase(name)) {
                return language;
            }
            return null;
        }

        @Override
        public String getHeader(String name) {
            String value = replaced(name);
            return value != null ? value : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            String value = replaced(name);
            return value != null ? Collections.enumeration(java.util.List.of(value)) : super.getHeaders(name);
        }
    }
}
