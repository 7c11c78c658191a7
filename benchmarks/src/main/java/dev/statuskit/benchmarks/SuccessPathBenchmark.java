package dev.statuskit.benchmarks;

import dev.statuskit.http.ProblemOptions;
import dev.statuskit.http.ProblemResponder;
import dev.statuskit.http.jaxrs.StatusKitFeature;
import dev.statuskit.http.servlet.StatusKitFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What StatusKit adds to a request that succeeds: a 200 that passes through {@link StatusKitFilter}, and one
 * that passes through the Jakarta REST response filter {@link StatusKitFeature} registers, each against the
 * same call without StatusKit.
 *
 * <ul>
 *   <li>{@link #servletBaseline}: the fake chain, called directly; it sets status 200 on the response, as a
 *       servlet does, and keeps the response it got, so StatusKit's wrapper escapes as in a real server. {@link #servletStatusKit}: the same chain through {@code StatusKitFilter.doFilter}.</li>
 *   <li>{@link #jaxrsBaseline}: a response filter that does nothing, called through the same interface.
 *       {@link #jaxrsStatusKit}: StatusKit's response filter, taken from what {@code StatusKitFeature.configure}
 *       registers, on a 200 with an entity.</li>
 * </ul>
 * The fakes are minimal: a request that is a REQUEST dispatch and not asynchronous, a response that keeps its
 * status; anything else they are asked throws, so the benchmark cannot silently take another path.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {ForkedJvm.HEAP_START, ForkedJvm.HEAP_MAX, ForkedJvm.PRE_TOUCH})
public class SuccessPathBenchmark {
    private HttpServletRequest request;
    private FakeServletResponse response;
    private FilterChain chain;
    private StatusKitFilter filter;

    private ContainerRequestContext jaxrsRequest;
    private FakeResponseContext jaxrsResponse;
    private ContainerResponseFilter jaxrsFilter;
    private ContainerResponseFilter noFilter;

    @Setup
    public void setUp() {
        ProblemResponder responder = ProblemResponder.create(ProblemOptions.defaults());
        request = new FakeServletRequest();
        response = new FakeServletResponse();
        chain = new FakeChain();
        filter = new StatusKitFilter(responder);
        filter.init(filterConfig()); // until then the filter passes every request through untouched

        jaxrsRequest = unsupported(ContainerRequestContext.class);
        jaxrsResponse = new FakeResponseContext();
        jaxrsFilter = statusKitResponseFilter(new StatusKitFeature(responder));
        noFilter = (req, res) -> { };
    }

    @Benchmark
    public int servletBaseline() throws IOException, ServletException {
        chain.doFilter(request, response);
        return response.status;
    }

    @Benchmark
    public int servletStatusKit() throws IOException, ServletException {
        filter.doFilter(request, response, chain);
        return response.status;
    }

    @Benchmark
    public int jaxrsBaseline() throws IOException {
        noFilter.filter(jaxrsRequest, jaxrsResponse);
        return jaxrsResponse.status;
    }

    @Benchmark
    public int jaxrsStatusKit() throws IOException {
        jaxrsFilter.filter(jaxrsRequest, jaxrsResponse);
        return jaxrsResponse.status;
    }

    /**
     * A filter's configuration with no parameters, as a container gives it; its context takes the attribute the filter
     * shares its responder under, and keeps nothing.
     */
    static FilterConfig filterConfig() {
        ServletContext context = (ServletContext) Proxy.newProxyInstance(ServletContext.class.getClassLoader(),
                new Class<?>[] {ServletContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getInitParameter", "setAttribute" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (FilterConfig) Proxy.newProxyInstance(FilterConfig.class.getClassLoader(),
                new Class<?>[] {FilterConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getServletContext" -> context;
                    case "getInitParameter" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The response the servlet got in the last call: StatusKit's wrapper when the filter is on the path. */
    Object lastResponseSeen() {
        return ((FakeChain) chain).lastResponse;
    }

    /** The response the fakes stand for. */
    Object servletResponse() {
        return response;
    }

    /** The response filter the feature registers, found among what it registers, in a configuration with no properties. */
    static ContainerResponseFilter statusKitResponseFilter(StatusKitFeature feature) {
        List<Object> registered = new ArrayList<>();
        Configuration configuration = (Configuration) Proxy.newProxyInstance(Configuration.class.getClassLoader(),
                new Class<?>[] {Configuration.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isRegistered" -> false;
                    case "getProperty" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        FeatureContext context = (FeatureContext) Proxy.newProxyInstance(FeatureContext.class.getClassLoader(),
                new Class<?>[] {FeatureContext.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getConfiguration":
                            return configuration;
                        case "register":
                            registered.add(args[0]);
                            return proxy;
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
        feature.configure(context);
        List<ContainerResponseFilter> filters = registered.stream().filter(ContainerResponseFilter.class::isInstance)
                .map(ContainerResponseFilter.class::cast).toList();
        if (filters.size() != 1) {
            throw new IllegalStateException("Expected one response filter, got " + filters);
        }
        return filters.get(0);
    }

    /** An instance of an interface whose every method throws; for what the path must never call. */
    static <T> T unsupported(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            throw new UnsupportedOperationException(type.getSimpleName() + "." + method.getName());
        }));
    }

    /**
     * Sets 200, as a servlet does, and keeps the response it was given, as a container keeps it for the rest of
     * the request: so the filter's wrapper escapes and its allocation is counted, as in a real server, instead of
     * being optimized away.
     */
    static final class FakeChain implements FilterChain {
        volatile Object lastResponse;

        @Override
        public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
            ((HttpServletResponse) res).setStatus(200);
            lastResponse = res;
        }
    }

    /** A REQUEST dispatch that does not go asynchronous. */
    static final class FakeServletRequest extends HttpServletRequestWrapper {
        FakeServletRequest() {
            super(unsupported(HttpServletRequest.class));
        }

        @Override
        public DispatcherType getDispatcherType() {
            return DispatcherType.REQUEST;
        }

        @Override
        public boolean isAsyncStarted() {
            return false;
        }
    }

    /** A response that keeps its status and is never committed. */
    static final class FakeServletResponse extends HttpServletResponseWrapper {
        int status;

        FakeServletResponse() {
            super(unsupported(HttpServletResponse.class));
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public boolean isCommitted() {
            return false;
        }
    }

    /** A 200 with an entity of the application's own. */
    static final class FakeResponseContext implements ContainerResponseContext {
        int status = 200;
        final Object entity = "{\"id\":1,\"name\":\"item\"}";

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public void setStatus(int code) {
            status = code;
        }

        @Override
        public boolean hasEntity() {
            return true;
        }

        @Override
        public Object getEntity() {
            return entity;
        }

        private static UnsupportedOperationException unexpected() {
            return new UnsupportedOperationException("not on the success path");
        }

        @Override public Response.StatusType getStatusInfo() { throw unexpected(); }
        @Override public void setStatusInfo(Response.StatusType statusInfo) { throw unexpected(); }
        @Override public MultivaluedMap<String, Object> getHeaders() { throw unexpected(); }
        @Override public MultivaluedMap<String, String> getStringHeaders() { throw unexpected(); }
        @Override public String getHeaderString(String name) { throw unexpected(); }
        @Override public boolean containsHeaderString(String name, String separator, Predicate<String> p) { throw unexpected(); }
        @Override public Set<String> getAllowedMethods() { throw unexpected(); }
        @Override public Date getDate() { throw unexpected(); }
        @Override public Locale getLanguage() { throw unexpected(); }
        @Override public int getLength() { throw unexpected(); }
        @Override public MediaType getMediaType() { throw unexpected(); }
        @Override public Map<String, NewCookie> getCookies() { throw unexpected(); }
        @Override public EntityTag getEntityTag() { throw unexpected(); }
        @Override public Date getLastModified() { throw unexpected(); }
        @Override public URI getLocation() { throw unexpected(); }
        @Override public Set<Link> getLinks() { throw unexpected(); }
        @Override public boolean hasLink(String relation) { throw unexpected(); }
        @Override public Link getLink(String relation) { throw unexpected(); }
        @Override public Link.Builder getLinkBuilder(String relation) { throw unexpected(); }
        @Override public Class<?> getEntityClass() { throw unexpected(); }
        @Override public Type getEntityType() { throw unexpected(); }
        @Override public void setEntity(Object entity) { throw unexpected(); }
        @Override public void setEntity(Object entity, Annotation[] annotations, MediaType mediaType) { throw unexpected(); }
        @Override public Annotation[] getEntityAnnotations() { throw unexpected(); }
        @Override public OutputStream getEntityStream() { throw unexpected(); }
        @Override public void setEntityStream(OutputStream outputStream) { throw unexpected(); }
    }
}
