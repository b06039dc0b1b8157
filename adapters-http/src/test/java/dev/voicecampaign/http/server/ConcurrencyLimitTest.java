package dev.voicecampaign.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.http.exchange.HttpHandler;
import dev.voicecampaign.http.exchange.HttpResponse;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Beyond the limit of requests in flight the server answers 503 with Retry-After, and recovers once they finish. */
class ConcurrencyLimitTest {
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void requestsBeyondTheLimitGet503AndTheServerRecovers() throws Exception {
        CountDownLatch entered = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        HttpHandler handler = HoldingHandler.holding(entered, release);
        try (EmbeddedServer server = EmbeddedServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), handler,
                ServerLimits.defaults().withMaxConcurrentRequests(2));
             HttpClient client = HttpClient.newHttpClient()) {
            URI base = URI.create("http://127.0.0.1:" + server.port());
            CompletableFuture<java.net.http.HttpResponse<String>> first = client.sendAsync(HttpRequest.newBuilder(base.resolve("/held")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            CompletableFuture<java.net.http.HttpResponse<String>> second = client.sendAsync(HttpRequest.newBuilder(base.resolve("/held")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(entered.await(30, TimeUnit.SECONDS)).as("both held requests are in flight").isTrue();

            var refused = client.send(HttpRequest.newBuilder(base.resolve("/third")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).contains("1");
            assertThat(refused.body()).contains("\"type\":\"https://voicecampaign.dev/problems/overloaded\"");

            release.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(second.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            var after = client.send(HttpRequest.newBuilder(base.resolve("/after")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(after.statusCode()).as("capacity returns once requests finish").isEqualTo(200);
        }
    }
}
