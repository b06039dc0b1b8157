package dev.voicecampaign.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.http.auth.AppConfig;
import dev.voicecampaign.http.auth.DemoConfig;
import dev.voicecampaign.http.auth.TokenSigner;
import dev.voicecampaign.http.auth.TokenVerifier;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each answer carries its request id, a problem document names it, and --access-log json writes a line per request. */
class RequestIdTest {
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void requestIdsAreAnsweredInProblemsAndInTheAccessLogWithNoTokenNorBody() throws Exception {
        AppConfig app = DemoConfig.standard().apps().get(0);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        try (RunningServer server = Main.serve(DemoConfig.standard(), new ServeOptions(0, StorageOption.inMemory(), 60), false, out,
                new JsonAccessLog(out))) {
            String base = "http://127.0.0.1:" + server.port();
            String token = TokenSigner.sign(app.clientId(), app.clientSecret(), Instant.now(), TokenVerifier.MAX_LIFETIME);
            String create = base + "/campaign/api/v2/public/" + app.streamId().value() + "/campaign?campaignType=voice";
            HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(create)).header("Content-Type", "application/json")
                    .header("auth", token).header("iid", app.streamId().value()).header("X-Request-Id", "client-42")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"secret body text\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.headers().firstValue("X-Request-Id")).contains("client-42");
            assertThat(bad.body()).contains("\"instance\":\"urn:request:client-42\"");

            HttpResponse<String> live = http.send(HttpRequest.newBuilder(URI.create(base + "/health/live"))
                    .header("X-Request-Id", "not sane; <script>").build(), HttpResponse.BodyHandlers.ofString());
            String generated = live.headers().firstValue("X-Request-Id").orElseThrow();
            assertThat(generated).matches("[0-9a-f-]{36}");

            List<String> lines = log.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("{\"method\"")).toList();
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0)).contains("\"method\":\"POST\"", "\"route\":\"/campaign/api/v2/public/{streamId}/campaign\"",
                    "\"status\":400", "\"app\":\"" + app.streamId().value() + "\"", "\"requestId\":\"client-42\"")
                    .doesNotContain(token).doesNotContain("secret body text");
            assertThat(lines.get(1)).contains("\"route\":\"/health/live\"", "\"status\":200", "\"requestId\":\"" + generated + "\"");
        }
    }
}
