package dev.statuskit.it.deployment;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.util.Set;

/**
 * The servlets and the Jakarta REST resource of the web application {@link WebFragmentTest} deploys. Their class files
 * are copied into its {@code WEB-INF/classes}, as an application's own classes are, and its {@code web.xml} declares
 * them; nothing of StatusKit is named here.
 */
public final class WarServlets {
    /** What {@link Throw}'s exception message holds, and no answer may. */
    public static final String SECRET = "jdbc:postgresql://db.internal/orders?password=s3cr3t";

    private WarServlets() {
    }

    /** {@code /send-error/<code>}: {@code sendError(code)}. */
    public static final class SendError extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.sendError(Integer.parseInt(request.getPathInfo().substring(1)));
        }
    }

    /** {@code /throw}: throws an exception whose message holds {@link #SECRET}. */
    public static final class Throw extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            throw new IllegalStateException("Cannot reach " + SECRET);
        }
    }

    /** {@code /ok}: 200 with a text body. */
    public static final class Ok extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("ok");
        }
    }

    /** {@code /api/items/<id>} through Jersey's servlet: items 1 to 3 exist, another id throws {@code NotFoundException}. */
    @Path("items")
    public static final class Items {
        /** For Jersey. */
        public Items() {
        }

        /**
         * The item, or {@code NotFoundException}. Without {@code @Produces}: Jersey matches methods against
         * {@code Accept} first, so {@code application/json} alone would turn a request that accepts only problems
         * into a 406 before the method could throw.
         */
        @GET
        @Path("{id}")
        public String item(@PathParam("id") String id) {
            if (!id.matches("[123]")) {
                throw new NotFoundException();
            }
            return "{\"id\":" + id + "}";
        }
    }

    /**
     * The same resource at {@code /rest/*}, as most applications declare Jakarta REST: an {@code Application} with
     * {@code @ApplicationPath} and no servlet in {@code web.xml}; Jersey's {@code ServletContainerInitializer} finds it
     * and adds the servlet.
     */
    @ApplicationPath("rest")
    public static final class Rest extends Application {
        /** For Jersey. */
        public Rest() {
        }

        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(Items.class);
        }
    }
}
