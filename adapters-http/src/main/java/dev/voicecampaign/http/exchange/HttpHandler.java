package dev.voicecampaign.http.exchange;

/** Request in, response out: what a host mounts in its own HTTP stack. Implementations never throw for client input. */
@FunctionalInterface
public interface HttpHandler {
    HttpResponse handle(HttpRequest request);
}
