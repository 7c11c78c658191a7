package dev.statuskit.demo;

import dev.statuskit.i18n.StatusCatalog;
import dev.statuskit.websocket.CloseClassifier;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code GET /}: the status explorer. The language comes from {@code ?lang=} when it names a supported
 * locale, else from {@code Accept-Language}. Pages are rendered once per supported locale and kept.
 */
public class ExplorerServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient StatusCatalog catalog;
    private final transient ExplorerPage page;
    private final transient Map<Locale, byte[]> pages = new ConcurrentHashMap<>();

    /** An explorer over a catalog that holds the explorer's own texts. */
    public ExplorerServlet(StatusCatalog catalog, CloseClassifier classifier) {
        this.catalog = catalog;
        this.page = new ExplorerPage(catalog, classifier);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String lang = request.getParameter("lang");
        Locale locale = lang == null ? null : catalog.negotiator().match(lang).orElse(null);
        if (locale == null) {
            locale = catalog.negotiate(request.getHeader("Accept-Language"));
        }
        byte[] body = pages.computeIfAbsent(locale, page::render);
        response.setContentType("text/html;charset=utf-8");
        response.setHeader("Content-Language", locale.toLanguageTag());
        response.setHeader("Vary", "Accept-Language");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
