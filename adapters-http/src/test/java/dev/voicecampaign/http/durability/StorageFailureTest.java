package dev.voicecampaign.http.durability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.inmemory.MutableClock;
import dev.voicecampaign.core.inmemory.RandomIdGenerator;
import dev.voicecampaign.http.api.CampaignApi;
import dev.voicecampaign.http.api.ServerState;
import dev.voicecampaign.http.auth.DemoConfig;
import dev.voicecampaign.http.auth.RateLimiter;
import dev.voicecampaign.http.server.EmbeddedServer;
import dev.voicecampaign.http.durability.ApiClient.Answer;
import dev.voicecampaign.jdbc.CampaignDatabase;
import dev.voicecampaign.jdbc.DatabaseTarget;
import dev.voicecampaign.rules.CampaignRules;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A storage that fails (here: a real database, closed under the server) is a 503 problem, never a stack trace. */
class StorageFailureTest {
    @TempDir
    Path data;

    @Test
    void aFailingStorageIsAnsweredAs503WithoutInternals() throws IOException, InterruptedException {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
        CampaignDatabase database = CampaignDatabase.open(new DatabaseTarget.FileDatabase(data));
        ServerState state = ServerState.inMemory(DemoConfig.standard(), clock, CampaignRules.standard(), database.repository(),
                new RandomIdGenerator(), Runnable::run);
        try (EmbeddedServer server = EmbeddedServer.start(new InetSocketAddress("127.0.0.1", 0),
                new CampaignApi(state, new RateLimiter(100, clock)), 1024 * 1024)) {
            ApiClient client = new ApiClient(server.port(), ServerInstance.APP, clock::instant);
            assertThat(client.create("Before the failure", "fine").status()).isEqualTo(200);
            database.close();
            var ready = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + server.port() + "/health/ready")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).as("readiness reads the storage").isEqualTo(503);
            assertThat(ready.body()).contains("/not-ready").doesNotContain("jdbc").doesNotContain("Exception");
            for (Answer answer : new Answer[] {client.create("During the failure", "lost"), client.get("cd-any")}) {
                assertThat(answer.status()).isEqualTo(503);
                assertThat(answer.problemType()).endsWith("/storage-unavailable");
                assertThat(answer.json().toString()).doesNotContain("jdbc").doesNotContain("Exception").doesNotContain(data.toString());
            }
        }
    }
}
