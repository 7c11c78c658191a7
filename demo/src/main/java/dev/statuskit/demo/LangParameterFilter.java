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
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lets a plain link choose the language, which a browser link cannot: {@code ?lang=TAG} stands for the
 * {@code Accept-Language} header, so the explorer can link to "this error in Japanese". (The format is
 * chosen with StatusKit's own {@code ?format=json}.) Runs before the StatusKit filter; a value that is not
 * shaped like a language tag is ignored.
 */
public class LangParameterFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /** The shape of a language tag or range list: letters, digits and hyphens, at most 35 characters. */
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9-]{1,35}");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String lang = request.getParameter("lang");
        if (lang == null || !TAG.matcher(lang).matches()) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getHeader(String name) {
                return "Accept-Language".equalsIgnoreCase(name) ? lang : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return "Accept-Language".equalsIgnoreCase(name) ? Collections.enumeration(List.of(lang)) : super.getHeaders(name);
            }
        }, response);
    }
}
