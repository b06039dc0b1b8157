package dev.voicecampaign.http.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.voicecampaign.http.api.Responses;
import dev.voicecampaign.http.exchange.Headers;
import dev.voicecampaign.http.exchange.HttpHandler;
import dev.voicecampaign.http.exchange.HttpRequest;
import dev.voicecampaign.http.exchange.HttpResponse;
import dev.voicecampaign.json.ReadLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Serves any {@link HttpHandler} on the JDK's built-in HTTP server, one virtual thread per
 * exchange. Bodies over the limit are refused with 413 without being read to the end; a failure
 * inside the handler becomes a generic 500 problem, never a stack trace.
 */
public final class EmbeddedServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EmbeddedServer.class.getName());
    private final HttpServer server;
    private final ExecutorService executor;

    private EmbeddedServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts on {@code port} (0 picks a free one) of the loopback or any address, per {@code address}. */
    public static EmbeddedServer start(InetSocketAddress address, HttpHandler handler, int maxBodyBytes) throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", exchange -> serve(exchange, handler, maxBodyBytes));
        server.start();
        return new EmbeddedServer(server, executor);
    }

    public static EmbeddedServer start(int port, HttpHandler handler) throws IOException {
        return start(new InetSocketAddress(port), handler, ReadLimits.MAX_DOCUMENT_BYTES);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void serve(HttpExchange exchange, HttpHandler handler, int maxBodyBytes) {
        try (exchange) {
            HttpResponse response;
            String declared = exchange.getRequestHeaders().getFirst("Content-Length");
            byte[] body = null;
            if (declared != null && parseLong(declared) > maxBodyBytes) {
                response = tooLarge(maxBodyBytes);
            } else {
                body = readAtMost(exchange.getRequestBody(), maxBodyBytes);
                response = body == null ? tooLarge(maxBodyBytes) : safely(handler, request(exchange, body));
            }
            send(exchange, response);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "exchange failed", e);
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

    /** The body, or null when it is longer than {@code max}. */
    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + n > max) return null;
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static HttpRequest request(HttpExchange exchange, byte[] body) {
        Map<String, List<String>> headers = exchange.getRequestHeaders();
        return new HttpRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                HttpRequest.parseQuery(exchange.getRequestURI().getRawQuery()), new Headers(headers), body);
    }

    private static void send(HttpExchange exchange, HttpResponse response) throws IOException {
        response.headers().values().forEach((k, v) -> exchange.getResponseHeaders().put(k, v));
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
