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
    void aFileThatIsNotThereIsSaidSoWithWhereItWasLookedFor() throws IOException {
        assertThat(run("validate", "bodies/no-such.json")).isEqualTo(2);
        assertThat(err()).contains("cannot read bodies/no-such.json: no such file (looked for "
                + Path.of("bodies/no-such.json").toAbsolutePath().normalize() + ")");
        assertThat(run("validate", dir.toString())).isEqualTo(2);
        assertThat(err()).contains("cannot read " + dir + ": is a directory");
        assertThat(run("serve", "--config", "missing-apps.json")).isEqualTo(2);
        assertThat(err()).contains("cannot read missing-apps.json: no such file");
    }

    @Test
    void validateReadsV1Bodies() throws IOException {
        Path v1 = Files.write(dir.resolve("v1.json"), GoldenSamples.request("update-v1"));
        assertThat(run("validate", "--dialect", "v1", v1.toString())).isEqualTo(0);
    }

    @Test
    void helpPrintsTheUsageAndExitsZero() throws IOException {
        for (String help : new String[] {"--help", "-h", "help"}) {
            assertThat(run(help)).as(help).isEqualTo(0);
        }
        assertThat(out()).startsWith("usage: campaign-server serve");
        assertThat(err()).isEmpty();
    }

    @Test
    void usageAndInputErrorsExitTwo() throws IOException {
        assertThat(run()).isEqualTo(2);
        assertThat(run("launch")).isEqualTo(2);
        assertThat(run("validate")).isEqualTo(2);
        assertThat(run("validate", "--dialect", "v3", "x.json")).isEqualTo(2);
        assertThat(run("validate", dir.resolve("missing.json").toString())).isEqualTo(2);
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
    void serveStartsAndPrintsACurlLineThatCreatesACampaignAlsoAfterARestartOnTheKeptData() throws IOException {
        for (int start = 1; start <= 2; start++) {
            out.reset();
            try (RunningServer server = Main.serve(dev.voicecampaign.http.auth.DemoConfig.standard(),
                    new ServeOptions(0, StorageOption.dataDirectory(dir.resolve("data")), 60), true,
                    new PrintStream(out, true, StandardCharsets.UTF_8))) {
                assertThat(out()).contains("listening on http://localhost:" + server.port()).contains("clientSecret ")
                        .contains("the same request twice answers 409 name-taken");
                String curl = out().lines().filter(l -> l.startsWith("curl ")).findFirst().orElseThrow();
                assertThat(send(curl).statusCode()).as("start %d: the printed line", start).isEqualTo(200);
                assertThat(send(curl).statusCode()).as("start %d: the same line again", start).isEqualTo(409);
            }
        }
    }

    /** Sends what a printed curl line sends. */
    private static java.net.http.HttpResponse<String> send(String curl) throws IOException {
        java.util.regex.Matcher url = java.util.regex.Pattern.compile("-X POST '([^']+)'").matcher(curl);
        java.util.regex.Matcher headers = java.util.regex.Pattern.compile("-H '([^:]+): ([^']+)'").matcher(curl);
        java.util.regex.Matcher data = java.util.regex.Pattern.compile("--data '([^']+)'").matcher(curl);
        assertThat(url.find() && data.find()).isTrue();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url.group(1)))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(data.group(1)));
        while (headers.find()) request.header(headers.group(1), headers.group(2));
        try {
            return java.net.http.HttpClient.newHttpClient().send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void serveTellsWhereTheDataLivesAndKeepsItInTheDataDirectory() throws IOException {
        Path data = dir.resolve("my-data");
        try (RunningServer server = Main.serve(dev.voicecampaign.http.auth.DemoConfig.standard(),
                new ServeOptions(0, StorageOption.dataDirectory(data), 60), false, new PrintStream(out, true, StandardCharsets.UTF_8))) {
            assertThat(out()).contains("listening on http://localhost:" + server.port())
                    .contains("storage: file database in " + data.toAbsolutePath()).contains("schema version 10")
                    .contains("rate limit: 60 requests a minute per account, counted in this process");
        }
        assertThat(data.resolve("campaigns.mv.db")).exists();
    }

    @Test
    void aRealConfigurationNeverPrintsAToken() throws IOException {
        try (RunningServer server = Main.serve(dev.voicecampaign.http.auth.DemoConfig.standard(),
                new ServeOptions(0, StorageOption.inMemory(), 60), false, new PrintStream(out, true, StandardCharsets.UTF_8))) {
            assertThat(out()).contains("listening on http://localhost:" + server.port()).contains("auth: send a JWT signed HS256")
                    .doesNotContain("auth: ey").doesNotContain("clientSecret").doesNotContain("curl ");
            assertThat(java.util.regex.Pattern.compile("ey[A-Za-z0-9_-]+\\.ey").matcher(out()).find()).as("no JWT anywhere").isFalse();
        }
    }

    @Test
    void serveInMemorySaysThatNothingIsKept() throws IOException {
        try (RunningServer server = Main.serve(dev.voicecampaign.http.auth.DemoConfig.standard(),
                new ServeOptions(0, StorageOption.inMemory(), 60), false, new PrintStream(out, true, StandardCharsets.UTF_8))) {
            assertThat(out()).contains("listening on http://localhost:" + server.port())
                    .contains("storage: in memory only (--in-memory): campaigns, lists and callbacks are lost when the server stops")
                    .contains("health: http://localhost:" + server.port() + "/health/ready, metrics: http://localhost:" + server.port() + "/metrics")
                    .contains("docs: http://localhost:" + server.port() + "/docs (");
        }
    }

    @Test
    void storageOptionsAreExclusiveAndTheDefaultIsTheDataDirectory() {
        assertThat(StorageOption.fromOptions(java.util.Optional.empty(), false, java.util.Optional.empty(), java.util.Map.of()).get())
                .isEqualTo(StorageOption.dataDirectory(StorageOption.DEFAULT_DATA_DIRECTORY));
        assertThat(StorageOption.fromOptions(java.util.Optional.of("d"), true, java.util.Optional.empty(), java.util.Map.of()).getLeft())
                .isEqualTo("choose one of --data, --in-memory and --jdbc-url");
        assertThat(StorageOption.fromOptions(java.util.Optional.empty(), false, java.util.Optional.of("postgres://x"), java.util.Map.of())
                .getLeft()).startsWith("--jdbc-url needs a JDBC URL");
    }

    @Test
    void aJdbcUrlTakesUserAndPasswordFromTheEnvironmentAndNeverPrintsThePassword() {
        StorageOption option = StorageOption.fromOptions(java.util.Optional.empty(), false,
                java.util.Optional.of("jdbc:postgresql://127.0.0.1:5432/campaigns"),
                java.util.Map.of(StorageOption.USER_VARIABLE, "campaigns", StorageOption.PASSWORD_VARIABLE, "s3cret")).get();
        var target = (dev.voicecampaign.jdbc.DatabaseTarget.ServerDatabase) ((StorageOption.Database) option).target();
        assertThat(target.user()).contains("campaigns");
        assertThat(target.password()).contains("s3cret");
        assertThat(target.description()).isEqualTo("database jdbc:postgresql://127.0.0.1:5432/campaigns as user campaigns");
        assertThat(target.toString()).doesNotContain("s3cret");
    }

    @Test
    void conflictingOrBrokenStorageOptionsAndAnUnreachableDatabaseExitTwo() throws IOException {
        assertThat(run("serve", "--in-memory", "--data", dir.toString())).isEqualTo(2);
        assertThat(err()).contains("choose one of --data, --in-memory and --jdbc-url");
        assertThat(run("serve", "--data")).isEqualTo(2);
        assertThat(err()).contains("--data needs a value");
        int unusedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            unusedPort = socket.getLocalPort();
        }
        assertThat(Main.run(new String[] {"serve", "--port", "0", "--jdbc-url", "jdbc:postgresql://127.0.0.1:" + unusedPort + "/campaigns"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                java.util.Map.of(StorageOption.PASSWORD_VARIABLE, "s3cret"))).isEqualTo(2);
        assertThat(err()).contains("storage unavailable: cannot open the database jdbc:postgresql://127.0.0.1:" + unusedPort)
                .doesNotContain("s3cret");
    }
}
