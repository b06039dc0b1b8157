package dev.voicecampaign.http;

import static dev.voicecampaign.http.ServerFixture.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.http.auth.AppConfig;
import dev.voicecampaign.json.GoldenSamples;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The DNC list routes over HTTP, and what a stored DNC list does to a campaign's call decisions. */
class DncListRouteTest {
    static final String LISTS = ServerFixture.V2 + "/dnclists";
    static final String CONTACT_LISTS = ServerFixture.V2 + "/contactlists";
    final ServerFixture server = new ServerFixture();

    @AfterEach
    void close() {
        server.close();
    }

    String create(String lists, String name) {
        ServerFixture.Answer created = server.call("POST", lists, bytes("{\"name\": \"" + name + "\"}"));
        assertThat(created.status()).as(String.valueOf(created.json())).isEqualTo(200);
        return created.json().get("data").get("id").asString();
    }

    ServerFixture.Answer csv(String listId, String body) {
        AppConfig app = ServerFixture.DEMO;
        return server.send("POST", LISTS + "/" + listId + "/numbers", body.getBytes(StandardCharsets.UTF_8), "auth", server.token(app),
                "iid", app.streamId().value(), "accountId", app.accountId(), "Content-Type", "text/csv");
    }

    static List<String> phones(JsonNode page) {
        return page.get("data").get("results").findValuesAsString("phone");
    }

    @Test
    void aDncListIsCreatedReadPagedAndDeletedBesideContactListsOfTheSameName() {
        String contacts = create(CONTACT_LISTS, "Blocked");
        String dnc = create(LISTS, "blocked");
        assertThat(server.call("POST", LISTS, bytes("{\"name\": \" BLOCKED \"}")).status()).isEqualTo(409);
        JsonNode list = server.call("GET", LISTS + "/" + dnc, null).json().get("data");
        assertThat(list.get("name").asString()).isEqualTo("blocked");
        assertThat(list.get("numbers").asLong()).isZero();
        assertThat(list.has("contacts")).isFalse();
        JsonNode page = server.call("GET", LISTS + "?skip=0&limit=10", null).json().get("data");
        assertThat(page.get("results").findValuesAsString("id")).containsExactly(dnc);
        assertThat(page.get("totalResults").asLong()).isEqualTo(1);
        // an id of the other kind is no list of this kind, both ways
        assertThat(server.call("GET", LISTS + "/" + contacts, null).status()).isEqualTo(404);
        assertThat(server.call("GET", CONTACT_LISTS + "/" + dnc, null).status()).isEqualTo(404);
        assertThat(server.call("DELETE", CONTACT_LISTS + "/" + dnc, null).status()).isEqualTo(404);
        assertThat(server.call("GET", CONTACT_LISTS + "/" + dnc + "/contacts", null).status()).isEqualTo(404);
        ServerFixture.Answer missing = server.call("GET", LISTS + "/cl-none", null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("type").asString()).endsWith("dnc-list-not-found");
        assertThat(server.call("DELETE", LISTS + "/" + dnc, null).status()).isEqualTo(200);
        assertThat(server.call("GET", LISTS + "/" + dnc, null).status()).isEqualTo(404);
        assertThat(server.call("GET", CONTACT_LISTS + "/" + contacts, null).status()).isEqualTo(200);
    }

