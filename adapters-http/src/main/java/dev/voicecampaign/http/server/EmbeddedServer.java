package dev.voicecampaign.http.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.voicecampaign.http.api.Responses;
import dev.voicecampaign.http.exchange.Headers;
import dev.voicecampaign.http.exchange.HttpHandler;
import dev.voicecampaign.http.exchange.HttpRequest;
import dev.voicecampaign.http.exchange.HttpResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Serves any {@link HttpHandler} on the JDK's built-in HTTP server, one virtual thread per
 * exchange, within {@link ServerLimits}. Bodies over the limit are refused with 413 without being
 * read to the end, requests beyond the concurrency limit with 503; a failure inside the handler
 * becomes a generic 500 problem, never a stack trace. The JDK server reads its own limits (header
 * size and count, request time, idle time) once per JVM, from the first server's limits.
 * {@link #stop()} is graceful (requests in flight finish within the shutdown grace, new ones are
 * refused with 503 {@code shutting-down}); {@link #close()} is immediate.
 */
public final class EmbeddedServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EmbeddedServer.class.getName());

    static {
        configureJdkServer(ServerLimits.defaults());
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final ServerLimits limits;
    private final Semaphore inFlight;
    private final AtomicBoolean stopping;

    private EmbeddedServer(HttpServer server, ExecutorService executor, ServerLimits limits, Semaphore inFlight, AtomicBoolean stopping) {
        this.server = server;
        this.executor = executor;
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
        HttpServer server = HttpServer.create(address, 0);
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        Semaphore inFlight = new Semaphore(limits.maxConcurrentRequests());
        AtomicBoolean stopping = new AtomicBoolean();
        server.createContext("/", exchange -> serve(exchange, handler, limits, inFlight, stopping));
        server.start();
        return new EmbeddedServer(server, executor, limits, inFlight, stopping);
    }

    public static EmbeddedServer start(InetSocketAddress address, HttpHandler handler, int maxBodyBytes) throws IOException {
        return start(address, handler, ServerLimits.defaults().withMaxBodyBytes(maxBodyBytes));
    }

    public static EmbeddedServer start(int port, HttpHandler handler) throws IOException {
        return start(new InetSocketAddress(port), handler, ServerLimits.defaults());
    }

    /**
     * The JDK server's own limits are system properties it reads once per JVM, when its first
     * server starts: set here, from the defaults, unless the operator set them with -D.
     */
    private static void configureJdkServer(ServerLimits limits) {
        setIfAbsent("sun.net.httpserver.maxReqHeaderSize", limits.maxHeaderBytes());
        // The JDK drops the connection past its own count of distinct fields; set so that its byte limit (each
        // field costs at least 32 bytes in its count) comes first and any request within it gets this server's 431.
        setIfAbsent("sun.net.httpserver.maxReqHeaders", limits.maxHeaderBytes() / 32 + 1);
        setIfAbsent("sun.net.httpserver.maxReqTime", limits.requestTime().toSeconds());
        setIfAbsent("sun.net.httpserver.idleInterval", limits.idleTimeout().toSeconds());
        // Without TCP_NODELAY, a response the JDK writes in two parts (headers, then a body past its buffer, such as
        // a list page) waits for the client's delayed ACK: about 40 ms added to each such answer on a kept-alive connection.
        setIfAbsent("sun.net.httpserver.nodelay", "true");
        // A body refused unread (413, or any answer that leaves the rest of it) is read and discarded up to this much before
        // the connection closes: closing with the client's data unread makes the kernel reset the connection, and a client
        // still sending then loses the answer (the JDK's default, 64 KiB, did so about one 2 MiB upload in ten).
        setIfAbsent("sun.net.httpserver.drainAmount", REFUSED_BODY_DRAIN_BYTES);
    }

    private static void setIfAbsent(String property, long value) {
        setIfAbsent(property, Long.toString(value));
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) System.setProperty(property, value);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void serve(HttpExchange exchange, HttpHandler handler, ServerLimits limits, Semaphore inFlight, AtomicBoolean stopping) {
        if (stopping.get()) {
            try (exchange) {
                send(exchange, Responses.problem(503, "shutting-down", "Shutting down",
                        "the server is stopping and takes no new requests; this one was not applied", "Retry-After", "1",
                        "Connection", "close"));
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "exchange failed", e);
            }
            return;
        }
        if (!inFlight.tryAcquire()) {
            try (exchange) {
                send(exchange, Responses.problem(503, "overloaded", "Overloaded",
                        "more than " + limits.maxConcurrentRequests() + " requests in flight; retry shortly", "Retry-After", "1"));
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "exchange failed", e);
            }
            return;
        }
        try (exchange) {
            Headers headers = new Headers(exchange.getRequestHeaders());
            int maxBodyBytes = handler.maxBodyBytes(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, limits.maxBodyBytes());
            HttpResponse response;
            String declared = exchange.getRequestHeaders().getFirst("Content-Length");
            if (headerCount(exchange) > limits.maxHeaders()) {
                response = Responses.problem(431, "header-fields-too-large", "Request header fields too large",
                        "at most " + limits.maxHeaders() + " header fields", "Connection", "close");
            } else if (declared != null && parseLong(declared) > maxBodyBytes) {
                response = tooLarge(maxBodyBytes);
            } else {
                byte[] body = readAtMost(exchange.getRequestBody(), maxBodyBytes, declared == null ? -1 : parseLong(declared));
                response = body == null ? tooLarge(maxBodyBytes) : safely(handler, request(exchange, headers, body));
            }
            send(exchange, response);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "exchange failed", e);
        } finally {
            inFlight.release();
        }
    }

    private static HttpResponse safely(HttpHandler handler, HttpRequest request) {
        try {
            return handler.handle(request);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "handler failed on " + request.method() + " " + request.path(), e);
            return Responses.problem(500, "internal", "Internal error", "the server failed; the request may not have been applied");
        }
    }

    private static int headerCount(HttpExchange exchange) {
        int n = 0;
        for (List<String> values : exchange.getRequestHeaders().values()) n += values.size();
        return n;
    }

    private static HttpResponse tooLarge(int max) {
        return Responses.problem(413, "payload-too-large", "Payload too large", "bodies are limited to " + max + " bytes", "Connection", "close");
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static final byte[] NO_BODY = new byte[0];
    /** How much of a refused body is read and discarded before closing, so the client reads the answer (lingering close). */
    static final long REFUSED_BODY_DRAIN_BYTES = 64L * 1024 * 1024;

    /**
     * The body, or null when it is longer than {@code max}. A declared length (at most {@code max},
     * checked before) is read into an array of that size; without one (chunked), in pieces.
     */
    static byte[] readAtMost(InputStream in, int max, long declared) throws IOException {
        if (declared == 0) return NO_BODY;
        if (declared > 0 && declared <= max) {
            byte[] body = in.readNBytes((int) declared);
            // the JDK server ends the stream at the declared length; anything more is not the body
            return body;
        }
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

    private static HttpRequest request(HttpExchange exchange, Headers headers, byte[] body) {
        return new HttpRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                HttpRequest.parseQuery(exchange.getRequestURI().getRawQuery()), headers, body);
    }

    private static void send(HttpExchange exchange, HttpResponse response) throws IOException {
        response.headers().values().forEach((k, v) -> exchange.getResponseHeaders().put(k, v));
        byte[] body = response.body();
        if ("HEAD".equals(exchange.getRequestMethod())) {
            // A HEAD answer says how long the GET body would be and sends none (RFC 9110, 9.3.2).
            if (body.length > 0) exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
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
     * {@link #refuseNewRequests()}), the listener is closed so new connections are refused, requests
     * in flight finish and are answered; when the grace runs out, the connections still open are
     * closed (their requests get no answer) and the handler threads are interrupted.
     */
    public StopReport stop() {
        long start = System.nanoTime();
        long deadline = start + limits.shutdownGrace().toNanos();
        int inFlightAtStop = refuseNewRequests();
        // the JDK server waits whole seconds at most, and returns as soon as no exchange is left
        server.stop((int) Math.max(1, (limits.shutdownGrace().toMillis() + 999) / 1000));
        executor.shutdown();
        int abandoned = 0;
        try {
            if (!executor.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                abandoned = requestsInFlight();
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            abandoned = requestsInFlight();
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        return new StopReport(inFlightAtStop, abandoned, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Immediate stop, for tests and failed starts. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
