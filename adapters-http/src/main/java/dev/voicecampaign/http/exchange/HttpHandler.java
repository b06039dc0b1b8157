package dev.voicecampaign.http.exchange;

/** Request in, response out: what a host mounts in its own HTTP stack. Implementations never throw for client input. */
@FunctionalInterface
public interface HttpHandler {
    HttpResponse handle(HttpRequest request);

    /**
     * The largest body this handler takes on {@code method} {@code path} with {@code headers} (a server answers a larger
     * one 413): {@code standard} unless a route needs more.
     */
    default int maxBodyBytes(String method, String path, Headers headers, int standard) {
        return standard;
    }
}
