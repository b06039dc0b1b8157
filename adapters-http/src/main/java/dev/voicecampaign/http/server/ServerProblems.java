package dev.voicecampaign.http.server;

import dev.voicecampaign.http.api.Responses;
import dev.voicecampaign.http.exchange.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Locale;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What the HTTP server refuses before any handler (a malformed request line or URI, headers over
 * the byte limit, an unsupported HTTP version) answered as a problem document like every other
 * refusal, instead of Jetty's HTML page. Jetty's own reason is not repeated: it may quote the input.
 */
final class ServerProblems extends ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ERROR_STATUS) instanceof Integer code ? code : 500;
        HttpResponse problem = problem(status);
        response.setStatus(status);
        problem.headers().values().forEach((name, values) -> values.forEach(value -> response.getHeaders().put(name, value)));
        response.write(true, ByteBuffer.wrap(problem.body()), callback);
        return true;
    }

    /** 431, for headers over the byte limit (Jetty) or the field count ({@link EmbeddedServer}); the connection closes. */
    static HttpResponse headerFieldsTooLarge(String detail) {
        return Responses.problem(431, "header-fields-too-large", "Request header fields too large", detail, "Connection", "close");
    }

    /** The problem for a status the server itself answered. */
    static HttpResponse problem(int status) {
        return switch (status) {
            case 400 -> Responses.problem(400, "bad-request", "Bad request",
                    "the request is not valid HTTP/1.1: its request line, URI, a header or the framing of its body", "Connection", "close");
            case 431 -> headerFieldsTooLarge("the request line and header fields are over the server's limit");
            default -> {
                String title = HttpStatus.getMessage(status);
                yield Responses.problem(status, title.toLowerCase(Locale.ROOT).replace(' ', '-'), title, status < 500
                        ? "the server refused the request before reading it" : "the server failed; the request may not have been applied",
                        "Connection", "close");
            }
        };
    }
}
