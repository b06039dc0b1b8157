package dev.voicecampaign.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.http.auth.AppConfig;
import dev.voicecampaign.http.auth.DemoConfig;
import dev.voicecampaign.http.auth.TokenSigner;
import dev.voicecampaign.http.auth.TokenVerifier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The running server's metrics move with its traffic, scraped as Prometheus would. */
class MetricsTest {
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aScrapeAfterTrafficShowsRequestsRejectionsRateLimitsStorageCampaignsAndTheJvm() throws Exception {
        AppConfig app = DemoConfig.standard().apps().get(0);
        try (RunningServer server = Main.serve(DemoConfig.standard(), new ServeOptions(0, StorageOption.inMemory(), 4), false,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            String base = "http://127.0.0.1:" + server.port();
            String token = TokenSigner.sign(app.clientId(), app.clientSecret(), Instant.now(), TokenVerifier.MAX_LIFETIME);
            String create = base + "/campaign/api/v2/public/" + app.streamId().value() + "/campaign?campaignType=voice";
            assertThat(send(create, token, SampleBody.AGENTLESS).statusCode()).isEqualTo(200);
            assertThat(send(create, token, SampleBody.AGENTLESS.replace("\"priority\":\"5\"", "\"priority\":\"7\"")).statusCode())
                    .isEqualTo(400);
            for (int i = 0; i < 4; i++) send(create, token, "{}");

            HttpResponse<String> scraped = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(scraped.statusCode()).isEqualTo(200);
            assertThat(scraped.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
            String metrics = scraped.body();
            assertThat(value(metrics, "http_server_requests_seconds_count\\{method=\"POST\",route=\"create_v2\",status=\"200\"}")).isEqualTo(1);
            assertThat(value(metrics, "http_server_requests_seconds_count\\{method=\"POST\",route=\"create_v2\",status=\"400\"}")).isGreaterThanOrEqualTo(1);
            assertThat(metrics).contains("http_server_requests_seconds_bucket{method=\"POST\",route=\"create_v2\",status=\"200\",le=");
            assertThat(value(metrics, "campaign_violations_rejected_total\\{code=\"campaign.priority.notAllowed\"}")).isEqualTo(1);
            assertThat(value(metrics, "http_server_rate_limited_total")).isGreaterThanOrEqualTo(1);
            assertThat(value(metrics, "campaign_storage_calls_seconds_count\\{operation=\"insert\",outcome=\"success\"}")).isEqualTo(1);
            assertThat(value(metrics, "campaigns\\{status=\"Ready\"}") + value(metrics, "campaigns\\{status=\"Preparing\"}")).isEqualTo(1);
            assertThat(metrics).contains("jvm_memory_used_bytes").contains("process_uptime_seconds").contains("jvm_gc_");
        }
    }

    private HttpResponse<String> send(String uri, String token, String body) throws IOException, InterruptedException {
        AppConfig app = DemoConfig.standard().apps().get(0);
        return http.send(HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/json").header("auth", token)
                .header("iid", app.streamId().value()).header("accountId", app.accountId())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The value of the sample whose name and labels match {@code sample}, or 0 when there is none. */
    private static double value(String metrics, String sample) {
        Matcher m = Pattern.compile("(?m)^" + sample + " ([0-9.eE+-]+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
