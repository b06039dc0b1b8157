package dev.voicecampaign.http;

import static dev.voicecampaign.http.ServerFixture.DEMO;
import static dev.voicecampaign.http.ServerFixture.V2;
import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.inmemory.InMemoryResourceDirectory;
import dev.voicecampaign.http.ServerFixture.Answer;
import dev.voicecampaign.json.GoldenSamples;
import org.junit.jupiter.api.Test;

/**
 * A campaign whose names stopped resolving after it was prepared (a directory changed) is not played: it
 * becomes Failed, and an update once the names resolve makes it Ready (issue 30, item 13).
 */
class ReferencesGoneTest {
    @Test
    void playWithTheQueueGoneFailsTheCampaignAndAnUpdateWithItBackMakesItReady() {
        try (ServerFixture f = new ServerFixture()) {
            Answer created = f.call("POST", V2 + "/campaign?campaignType=voice", GoldenSamples.request("progressive-v2"));
            assertThat(created.status()).isEqualTo(200);
            String id = created.json().get("data").get("id").stringValue();
            String campaign = V2 + "/campaign/" + id;
            String play = "/api/v2/public/" + DEMO.streamId() + "/campaign/trigger/" + id + "?campaignType=voice&trigger=play";
            InMemoryResourceDirectory queues = (InMemoryResourceDirectory) f.state.directories().queues();
            DEMO.queues().forEach(q -> queues.remove(DEMO.streamId(), q));

            Answer refused = f.call("POST", play, null);
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().get("type").stringValue()).endsWith("references-unresolved");
            assertThat(refused.json().get("campaignStatus").stringValue()).isEqualTo("Failed");
            Answer failed = f.call("GET", campaign, null);
            assertThat(failed.json().get("data").get("status").stringValue()).isEqualTo("Failed");
            assertThat(refused.header("ETag")).isEqualTo(failed.header("ETag"));

            DEMO.queues().forEach(q -> queues.put(DEMO.streamId(), q, new ResourceId("qu-" + q)));
            Answer updated = f.call("PUT", campaign + "?campaignType=voice", GoldenSamples.request("progressive-v2"));
            assertThat(updated.status()).as(updated.json().toString()).isEqualTo(200);
            assertThat(f.call("GET", campaign, null).json().get("data").get("status").stringValue()).isEqualTo("Ready");
            assertThat(f.call("POST", play, null).status()).isEqualTo(200);
            assertThat(f.call("GET", campaign, null).json().get("data").get("status").stringValue()).isEqualTo("Active");
        }
    }
}
