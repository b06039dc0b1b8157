package dev.voicecampaign.http;

import static dev.voicecampaign.http.ServerFixture.DEMO;
import static dev.voicecampaign.http.ServerFixture.V2;
import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.http.ServerFixture.Answer;
import dev.voicecampaign.json.CampaignJson;
import dev.voicecampaign.json.GoldenSamples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two clients that each write back what they read no longer lose each other's change: the stored version is
 * the body's {@code version} and the {@code ETag}, and {@code If-Match} makes a write conditional (issue 30, item 3).
 */
class LostUpdateTest {
    final ServerFixture f = new ServerFixture();
    String campaign;
    String trigger;

    @BeforeEach
    void create() {
        Answer created = f.call("POST", V2 + "/campaign?campaignType=voice", GoldenSamples.request("progressive-v2"));
        assertThat(created.status()).isEqualTo(200);
        String id = created.json().get("data").get("id").stringValue();
        campaign = V2 + "/campaign/" + id;
        trigger = "/api/v2/public/" + DEMO.streamId() + "/campaign/trigger/" + id + "?campaignType=voice&trigger=play";
    }

    @AfterEach
    void stop() {
        f.close();
    }

    Answer read() {
        Answer a = f.call("GET", campaign, null);
        assertThat(a.status()).isEqualTo(200);
        return a;
    }

    static byte[] edited(Answer read, String field, String value) {
        ObjectNode body = (ObjectNode) CampaignJson.parse(GoldenSamples.request("progressive-v2"));
        body.put("description", read.json().get("data").get("description").stringValue());
        body.put(field, value);
        return CampaignJson.bytes(body);
    }

    Answer put(byte[] body, String... headers) {
        return f.callWith(DEMO, "PUT", campaign + "?campaignType=voice", body, headers);
    }

    @Test
    void theVersionIsInTheBodyAndTheETag() {
        Answer a = read();
        long version = a.json().get("data").get("version").longValue();
        assertThat(a.header("ETag")).isEqualTo("\"" + version + "\"");
        Answer updated = put(edited(a, "description", "one change"), "If-Match", a.header("ETag"));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("\"" + (version + 1) + "\"");
        assertThat(updated.json().get("data").get("version").longValue()).isEqualTo(version + 1);
    }

    @Test
    void theSecondOfTwoWritersWithTheSameReadIsRefusedAndTheFirstChangeStays() {
        Answer first = read();
        Answer second = read();

        Answer description = put(edited(first, "description", "changed by the first client"), "If-Match", first.header("ETag"));
        Answer priority = put(edited(second, "priority", "1"), "If-Match", second.header("ETag"));

        assertThat(description.status()).isEqualTo(200);
        assertThat(priority.status()).as("%s", priority.json()).isEqualTo(412);
        assertThat(priority.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(priority.json().get("type").stringValue()).endsWith("precondition-failed");
        assertThat(priority.header("ETag")).isEqualTo(description.header("ETag"));
        JsonNode stored = read().json().get("data");
        assertThat(stored.get("description").stringValue()).isEqualTo("changed by the first client");
        assertThat(stored.get("priority").stringValue()).isEqualTo(first.json().get("data").get("priority").stringValue());
    }

    @Test
    void aPlainPutOrIfMatchStarStillWritesWhateverTheVersion() {
        Answer a = read();
        assertThat(put(edited(a, "description", "plain")).status()).isEqualTo(200);
        assertThat(put(edited(a, "description", "star"), "If-Match", "*").status()).isEqualTo(200);
        assertThat(read().json().get("data").get("description").stringValue()).isEqualTo("star");
    }

    @Test
    void staleDeletesAndTriggersChangeNothing() {
        Answer a = read();
        put(edited(a, "description", "moved on"), "If-Match", a.header("ETag"));

        Answer delete = f.callWith(DEMO, "DELETE", campaign + "?campaignType=voice", null, "If-Match", a.header("ETag"));
        Answer play = f.callWith(DEMO, "POST", trigger, ServerFixture.bytes("{}"),
                "If-Match", a.header("ETag"));

        assertThat(delete.status()).isEqualTo(412);
        assertThat(play.status()).isEqualTo(412);
        JsonNode stored = read().json().get("data");
        assertThat(stored.get("description").stringValue()).isEqualTo("moved on");
        assertThat(stored.get("status").stringValue()).isEqualTo(a.json().get("data").get("status").stringValue());
        Answer current = read();
        Answer played = f.callWith(DEMO, "POST", trigger, ServerFixture.bytes("{}"),
                "If-Match", current.header("ETag"));
        assertThat(played.status()).as("%s", played.json()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"W/\"1\"", "\"1\", \"2\"", "1", "\"x\"", "\"\"", "\"99999999999999999999\""})
    void anIfMatchThatNamesNoOneVersionIsA400(String ifMatch) {
        Answer a = put(edited(read(), "description", "never"), "If-Match", ifMatch);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("type").stringValue()).endsWith("invalid-precondition");
        assertThat(read().json().get("data").get("description").stringValue()).isNotEqualTo("never");
    }
}
