package dev.voicecampaign.http;

import static dev.voicecampaign.http.ServerFixture.V2;
import static dev.voicecampaign.http.ServerFixture.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.http.ServerFixture.Answer;
import dev.voicecampaign.http.auth.DemoConfig;
import dev.voicecampaign.rules.decision.DecisionRules;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** The decisions route: a stored campaign's call decisions for the contacts of a request, with the usual auth and problems. */
class DecisionsRouteTest {
    static final String CAMPAIGN = DecisionCampaign.BODY;

    final ServerFixture f = new ServerFixture();
    String decisions;

    @BeforeEach
    void create() {
        Answer created = f.call("POST", V2 + "/campaign?campaignType=voice", bytes(CAMPAIGN));
        assertThat(created.status()).as(created.json().toString()).isEqualTo(200);
        decisions = V2 + "/campaign/" + created.json().get("data").get("id").stringValue() + "/decisions";
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void answersEachContactInOrderAtItsLocalTime() {
        // Tuesday 2026-12-08 09:30 in New York, 06:30 in San Francisco
        Answer a = f.call("POST", decisions, bytes("""
                {"at": "2026-12-08T14:30:00Z",
                 "contacts": [{"id": "ny", "phone": "+12125551234"}, {"id": "sf", "phone": "(415) 555-0123", "region": "us"},
                              {"phone": "+12125551235"}, {"id": "words", "phone": "call me maybe"}],
                 "history": [{"phone": "+12125551235", "at": "2026-12-02T15:00:00Z"}, {"phone": "+12125551235", "at": "2026-12-07T15:00:00Z"}]}"""));
        assertThat(a.status()).as(a.json().toString()).isEqualTo(200);
        assertThat(a.json().get("status").stringValue()).isEqualTo("success");
        List<JsonNode> results = a.json().get("data").get("results").valueStream().toList();
        assertThat(results).hasSize(4);
        assertThat(results.get(0).toString()).isEqualTo(
                "{\"id\":\"ny\",\"phone\":\"+12125551234\",\"zones\":[\"America/New_York\"],\"decision\":\"CALL\",\"reasons\":[]}");
        assertThat(results.get(1).get("decision").stringValue()).isEqualTo("WAIT");
        assertThat(results.get(1).get("nextAllowedAt").stringValue()).isEqualTo("2026-12-08T17:00:00.000Z");
        assertThat(results.get(1).get("reasons").valueStream().map(r -> r.get("code").stringValue()))
                .containsExactly("decision.callingHours.closed", "decision.compliance.us.closed");
        assertThat(results.get(1).get("reasons").get(0).get("message").stringValue())
                .isEqualTo("Tue 06:30 in America/Los_Angeles is outside the campaign's calling hours");
        assertThat(results.get(2).has("id")).isFalse();
        assertThat(results.get(2).get("decision").stringValue()).isEqualTo("WAIT");
        assertThat(results.get(2).get("nextAllowedAt").stringValue()).as("the first counted attempt ages out").isEqualTo("2026-12-09T15:00:00.000Z");
        assertThat(results.get(2).get("reasons").get(0).get("code").stringValue()).isEqualTo("decision.communicationLimit.reached");
        assertThat(results.get(3).toString()).startsWith("{\"id\":\"words\",\"phone\":\"call me maybe\",\"zones\":[],\"decision\":\"NEVER\","
                + "\"reasons\":[{\"code\":\"decision.number.unreadable\"");
    }

    @Test
    void attemptsMatchTheirContactAsLibphonenumberWritesTheNumber() {
        // a London number written with its national prefix after the country code is the same number
        Answer a = f.call("POST", decisions, bytes("""
                {"at": "2026-12-08T14:30:00Z", "contacts": [{"phone": "+442079460000"}],
                 "history": [{"phone": "+4402079460000", "at": "2026-12-08T14:25:00Z"}]}"""));
        JsonNode result = a.json().get("data").get("results").get(0);
        assertThat(result.get("decision").stringValue()).isEqualTo("WAIT");
        assertThat(result.get("reasons").get(0).get("code").stringValue()).isEqualTo("decision.retryPeriod.waiting");
        assertThat(result.get("nextAllowedAt").stringValue()).isEqualTo("2026-12-08T14:35:00.000Z");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"contacts\": [{\"phone\": \"+12125551234\"}]}|/at decisions.at.required",
            "{\"at\": \"tomorrow\", \"contacts\": [{\"phone\": \"+12125551234\"}]}|/at decisions.at.format",
            "{\"at\": \"+1000000000-12-31T23:59:59Z\", \"contacts\": [{\"phone\": \"+12125551234\"}]}|/at decisions.at.format",
            "{\"at\": \"2026-12-08T14:30:00Z\", \"contacts\": [{\"phone\": \"+1\", \"zone\": \"+05:30\"}]}|/contacts/0/zone decisions.contacts.zone.unknownZone",
            "{\"at\": \"2026-12-08T14:30:00Z\", \"skip\": -1}|/skip decisions.skip.outOfRange",
            "{\"at\": \"2026-12-08T14:30:00Z\", \"contacts\": [{\"phone\": \"+1\"}], \"skip\": 0}|/contacts decisions.contacts.withList",
            "{\"at\": \"2026-12-08T14:30:00Z\", \"contacts\": []}|/contacts decisions.contacts.tooFew",
            "{\"at\": \"2026-12-08T14:30:00Z\", \"contacts\": [{}]}|/contacts/0/phone decisions.contacts.phone.required",
            "{\"at\": \"2026-12-08T14:30:00Z\", \"contacts\": [{\"phone\": 12125551234}]}|/contacts/0/phone request.field.wrongType",
            "{\"at\": \"2026-12-08T14:30:00Z\", \"contacts\": [\"+12125551234\"]}|/contacts/0 request.field.wrongType",
            "{\"at\": \"2026-12-08T14:30:00Z\", \"contacts\": [{\"phone\": \"+1\", \"zone\": \"Mars/Olympus_Mons\"}]}|/contacts/0/zone decisions.contacts.zone.unknownZone",
            "{\"at\": \"2026-12-08T14:30:00Z\", \"contacts\": [{\"phone\": \"+1\"}], \"history\": [{\"phone\": \"212 555 1234\", \"at\": \"2026-12-07T15:00:00Z\"}]}|/history/0/phone decisions.history.phone.format",
            "{\"at\": \"2026-12-08T14:30:00Z\", \"contacts\": [{\"phone\": \"+1\"}], \"history\": [{\"phone\": \"+12125551234\"}]}|/history/0/at decisions.history.at.required"})
    void aWrongBodyIsA400WithItsPointer(String body, String problem) {
        Answer a = f.call("POST", decisions, bytes(body));
        assertThat(a.status()).as(body).isEqualTo(400);
        assertThat(a.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(ListRouteTest.problems(a)).as(body).containsExactly(problem);
    }

    @Test
    void tooManyContactsAreRefusedAndUnknownMembersWarned() {
        String many = "{\"phone\": \"+12125551234\"},".repeat(1000) + "{\"phone\": \"+12125551234\"}";
        Answer a = f.call("POST", decisions, bytes("{\"at\": \"2026-12-08T14:30:00Z\", \"contacts\": [" + many + "]}"));
        assertThat(ListRouteTest.problems(a)).containsExactly("/contacts decisions.contacts.tooMany");
        Answer warned = f.call("POST", decisions, bytes("{\"at\": \"2026-12-08T14:30:00Z\", \"colour\": 1, \"contacts\": [{\"phone\": \"+12125551234\", \"name\": \"Ann\"}]}"));
        assertThat(warned.status()).isEqualTo(200);
        assertThat(warned.json().get("warnings").valueStream().map(w -> w.get("pointer").stringValue() + " " + w.get("code").stringValue()))
                .containsExactly("/colour request.field.unknown", "/contacts/0/name request.field.unknown");
    }

    @Test
    void aHistoryOverItsLimitIsRefusedAndABodyOverTheServersLimitIs413() {
        String attempt = "{\"phone\": \"+12125551234\", \"at\": \"2026-12-07T15:00:00Z\"}";
        int over = Math.toIntExact(DecisionRules.HISTORY.max() + 1);
        Answer a = f.call("POST", decisions, bytes("{\"at\": \"2026-12-08T14:30:00Z\", \"contacts\": [{\"phone\": \"+12125551234\"}], \"history\": ["
                + String.join(",", Collections.nCopies(over, attempt)) + "]}"));
        assertThat(a.status()).isEqualTo(400);
        assertThat(ListRouteTest.problems(a)).containsExactly("/history decisions.history.tooMany");
        byte[] tooLarge = ("{\"at\": \"2026-12-08T14:30:00Z\", \"contacts\": [{\"phone\": \"+12125551234\", \"id\": \""
                + "x".repeat(2 * 1024 * 1024) + "\"}]}").getBytes(StandardCharsets.UTF_8);
        Answer large = f.call("POST", decisions, tooLarge);
        assertThat(large.status()).isEqualTo(413);
        assertThat(large.header("Content-Type")).isEqualTo("application/problem+json");
    }

    @Test
    void anotherTenantsOrAnUnknownCampaignIsNotFoundAndATokenIsNeeded() {
        String body = "{\"at\": \"2026-12-08T14:30:00Z\", \"contacts\": [{\"phone\": \"+12125551234\"}]}";
        assertThat(f.call("POST", V2 + "/campaign/cd-00000000-0000-0000-0000-000000000000/decisions", bytes(body)).status()).isEqualTo(404);
        assertThat(f.callAs(ServerFixture.OTHER, "POST", decisions, bytes(body)).status()).isEqualTo(403);
        String underTheirStream = decisions.replace(DemoConfig.STREAM_ID, ServerFixture.OTHER.streamId().value());
        assertThat(f.callAs(ServerFixture.OTHER, "POST", underTheirStream, bytes(body)).status())
                .as("another tenant asking under its own stream does not see the campaign").isEqualTo(404);
        assertThat(f.send("POST", decisions, bytes(body), "Content-Type", "application/json").status()).isEqualTo(401);
        assertThat(f.call("GET", decisions, new byte[0]).status()).isEqualTo(405);
    }
}
