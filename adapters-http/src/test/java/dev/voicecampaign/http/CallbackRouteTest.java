package dev.voicecampaign.http;

import static dev.voicecampaign.http.ServerFixture.V2;
import static dev.voicecampaign.http.ServerFixture.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.http.ServerFixture.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The callback routes: a callback is stored only when the campaign's decision allows the call at its instant, listed in
 * time order within a window, cancelled by id; refusals say why and, for a wait, when.
 */
class CallbackRouteTest {
    /** Tuesday 2026-12-08 09:30 in New York, 06:30 in San Francisco; the fixture's clock reads 2026-11-23. */
    static final String OPEN_IN_NEW_YORK = "2026-12-08T14:30:00Z";

    final ServerFixture f = new ServerFixture();
    String campaign;
    String callbacks;

    @BeforeEach
    void create() {
        campaign = createCampaign(DecisionCampaign.BODY);
        callbacks = V2 + "/campaign/" + campaign + "/callbacks";
    }

    String createCampaign(String body) {
        Answer created = f.call("POST", V2 + "/campaign?campaignType=voice", bytes(body));
        assertThat(created.status()).as(created.json().toString()).isEqualTo(200);
        return created.json().get("data").get("id").asString();
    }

    @AfterEach
    void stop() {
        f.close();
    }

    Answer schedule(String body) {
        return f.call("POST", callbacks, bytes(body));
    }

