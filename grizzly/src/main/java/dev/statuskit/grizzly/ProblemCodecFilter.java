package dev.statuskit.grizzly;

import dev.statuskit.http.ErrorAnswer;
import dev.statuskit.http.ProblemResponder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.http.ContentEncoding;
import org.glassfish.grizzly.http.HttpCodecFilter;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpPacketParsing;
import org.glassfish.grizzly.http.HttpProbe;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.ServerConfiguration;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.memory.MemoryManager;

/**
 * Grizzly's HTTP codec (its {@link HttpServerFilter}, below the {@code HttpServer}, where no error page
 * generator is asked), with the answers to what it refuses made problems.
 *
 * <p>Grizzly's codec answers a request it cannot parse by itself, with a bare status, {@code Content-Length: 0}
 * and a closed connection: {@code onHttpHeaderError} (a request line or header section over its size limit, a
 * line it cannot parse, an unknown HTTP version, an HTTP/1.1 request without {@code Host}) and
 * {@code onHttpContentError} (a body it cannot decode, such as a bad chunk). This subclass keeps Grizzly's
 * framing and closing ({@code customizeErrorResponse} is the hook Grizzly offers for the answer's content) and
 * only applies the responder's answer to the status Grizzly's refusal stands for. It also refuses, in
 * {@code onHttpHeaderParsed}, what Grizzly lets through but Jetty and Tomcat refuse: see {@link RequestSyntax}.
 */
final class ProblemCodecFilter extends HttpServerFilter {
    /** The request attribute under which the answer waits for {@link #customizeErrorResponse}. */
    private static final String ANSWER = ProblemCodecFilter.class.getName() + ".answer";

    private final ProblemResponder responder;

    /** A codec configured as Grizzly's {@code HttpServer} configures the listener's own (its constructor's). */
    @SuppressWarnings("deprecation")
    private ProblemCodecFilter(ProblemResponder responder, NetworkListener listener) {
        super(listener.isChunkingEnabled(),
                listener.getMaxHttpHeaderSize() == -1 ? DEFAULT_MAX_HTTP_PACKET_HEADER_SIZE : listener.getMaxHttpHeaderSize(),
                null, listener.getKeepAlive(), null, listener.getMaxRequestHeaders(), listener.getMaxResponseHeaders());
        this.responder = responder;
    }

    /**
     * The codec that takes the place of Grizzly's, with the same settings: its content encodings (compression),
     * payload rules, header case and monitoring probes. If the server leaves the body remainder to skip
     * unlimited while it limits request bodies, the remainder is capped at that limit: see
     * {@link StatusKitGrizzly#install}.
     */
    static ProblemCodecFilter replacing(HttpServerFilter codec, NetworkListener listener, ProblemResponder responder,
                                        ServerConfiguration config) {
        ProblemCodecFilter filter = new ProblemCodecFilter(responder, listener);
        for (ContentEncoding encoding : codec.getContentEncodings()) {
            filter.addContentEncoding(encoding);
        }
        filter.setAllowPayloadForUndefinedHttpMethods(codec.isAllowPayloadForUndefinedHttpMethods());
        filter.setRemoveHandledContentEncodingHeaders(codec.isRemoveHandledContentEncodingHeaders());
        filter.setPreserveHeaderCase(codec.isPreserveHeaderCase());
        if (codec.getDefaultResponseContentType() != null) {
            filter.setDefaultResponseContentType(codec.getDefaultResponseContentType());
        }
        long skip = codec.getMaxPayloadRemainderToSkip();
        filter.setMaxPayloadRemainderToSkip(skip < 0 && config.getMaxPostSize() >= 0 ? config.getMaxPostSize() : skip);
        HttpProbe[] probes = codec.getMonitoringConfig().getProbes();
        if (probes.length > 0) {
            filter.getMonitoringConfig().addProbes(probes);
        }
        return filter;
    }

    /**
     * Refuses with a 400, after Grizzly's own checks, a request whose target, {@code Host} or
     * {@code Transfer-Encoding} breaks the rules of {@link RequestSyntax}. Returning true makes Grizzly's codec
     * take the request as one it could not parse: {@link #onHttpHeaderError} answers it and the connection
     * closes (RFC 9112 §6.3 requires that for the {@code Transfer-Encoding}; for the others what follows on the
     * connection can no more be trusted).
     */
    @Override
    protected boolean onHttpHeaderParsed(HttpHeader httpHeader, Buffer buffer, FilterChainContext ctx) {
        if (super.onHttpHeaderParsed(httpHeader, buffer, ctx)) {
            return true;
        }
        HttpRequestPacket request = (HttpRequestPacket) httpHeader;
        boolean valid = RequestSyntax.isOriginFormTarget(request.getMethod().getMethodString(), request.getRequestURI(),
                request.getQueryString())
                && RequestSyntax.isHost(values(request, "Host"))
                && RequestSyntax.endsInChunked(values(request, "Transfer-Encoding"));
        if (!valid) {
            request.getResponse().setStatus(400);
        }
        return !valid;
    }