    @Test
    void numbersAreStoredOnceInE164AndEachBadOneIsReportedWithItsRow() {
        String dnc = create(LISTS, "Opted out");
        ServerFixture.Answer json = server.call("POST", LISTS + "/" + dnc + "/numbers", bytes("{\"numbers\": ["
                + "{\"phone\": \"+12125551234\"}, {\"phone\": \"(415) 555-0123\", \"region\": \"US\"}, {\"phone\": \"not a number\"}, "
                + "{\"phone\": \"+1 212 555 1234\"}, {\"phone\": \"+12125550199\", \"zone\": \"America/New_York\"}]}"));
        assertThat(json.status()).as(String.valueOf(json.json())).isEqualTo(200);
        JsonNode data = json.json().get("data");
        assertThat(data.get("accepted").asInt()).isEqualTo(3);
        assertThat(data.get("duplicates").valueStream().map(JsonNode::asString)).containsExactly("+12125551234");
        assertThat(StreamSupport.stream(data.get("rejected").spliterator(), false)
                .map(e -> e.get("row").asInt() + " " + e.get("field").asString() + " " + e.get("code").asString()))
                .containsExactly("3 phone dncList.numbers.phone.unreadable");
        assertThat(json.json().get("warnings").findValuesAsString("pointer")).containsExactly("/numbers/4/zone");
        assertThat(data.get("list").get("numbers").asLong()).isEqualTo(3);
        assertThat(json.json().get("message").asString()).isEqualTo("3 numbers added to Opted out");

        ServerFixture.Answer fromCsv = csv(dnc, "phone,region,name\n+442079460000,,Ada\n01 42 68 53 00,FR,\n+12125551234,,\n");
        assertThat(fromCsv.status()).as(String.valueOf(fromCsv.json())).isEqualTo(200);
        assertThat(fromCsv.json().get("data").get("accepted").asInt()).isEqualTo(2);
        JsonNode page = server.call("GET", LISTS + "/" + dnc + "/numbers?skip=0&limit=10", null).json();
        assertThat(phones(page)).containsExactly("+12125551234", "+14155550123", "+12125550199", "+442079460000", "+33142685300");
        assertThat(page.get("data").get("results").get(0).properties()).hasSize(1);

        assertThat(server.call("DELETE", LISTS + "/" + dnc + "/numbers/+33142685300", null).status()).isEqualTo(200);
        assertThat(server.call("DELETE", LISTS + "/" + dnc + "/numbers/442079460000", null).status()).isEqualTo(200);
        ServerFixture.Answer gone = server.call("DELETE", LISTS + "/" + dnc + "/numbers/%2B442079460000", null);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.json().get("type").asString()).endsWith("number-not-found");
        assertThat(server.call("GET", LISTS + "/" + dnc, null).json().get("data").get("numbers").asLong()).isEqualTo(3);
    }

    @Test
    void aNumberOnTheCampaignsStoredDncListIsNeverCalledAndTheListCannotGoWhileTheCampaignMayRun() {
        String dnc = create(LISTS, "Opted out");
        server.call("POST", LISTS + "/" + dnc + "/numbers", bytes("{\"numbers\": [{\"phone\": \"+12125551234\"}]}"));
        String body = new String(GoldenSamples.request("agentless-v2"), StandardCharsets.UTF_8).replace("DNC CL Dec 4", "opted  OUT");
        ServerFixture.Answer created = server.call("POST", ServerFixture.V2 + "/campaign?campaignType=voice", bytes(body));
        assertThat(created.status()).as(String.valueOf(created.json())).isEqualTo(200);
        String campaign = created.json().get("data").get("id").asString();

        JsonNode results = server.call("POST", ServerFixture.V2 + "/campaign/" + campaign + "/decisions", bytes("{\"at\": \"2026-12-08T14:30:00Z\", "
                + "\"contacts\": [{\"id\": \"listed\", \"phone\": \"(212) 555-1234\", \"region\": \"US\"}, {\"id\": \"free\", \"phone\": \"+12125551235\"}]}"))
                .json().get("data").get("results");
        assertThat(results.get(0).get("decision").asString()).isEqualTo("NEVER");
        assertThat(results.get(0).get("reasons").findValuesAsString("code")).contains("decision.dnc");
        assertThat(results.get(1).get("reasons").findValuesAsString("code")).doesNotContain("decision.dnc");

        ServerFixture.Answer inUse = server.call("DELETE", LISTS + "/" + dnc, null);
        assertThat(inUse.status()).isEqualTo(409);
        assertThat(inUse.json().get("detail").asString()).contains(campaign);
    }

    @Test
    void aStoredDncListNamedLikeAConfiguredOneIsTheOneACampaignUses() {
        String dnc = create(LISTS, "DNC CL Dec 4");   // the demo configuration's DNC list name
        server.call("POST", LISTS + "/" + dnc + "/numbers", bytes("{\"numbers\": [{\"phone\": \"+12125551234\"}]}"));
        ServerFixture.Answer created = server.call("POST", ServerFixture.V2 + "/campaign?campaignType=voice", bytes(new String(
                GoldenSamples.request("agentless-v2"), StandardCharsets.UTF_8)));
        assertThat(created.status()).as(String.valueOf(created.json())).isEqualTo(200);
        String campaign = created.json().get("data").get("id").asString();
        JsonNode result = server.call("POST", ServerFixture.V2 + "/campaign/" + campaign + "/decisions",
                bytes("{\"at\": \"2026-12-08T14:30:00Z\", \"contacts\": [{\"phone\": \"+12125551234\"}]}")).json().get("data").get("results").get(0);
        assertThat(result.get("reasons").findValuesAsString("code")).contains("decision.dnc");
        assertThat(server.call("DELETE", LISTS + "/" + dnc, null).status()).isEqualTo(409);
    }

    @Test
    void aBlankListIdNamesNoList() {
        assertThat(server.call("GET", LISTS + "/%20", null).status()).isEqualTo(404);
        assertThat(server.call("GET", CONTACT_LISTS + "/%20/contacts", null).status()).isEqualTo(404);
    }

    @Test
    void aCampaignNamingADncListNoOneHasIsRefusedAndAContactListIsNoDncList() {
        create(CONTACT_LISTS, "Opted out");
        String body = new String(GoldenSamples.request("agentless-v2"), StandardCharsets.UTF_8).replace("DNC CL Dec 4", "Opted out");
        ServerFixture.Answer refused = server.call("POST", ServerFixture.V2 + "/campaign?campaignType=voice", bytes(body));
        assertThat(refused.status()).as(String.valueOf(refused.json())).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("pointer")).contains("/dncLists/name");
    }

    @Test
    void anUploadWhoseNumbersAreNoListIsRefusedAndAnotherAppsListLooksMissing() {
        String dnc = create(LISTS, "Opted out");
        ServerFixture.Answer broken = server.call("POST", LISTS + "/" + dnc + "/numbers", bytes("{\"numbers\": 5}"));
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("errors").findValuesAsString("pointer")).containsExactly("/numbers");
        String otherLists = "/campaign/api/v2/public/" + ServerFixture.OTHER.streamId().value() + "/dnclists/" + dnc;
        for (String[] call : new String[][] {{"GET", ""}, {"DELETE", ""}, {"GET", "/numbers"}, {"DELETE", "/numbers/+12125551234"}}) {
            assertThat(server.callAs(ServerFixture.OTHER, call[0], otherLists + call[1], null).status()).isEqualTo(404);
        }
        assertThat(server.call("GET", LISTS + "/" + dnc, null).status()).isEqualTo(200);
    }
}
