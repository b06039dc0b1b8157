package dev.voicecampaign.http.server;

import dev.voicecampaign.http.api.Responses;
import dev.voicecampaign.http.exchange.Headers;
import dev.voicecampaign.http.exchange.HttpHandler;
import dev.voicecampaign.http.exchange.HttpRequest;
import dev.voicecampaign.http.exchange.HttpResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Serves any {@link HttpHandler} on Jetty's HTTP server, one virtual thread per request, within
 * {@link ServerLimits}. Bodies over the limit are refused with 413 without being read to the end,
 * requests beyond the concurrency limit with 503; a failure inside the handler becomes a generic 500
 * problem, never a stack trace, and what Jetty refuses before any handler (a malformed request line
 * or URI, headers over the byte limit) is answered with a problem document too ({@code ServerProblems}).
 * {@link #stop()} is graceful (requests in flight finish within the shutdown grace, new ones are
 * refused with 503 {@code shutting-down}); {@link #close()} is immediate.
 */
public final class EmbeddedServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EmbeddedServer.class.getName());
    private static final byte[] NO_BODY = new byte[0];
    /** How much of a refused body is read and discarded before closing, so the client reads the answer (lingering close). */
    static final long REFUSED_BODY_DRAIN_BYTES = 64L * 1024 * 1024;

    private final Server server;
    private final ServerConnector connector;
    private final int port;
    private final ServerLimits limits;
    private final Semaphore inFlight;
    private final AtomicBoolean stopping;

    private EmbeddedServer(Server server, ServerConnector connector, ServerLimits limits, Semaphore inFlight, AtomicBoolean stopping) {
        this.server = server;
        this.connector = connector;
        this.port = connector.getLocalPort();
        this.limits = limits;
        this.inFlight = inFlight;
        this.stopping = stopping;
    }

    /**
     * What a graceful stop did: the requests in flight when it began, those still unfinished when
     * the grace ran out (their connections were closed without an answer), and how long it took.
     */
    public record StopReport(int inFlightAtStop, int abandoned, Duration took) {
        /** True when every request in flight at the stop finished and was answered. */
        public boolean drained() {
            return abandoned == 0;
        }
    }

    /** Starts on {@code port} (0 picks a free one) of the loopback or any address, per {@code address}. */
    public static EmbeddedServer start(InetSocketAddress address, HttpHandler handler, ServerLimits limits) throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("http");
        threads.setVirtualThreadsExecutor(Executors.newVirtualThreadPerTaskExecutor());
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(limits.maxHeaderBytes());
        http.setSendServerVersion(false);
        // dot segments are removed before routing; an ambiguous path (an encoded slash or dot segment, a NUL) is a 400
        http.setUriCompliance(UriCompliance.DEFAULT);
        http.setIdleTimeout(limits.requestTime().toMillis());
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(address.getAddress() == null || address.getAddress().isAnyLocalAddress() ? null : address.getAddress().getHostAddress());
        connector.setPort(address.getPort());
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        server.addConnector(connector);
        server.setErrorHandler(new ServerProblems());
        Semaphore inFlight = new Semaphore(limits.maxConcurrentRequests());
        AtomicBoolean stopping = new AtomicBoolean();
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                serve(request, response, callback, handler, limits, inFlight, stopping);
                return true;
            }
        });
        try {
            server.start();
        } catch (Exception e) {
            try {
                server.stop();
            } catch (Exception alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            if (e instanceof IOException io) throw io;
            throw new IOException("the HTTP server did not start: " + e.getMessage(), e);
        }
        return new EmbeddedServer(server, connector, limits, inFlight, stopping);
    }

    public static EmbeddedServer start(InetSocketAddress address, HttpHandler handler, int maxBodyBytes) throws IOException {
        return start(address, handler, ServerLimits.defaults().withMaxBodyBytes(maxBodyBytes));
    }

    public static EmbeddedServer start(int port, HttpHandler handler) throws IOException {
        return start(new InetSocketAddress(port), handler, ServerLimits.defaults());
    }

    public int port() {
        return port;
    }

    private static void serve(Request request, Response response, Callback callback, HttpHandler handler, ServerLimits limits,
                              Semaphore inFlight, AtomicBoolean stopping) {
        if (stopping.get()) {
            finish(request, response, callback, Responses.problem(503, "shutting-down", "Shutting down",
                    "the server is stopping and takes no new requests; this one was not applied", "Retry-After", "1", "Connection", "close"));
            return;
        }
        if (!inFlight.tryAcquire()) {
            finish(request, response, callback, Responses.problem(503, "overloaded", "Overloaded",
                    "more than " + limits.maxConcurrentRequests() + " requests in flight; retry shortly", "Retry-After", "1"));
            return;
        }
        Reply reply;
        try {
            reply = reply(request, handler, limits);
            write(request, response, reply.response());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "exchange failed", e);
            callback.failed(e);
            return;
        } finally {
            inFlight.release();
        }
        // after the permit is released: a client still sending a refused body holds no place of a request
        if (reply.bodyRefused()) drain(request);
        callback.succeeded();
    }

    /** The answer, and whether it refused a body still (partly) unread, which is then drained before the connection closes. */
    private record Reply(HttpResponse response, boolean bodyRefused) {
    }

    private static Reply reply(Request request, HttpHandler handler, ServerLimits limits) {
        if (request.getHeaders().size() > limits.maxHeaders()) {
            return new Reply(ServerProblems.headerFieldsTooLarge("at most " + limits.maxHeaders() + " header fields"), true);
        }
        String path;
        try {
            path = request.getHttpURI().getDecodedPath();
        } catch (IllegalArgumentException notUtf8) {
            return new Reply(ServerProblems.problem(400), true);
        }
        Headers headers = headers(request.getHeaders());
        int maxBodyBytes = handler.maxBodyBytes(request.getMethod(), path, headers, limits.maxBodyBytes());
        long declared = request.getLength();
        if (declared > maxBodyBytes) return new Reply(tooLarge(maxBodyBytes), true);
        byte[] body;
        try {
            body = readBody(request, maxBodyBytes, declared);
        } catch (UnreadableBody e) {
            return new Reply(e.problem, false);
        }
        if (body == null) return new Reply(tooLarge(maxBodyBytes), true);
        // the body is read: from here the request idles while the handler works, which is no reason to fail it
        request.addIdleTimeoutListener(timeout -> false);
        return new Reply(handle(handler, request, path, headers, body), false);
    }

    /** The body, null when over the limit; a body that stops arriving or ends early is a problem for the client. */
    private static byte[] readBody(Request request, int maxBodyBytes, long declared) {
        try {
            return readAtMost(Content.Source.asInputStream(request), maxBodyBytes, declared);
        } catch (IOException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof TimeoutException) {
                    throw new UnreadableBody(Responses.problem(408, "request-timeout", "Request timeout",
                            "the body stopped arriving before its end; the request was not applied", "Connection", "close"));
                }
            }
            throw new UnreadableBody(ServerProblems.problem(400));
        }
    }

    /** A body the server could not read to its end, with the answer it gets. */
    private static final class UnreadableBody extends RuntimeException {
        private final transient HttpResponse problem;

        UnreadableBody(HttpResponse problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }

    private static HttpResponse handle(HttpHandler handler, Request request, String path, Headers headers, byte[] body) {
        Map<String, List<String>> query;
        try {
            query = HttpRequest.parseQuery(request.getHttpURI().getQuery());
        } catch (IllegalArgumentException malformedPercentEncoding) {
            return ServerProblems.problem(400);
        }
        return safely(handler, new HttpRequest(request.getMethod(), path, query, headers, body));
    }

    private static Headers headers(HttpFields fields) {
        // Headers files the names case-insensitively itself: one sorted copy, not two
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (HttpField field : fields) values.computeIfAbsent(field.getName(), k -> new ArrayList<>()).add(field.getValue());
        return new Headers(values);
    }

    private static HttpResponse safely(HttpHandler handler, HttpRequest request) {
        try {
            return handler.handle(request);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "handler failed on " + request.method() + " " + request.path(), e);
            return Responses.problem(500, "internal", "Internal error", "the server failed; the request may not have been applied");
        }
    }

    private static HttpResponse tooLarge(int max) {
        return Responses.problem(413, "payload-too-large", "Payload too large", "bodies are limited to " + max + " bytes", "Connection", "close");
    }

    /**
     * The body, or null when it is longer than {@code max}. A declared length (at most {@code max},
     * checked before) is read into an array of that size; without one (chunked), in pieces.
     */
    static byte[] readAtMost(InputStream in, int max, long declared) throws IOException {
        if (declared == 0) return NO_BODY;
        if (declared > 0 && declared <= max) return in.readNBytes((int) declared);
        int first = in.read();
        if (first < 0) return NO_BODY;
        if (max < 1) return null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(first);
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + n > max) return null;
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Writes the answer whole, blocking until it is sent. */
    private static void write(Request request, Response response, HttpResponse answer) throws IOException {
        response.setStatus(answer.status());
        HttpFields.Mutable out = response.getHeaders();
        answer.headers().values().forEach((name, values) -> values.forEach(value -> out.add(name, value)));
        byte[] body = answer.body();
        // A HEAD answer says how long the GET body would be and sends none (RFC 9110, 9.3.2).
        if (body.length > 0) out.put("Content-Length", Integer.toString(body.length));
        try (Blocker.Callback written = Blocker.callback()) {
            response.write(true, "HEAD".equals(request.getMethod()) || body.length == 0 ? null : ByteBuffer.wrap(body), written);
            written.block();
        }
    }

    /** Writes an answer given without taking a place (503) and ends the exchange. */
    private static void finish(Request request, Response response, Callback callback, HttpResponse answer) {
        try {
            write(request, response, answer);
            callback.succeeded();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "answer not sent", e);
            callback.failed(e);
        }
    }

    /**
     * Reads and discards what the client may still be sending of a refused body, up to {@link #REFUSED_BODY_DRAIN_BYTES}
     * (each read bounded by the request time): closing with the client's data unread makes the kernel reset the
     * connection, and a client still sending then loses the answer (lingering close).
     */
    private static void drain(Request request) {
        InputStream rest = Content.Source.asInputStream(request);
        long left = REFUSED_BODY_DRAIN_BYTES;
        byte[] buffer = new byte[64 * 1024];
        try {
            int n;
            while (left > 0 && (n = rest.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) left -= n;
        } catch (IOException e) {
            LOG.log(Level.FINE, "the rest of the body was not read", e);
        }
    }

    public ServerLimits limits() {
        return limits;
    }

    /** Requests being handled now (holding one of the {@code maxConcurrentRequests} places). */
    public int requestsInFlight() {
        return limits.maxConcurrentRequests() - inFlight.availablePermits();
    }

    /**
     * First step of a graceful stop, also done by {@link #stop()}: from now on every request that
     * reaches the server is answered 503 {@code shutting-down} (with {@code Connection: close}) and
     * not applied. Answers the requests in flight at that moment; they go on to finish.
     */
    public int refuseNewRequests() {
        stopping.set(true);
        return requestsInFlight();
    }

    /**
     * Graceful stop, bounded by the limits' shutdown grace: new requests are refused (see
     * {@link #refuseNewRequests()}), the listener stops taking connections, requests in flight
     * finish and are answered; when the grace runs out, the connections still open are closed
     * (their requests get no answer; their handlers are not interrupted, and fail on whatever the
     * caller closes next, such as the storage).
     */
    public StopReport stop() {
        long start = System.nanoTime();
        int inFlightAtStop = refuseNewRequests();
        connector.close();   // stops listening; open connections stay until close()
        int abandoned = 0;
        try {
            // every place free again means every request in flight has finished
            if (inFlight.tryAcquire(limits.maxConcurrentRequests(), limits.shutdownGrace().toNanos(), TimeUnit.NANOSECONDS)) {
                inFlight.release(limits.maxConcurrentRequests());
            } else {
                abandoned = requestsInFlight();
            }
        } catch (InterruptedException e) {
            abandoned = requestsInFlight();
            Thread.currentThread().interrupt();
        }
        close();
        return new StopReport(inFlightAtStop, abandoned, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Immediate stop, for tests and failed starts. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "the HTTP server did not stop cleanly", e);
        }
    }
}