    @Test
    void anAllowedCallbackIsStoredListedInTimeOrderAndCancelled() {
        Answer later = schedule("{\"phone\": \"(212) 555-1235\", \"region\": \"US\", \"callContactAt\": \"2026-12-08T16:00:00Z\"}");
        assertThat(later.status()).as(later.json().toString()).isEqualTo(200);
        Answer first = schedule("{\"phone\": \"+12125551234\", \"callContactAt\": \"" + OPEN_IN_NEW_YORK + "\", \"note\": \"after lunch\"}");
        assertThat(first.status()).as(first.json().toString()).isEqualTo(200);
        JsonNode stored = first.json().get("data");
        assertThat(stored.get("phone").asString()).isEqualTo("+12125551234");
        assertThat(stored.get("campaignId").asString()).isEqualTo(campaign);
        assertThat(stored.get("callContactAt").asString()).isEqualTo("2026-12-08T14:30:00.000Z");
        assertThat(stored.get("note").asString()).isEqualTo("after lunch");
        assertThat(stored.has("contactId")).isFalse();

        JsonNode all = f.call("GET", callbacks, null).json().get("data");
        assertThat(all.get("results").findValuesAsString("phone")).containsExactly("+12125551234", "+12125551235");
        assertThat(all.get("totalResults").asLong()).isEqualTo(2);
        JsonNode window = f.call("GET", callbacks + "?from=2026-12-08T15:00:00Z&to=2026-12-09T00:00:00Z", null).json().get("data");
        assertThat(window.get("results").findValuesAsString("phone")).containsExactly("+12125551235");
        assertThat(f.call("GET", callbacks + "?from=yesterday", null).status()).isEqualTo(400);
        assertThat(f.call("GET", callbacks + "?from=2026-12-09T00:00:00Z&to=2026-12-08T00:00:00Z", null).status()).isEqualTo(400);

        String id = stored.get("id").asString();
        Answer cancelled = f.call("DELETE", callbacks + "/" + id, null);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("data").get("id").asString()).isEqualTo(id);
        Answer again = f.call("DELETE", callbacks + "/" + id, null);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.json().get("type").asString()).endsWith("callback-not-found");
        assertThat(f.call("GET", callbacks, null).json().get("data").get("results").findValuesAsString("phone")).containsExactly("+12125551235");
    }

    @Test
    void aCallOutsideTheContactsHoursIsRefusedWithEveryReasonAndTheNextAllowedInstant() {
        Answer early = schedule("{\"phone\": \"+14155550123\", \"callContactAt\": \"" + OPEN_IN_NEW_YORK + "\"}");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().get("type").asString()).endsWith("call-not-allowed");
        assertThat(early.json().get("errors").findValuesAsString("code")).contains("decision.callingHours.closed");
        assertThat(early.json().get("errors").findValuesAsString("pointer")).containsOnly("/callContactAt");
        assertThat(early.json().get("nextAllowedAt").asString()).isEqualTo("2026-12-08T17:00:00.000Z");   // 9:00 in San Francisco
        assertThat(f.call("GET", callbacks, null).json().get("data").get("totalResults").asLong()).isZero();

        Answer unreadable = schedule("{\"phone\": \"call me maybe\", \"callContactAt\": \"" + OPEN_IN_NEW_YORK + "\"}");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.json().get("errors").findValuesAsString("pointer")).containsExactly("/phone");
        assertThat(unreadable.json().get("errors").findValuesAsString("code")).containsExactly("callback.phone.unreadable");
        assertThat(unreadable.json().has("nextAllowedAt")).isFalse();
        Answer unassigned = schedule("{\"phone\": \"+1415555010\", \"callContactAt\": \"" + OPEN_IN_NEW_YORK + "\"}");
        assertThat(unassigned.json().get("errors").findValuesAsString("code")).containsExactly("callback.phone.invalid");
    }

    @Test
    void aNumberOnTheCampaignsStoredDncListTakesNoCallback() {
        Answer list = f.call("POST", V2 + "/dnclists", bytes("{\"name\": \"Opted out\"}"));
        String dnc = list.json().get("data").get("id").asString();
        f.call("POST", V2 + "/dnclists/" + dnc + "/numbers", bytes("{\"numbers\": [{\"phone\": \"+12125551234\"}]}"));
        String withDnc = createCampaign(DecisionCampaign.BODY.replace("Renewal reminders", "Renewals with DNC").replace("DNC CL Dec 4", "Opted out"));
        Answer refused = f.call("POST", V2 + "/campaign/" + withDnc + "/callbacks",
                bytes("{\"phone\": \"+12125551234\", \"callContactAt\": \"" + OPEN_IN_NEW_YORK + "\"}"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("code")).containsExactly("decision.dnc");
        assertThat(refused.json().get("errors").findValuesAsString("pointer")).containsExactly("/phone");
    }

    @Test
    void aStoredContactIsCalledBackByItsId() {
        Answer list = f.call("POST", V2 + "/contactlists", bytes("{\"name\": \"Renewals due\"}"));
        String listId = list.json().get("data").get("id").asString();
        f.call("POST", V2 + "/contactlists/" + listId + "/contacts", bytes("{\"contacts\": [{\"id\": \"c-1\", \"phone\": \"+12125551234\"}]}"));
        String named = createCampaign(DecisionCampaign.BODY.replace("Renewal reminders", "Renewals due").replace("CL Only 2020 Dec 4", "Renewals due"));
        String path = V2 + "/campaign/" + named + "/callbacks";
        Answer stored = f.call("POST", path, bytes("{\"contactId\": \"c-1\", \"callContactAt\": \"" + OPEN_IN_NEW_YORK + "\"}"));
        assertThat(stored.status()).as(stored.json().toString()).isEqualTo(200);
        assertThat(stored.json().get("data").get("contactId").asString()).isEqualTo("c-1");
        assertThat(stored.json().get("data").get("phone").asString()).isEqualTo("+12125551234");
        Answer unknown = f.call("POST", path, bytes("{\"contactId\": \"c-9\", \"callContactAt\": \"" + OPEN_IN_NEW_YORK + "\"}"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").findValuesAsString("code")).containsExactly("callback.contactId.notFound");
        assertThat(unknown.json().get("errors").findValuesAsString("pointer")).containsExactly("/contactId");
    }

    @Test
    void aBadBodyIsRefusedWithEveryProblemAndStoresNothing() {
        Answer both = schedule("{\"phone\": \"+12125551234\", \"contactId\": \"c-1\", \"callContactAt\": \"soon\", \"note\": \""
                + "n".repeat(513) + "\", \"extra\": 1}");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().get("errors").findValuesAsString("code")).contains("callback.phone.orContactId",
                "callback.callContactAt.format", "callback.note.tooLong");
        Answer neither = schedule("{}");
        assertThat(neither.json().get("errors").findValuesAsString("code")).contains("callback.phone.orContactId", "callback.callContactAt.required");
        Answer regionWithContact = schedule("{\"contactId\": \"c-1\", \"region\": \"US\", \"callContactAt\": \"" + OPEN_IN_NEW_YORK + "\"}");
        assertThat(regionWithContact.json().get("errors").findValuesAsString("code")).containsExactly("callback.region.withContactId");
        Answer past = schedule("{\"phone\": \"+12125551234\", \"callContactAt\": \"2026-11-22T14:30:00Z\"}");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("errors").findValuesAsString("code")).containsExactly("callback.callContactAt.past");
        assertThat(f.call("GET", callbacks, null).json().get("data").get("totalResults").asLong()).isZero();
    }

    @Test
    void aStoppedCampaignTakesNoCallbackAndAnUnknownOrForeignCampaignIsMissing() {
        String trigger = "/api/v2/public/" + ServerFixture.DEMO.streamId().value() + "/campaign/trigger/" + campaign + "?campaignType=voice&trigger=";
        assertThat(f.call("POST", trigger + "play", bytes("{}")).status()).isEqualTo(200);
        assertThat(f.call("POST", trigger + "stop", bytes("{}")).status()).isEqualTo(200);
        Answer closed = schedule("{\"phone\": \"+12125551234\", \"callContactAt\": \"" + OPEN_IN_NEW_YORK + "\"}");
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.json().get("type").asString()).endsWith("campaign-closed");

        assertThat(f.call("POST", V2 + "/campaign/cd-00000000-0000-0000-0000-000000000000/callbacks",
                bytes("{\"phone\": \"+12125551234\", \"callContactAt\": \"" + OPEN_IN_NEW_YORK + "\"}")).status()).isEqualTo(404);
        String foreign = "/campaign/api/v2/public/" + ServerFixture.OTHER.streamId().value() + "/campaign/" + campaign + "/callbacks";
        assertThat(f.callAs(ServerFixture.OTHER, "GET", foreign, null).status()).isEqualTo(404);
        assertThat(f.callAs(ServerFixture.OTHER, "DELETE", foreign + "/cb-1", null).status()).isEqualTo(404);
    }
}
