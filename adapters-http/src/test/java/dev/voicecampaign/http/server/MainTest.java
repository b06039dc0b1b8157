package dev.voicecampaign.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.json.GoldenSamples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar's commands, run in process. */
class MainTest {
    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) throws IOException {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validateExitsZeroForTheSamplesAndOneWithTheProblemDocumentOtherwise() throws IOException {
        Path ok = Files.write(dir.resolve("ok.json"), GoldenSamples.request("agentless-v2"));
        assertThat(run("validate", ok.toString())).isEqualTo(0);
        assertThat(out()).startsWith(ok + ": valid");
        Path bad = Files.writeString(dir.resolve("bad.json"), new String(GoldenSamples.request("agentless-v2"), StandardCharsets.UTF_8)
                .replace("\"priority\": \"5\"", "\"priority\": \"7\""));
        assertThat(run("validate", "--dialect", "v2", bad.toString())).isEqualTo(1);
        assertThat(out()).contains(bad + ": invalid").contains("\"pointer\" : \"/priority\"").contains("campaign.priority.notAllowed");
    }

    @Test
    void validateReadsV1Bodies() throws IOException {
        Path v1 = Files.write(dir.resolve("v1.json"), GoldenSamples.request("update-v1"));
        assertThat(run("validate", "--dialect", "v1", v1.toString())).isEqualTo(0);
    }

    @Test
    void usageAndInputErrorsExitTwo() throws IOException {
        assertThat(run()).isEqualTo(2);
        assertThat(run("launch")).isEqualTo(2);
        assertThat(run("validate")).isEqualTo(2);
        assertThat(run("validate", "--dialect", "v3", "x.json")).isEqualTo(2);
        assertThat(run("validate", dir.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(run("serve", "--rate-limit", "many")).isEqualTo(2);
        assertThat(run("serve", "--rate-limit", "0")).isEqualTo(2);
        assertThat(err()).contains("usage: campaign-server");
    }

    @Test
    void aBadConfigurationIsRefusedWithItsReasons() throws IOException {
        Path config = Files.writeString(dir.resolve("config.json"), """
                {"apps": [{"streamId": "st-1", "accountId": "a", "clientId": "c", "clientSecret": "short",
                           "callerIds": ["+148465xxxxx"]}]}""");
        assertThat(run("serve", "--config", config.toString())).isEqualTo(2);
        assertThat(err()).contains("apps[0].clientSecret must be at least 32 bytes").contains("apps[0].callerIds: not E.164: +148465xxxxx");
    }

    @Test
    void serveStartsAndPrintsACurlLineThatCreatesACampaign() throws IOException {
        try (EmbeddedServer server = Main.serve(dev.voicecampaign.http.auth.DemoConfig.standard(), 0, true,
                new PrintStream(out, true, StandardCharsets.UTF_8))) {
            assertThat(out()).contains("listening on http://localhost:" + server.port()).contains("clientSecret ");
            String curl = out().lines().filter(l -> l.startsWith("curl ")).findFirst().orElseThrow();
            java.util.regex.Matcher url = java.util.regex.Pattern.compile("-X POST '([^']+)'").matcher(curl);
            java.util.regex.Matcher headers = java.util.regex.Pattern.compile("-H '([^:]+): ([^']+)'").matcher(curl);
            java.util.regex.Matcher data = java.util.regex.Pattern.compile("--data '([^']+)'").matcher(curl);
            assertThat(url.find() && data.find()).isTrue();
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url.group(1)))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(data.group(1)));
            while (headers.find()) request.header(headers.group(1), headers.group(2));
            try {
                var response = java.net.http.HttpClient.newHttpClient().send(request.build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                assertThat(response.body()).contains("creation in progress");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void serveAppliesTheRateLimitItIsGiven() throws Exception {
        var config = dev.voicecampaign.http.auth.DemoConfig.standard();
        var app = config.apps().get(0);
        try (EmbeddedServer server = Main.serve(config, 0, true, 2, new PrintStream(out, true, StandardCharsets.UTF_8))) {
            String token = dev.voicecampaign.http.auth.TokenSigner.sign(app.clientId(), app.clientSecret(), java.time.Instant.now(),
                    java.time.Duration.ofMinutes(5));
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + server.port()
                    + "/campaign/api/v2/public/" + app.streamId() + "/campaign/cd-unknown")).header("auth", token).GET().build();
            var client = java.net.http.HttpClient.newHttpClient();
            var statuses = new java.util.ArrayList<Integer>();
            String last = "";
            for (int i = 0; i < 3; i++) {
                var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
                statuses.add(response.statusCode());
                last = response.body();
            }
            assertThat(statuses).containsExactly(404, 404, 429);
            assertThat(last).contains("at most 2 requests a minute");
        }
    }
}
