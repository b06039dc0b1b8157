package dev.voicecampaign.http;

import static dev.voicecampaign.http.ServerFixture.DEMO;
import static dev.voicecampaign.http.ServerFixture.V2;
import static dev.voicecampaign.http.ServerFixture.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.http.ServerFixture.Answer;
import dev.voicecampaign.json.GoldenSamples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The trigger and status routes refuse what is wrong with what they are sent, as every other route does (issue 30, item 10). */
class RouteInputTest {
    final ServerFixture f = new ServerFixture();
    String id;

    @BeforeEach
    void create() {
        Answer created = f.call("POST", V2 + "/campaign?campaignType=voice", GoldenSamples.request("progressive-v2"));
        id = created.json().get("data").get("id").stringValue();
    }

    @AfterEach
    void stop() {
        f.close();
    }

    String trigger(String query) {
        return "/api/v2/public/" + DEMO.streamId() + "/campaign/trigger/" + id + "?" + query;
    }

    String status(String query) {
        return V2 + "/campaign/" + id + "/status" + (query.isEmpty() ? "" : "?" + query);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"{|request.body.malformed", "[]|request.body.notObject", "\"play\"|request.body.notObject",
            "{\"a\": 1, \"a\": 2}|request.field.duplicate"})
    void aBrokenBodyIsRefusedOnBothRoutes(String body, String code) {
        for (Answer a : new Answer[] {f.call("POST", trigger("campaignType=voice&trigger=play"), bytes(body)), f.call("POST", status(""), bytes(body))}) {
            assertThat(a.status()).as(body).isEqualTo(400);
            assertThat(a.json().get("errors").get(0).get("code").stringValue()).as(body).isEqualTo(code);
        }
        assertThat(f.call("GET", V2 + "/campaign/" + id, null).json().get("data").get("status").stringValue()).isEqualTo("Ready");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"note\": \"ignored\"}", ""})
    void anEmptyOrObjectBodyIsAccepted(String body) {
        assertThat(f.call("POST", status(""), bytes(body)).status()).isEqualTo(200);
        assertThat(f.call("POST", trigger("campaignType=voice&trigger=play"), bytes(body)).status()).isEqualTo(200);
    }

    @Test
    void aCampaignTypeOtherThanVoiceIsRefusedOnEveryRoute() {
        Answer play = f.call("POST", trigger("campaignType=sms&trigger=play"), bytes("{}"));
        Answer get = f.call("GET", V2 + "/campaign/" + id + "?campaignType=sms", null);
        Answer create = f.call("POST", V2 + "/campaign?campaignType=SMS", GoldenSamples.request("agentless-v2"));
        for (Answer a : new Answer[] {play, get, create}) {
            assertThat(a.status()).isEqualTo(400);
            assertThat(a.json().get("type").stringValue()).endsWith("invalid-query");
        }
        assertThat(f.call("GET", V2 + "/campaign/" + id, null).json().get("data").get("status").stringValue()).isEqualTo("Ready");
    }

    @Test
    void theStatusRouteHasOneView() {
        assertThat(f.call("POST", status("view=summary"), bytes("{}")).status()).isEqualTo(400);
        assertThat(f.call("POST", status("view="), bytes("{}")).status()).isEqualTo(400);
        assertThat(f.call("POST", status("view=status"), bytes("{}")).status()).isEqualTo(200);
        assertThat(f.call("POST", status(""), bytes("{}")).status()).isEqualTo(200);
    }
}
