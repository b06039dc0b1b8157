package dev.voicecampaign.http.server;

import dev.voicecampaign.http.exchange.Headers;
import dev.voicecampaign.http.exchange.HttpHandler;
import dev.voicecampaign.http.exchange.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/** A handler for server tests: answers at once, except {@code /held}, which waits for {@code release}. */
final class HoldingHandler {
    private HoldingHandler() {
    }

    static HttpHandler holding(CountDownLatch entered, CountDownLatch release) {
        return request -> {
            if (request.path().equals("/held")) {
                entered.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while held", e);
                }
            }
            return new HttpResponse(200, Headers.of("Content-Type", "text/plain"), ("done " + request.path()).getBytes(StandardCharsets.UTF_8));
        };
    }
}