    /**
     * Takes a request that asks for {@code Upgrade: h2c}, when no HTTP/2 filter takes it up, for what it then is:
     * an HTTP/1.1 request (RFC 9110 §7.8 lets a server ignore {@code Upgrade}). Grizzly's codec marks every upgrade
     * request so that neither its body nor its answer goes through the codec's content handling, and for h2c only
     * Grizzly's HTTP/2 filter clears that mark, when it is installed and takes the upgrade. Without it the answer
     * went out without its {@code Content-Type} (and a chunked body was not decoded): a JDK {@code HttpClient},
     * which asks for h2c on its first cleartext request by default, got every answer of a Grizzly server,
     * StatusKit's problems included, without a media type. The mark is cleared here for h2c alone, as Grizzly's
     * HTTP/2 filter clears it; any other upgrade (a WebSocket handshake) keeps Grizzly's handling.
     */
    @Override
    protected void onIncomingUpgrade(FilterChainContext ctx, HttpHeader httpHeader) {
        super.onIncomingUpgrade(ctx, httpHeader);
        if (RequestSyntax.isH2cOnly(httpHeader.getUpgrade())) {
            httpHeader.setIgnoreContentModifiers(false);
        }
    }

    /**
     * Answers a request whose head Grizzly could not take with a problem, then lets Grizzly send it and close.
     * The status is the one Grizzly set (505 for an unknown version, or this filter's 400), else 414 for a request
     * target over the size limit, 431 for a header section over it, 400 for anything else. Until the header
     * section was read whole, the answer is in JSON and the default language.
     */
    @Override
    protected void onHttpHeaderError(HttpHeader httpHeader, FilterChainContext ctx, Throwable t) throws IOException {
        HttpRequestPacket request = (HttpRequestPacket) httpHeader;
        HttpCodecFilter.HeaderParsingState parsing = ((HttpPacketParsing) httpHeader).getHeaderParsingState();
        int set = request.getResponse().getStatus();
        int status = set >= 400 ? set : refusal(parsing, t, ctx.getMessage());
        prepare(request, status, parsing.state >= 1, parsing.state >= 2);
        super.onHttpHeaderError(httpHeader, ctx, t);
    }

    /** Answers a request whose body Grizzly could not decode with a 400 problem, the headers having been read. */
    @Override
    protected void onHttpContentError(HttpHeader httpHeader, FilterChainContext ctx, Throwable t) throws IOException {
        HttpRequestPacket request = (HttpRequestPacket) httpHeader;
        if (!request.getResponse().isCommitted()) {
            int set = request.getResponse().getStatus();
            prepare(request, set >= 400 ? set : 400, true, true);
        }
        super.onHttpContentError(httpHeader, ctx, t);
    }

    /** The content of the answer Grizzly is about to send: the problem's body, else Grizzly's empty one. */
    @Override
    protected HttpContent customizeErrorResponse(HttpResponsePacket response) {
        HttpRequestPacket request = response.getRequest();
        Object answer = request.getAttribute(ANSWER);
        if (!(answer instanceof ErrorAnswer found)) {
            return super.customizeErrorResponse(response);
        }
        request.removeAttribute(ANSWER);
        return HttpContent.builder(response).content(Buffers.wrap(MemoryManager.DEFAULT_MEMORY_MANAGER, found.body()))
                .last(true).build();
    }

    /**
     * Which refusal a head Grizzly could not parse stands for. Grizzly's codec throws an
     * {@link IllegalStateException} when the bytes received for the head reach its limit
     * ({@code HeaderParsingState.checkOverflow}); its parsing state tells where it was: in the request target
     * (state 0, sub-state 2: 414), in the header fields (state 1: 431).
     */
    private static int refusal(HttpCodecFilter.HeaderParsingState parsing, Throwable t, Object message) {
        boolean overLimit = t instanceof IllegalStateException && message instanceof Buffer input
                && input.limit() >= parsing.packetLimit;
        if (overLimit && parsing.state == 0 && parsing.subState == 2) {
            return 414;
        }
        if (overLimit && parsing.state == 1) {
            return 431;
        }
        return 400;
    }

    /** Applies the responder's answer to the response Grizzly sends and keeps its body for the content. */
    private void prepare(HttpRequestPacket request, int status, boolean lineRead, boolean headersRead) {
        Optional<ErrorAnswer> answer = responder.answer(status, null, null,
                GrizzlyAnswers.request(request, lineRead, headersRead));
        if (answer.isPresent()) {
            GrizzlyAnswers.apply(answer.get(), request.getResponse());
            request.setAttribute(ANSWER, answer.get());
        }
    }

    private static List<String> values(HttpRequestPacket request, String name) {
        List<String> values = new ArrayList<>(1);
        request.getHeaders().values(name).forEach(values::add);
        return values;
    }

    @Override
    public String toString() {
        return "ProblemCodecFilter[" + responder + "]";
    }

    /** Puts a {@link ProblemCodecFilter} in the place of each listener's Grizzly codec when the server starts. */
    static final class Installer implements AddOn {
        private final ProblemResponder responder;
        private final ServerConfiguration config;

        Installer(ProblemResponder responder, ServerConfiguration config) {
            this.responder = responder;
            this.config = config;
        }

        @Override
        public void setup(NetworkListener listener, FilterChainBuilder builder) {
            int index = builder.indexOfType(HttpServerFilter.class);
            if (index >= 0 && builder.get(index) instanceof HttpServerFilter codec && !(codec instanceof ProblemCodecFilter)) {
                builder.set(index, replacing(codec, listener, responder, config));
            }
        }

        @Override
        public String toString() {
            return "ProblemCodecFilter.Installer[" + responder + "]";
        }
    }
}
