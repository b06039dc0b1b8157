package dev.voicecampaign.http;

import static dev.voicecampaign.http.ServerFixture.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.http.auth.AppConfig;
import dev.voicecampaign.json.GoldenSamples;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The contact list routes over HTTP: create, page, read, upload in JSON and CSV, contacts, deletes, tenancy. */
class ContactListRouteTest {
    static final String LISTS = ServerFixture.V2 + "/contactlists";
    final ServerFixture server = new ServerFixture();

    @AfterEach
    void close() {
        server.close();
    }

    String create(String name) {
        ServerFixture.Answer created = server.call("POST", LISTS, bytes("{\"name\": \"" + name + "\", \"description\": \"Spring leads\"}"));
        assertThat(created.status()).as(String.valueOf(created.json())).isEqualTo(200);
        return created.json().get("data").get("id").asString();
    }

    ServerFixture.Answer csv(String listId, String body) {
        AppConfig app = ServerFixture.DEMO;
        return server.send("POST", LISTS + "/" + listId + "/contacts", body.getBytes(StandardCharsets.UTF_8), "auth", server.token(app),
                "iid", app.streamId().value(), "accountId", app.accountId(), "Content-Type", "text/csv");
    }

    static List<String> rejected(ServerFixture.Answer answer) {
        return StreamSupport.stream(answer.json().get("data").get("rejected").spliterator(), false)
                .map(e -> e.get("row").asInt() + " " + (e.has("field") ? e.get("field").asString() : "-") + " " + e.get("code").asString()).toList();
    }

    @Test
    void aListIsCreatedReadPagedAndDeleted() {
        String id = create("Spring Leads");
        JsonNode list = server.call("GET", LISTS + "/" + id, null).json().get("data");
        assertThat(list.get("name").asString()).isEqualTo("Spring Leads");
        assertThat(list.get("contacts").asLong()).isZero();
        assertThat(server.call("POST", LISTS, bytes("{\"name\": \"spring  LEADS\"}")).status()).isEqualTo(409);
        create("Autumn Leads");
        JsonNode page = server.call("GET", LISTS + "?skip=1&limit=1", null).json().get("data");
        assertThat(page.get("results").get(0).get("name").asString()).isEqualTo("Autumn Leads");
        assertThat(page.get("totalResults").asLong()).isEqualTo(2);
        assertThat(server.call("GET", LISTS + "?limit=0", null).status()).isEqualTo(400);
        assertThat(server.call("DELETE", LISTS + "/" + id, null).status()).isEqualTo(200);
        assertThat(server.call("GET", LISTS + "/" + id, null).status()).isEqualTo(404);
    }

    @Test
    void aCampaignNamesAStoredListWhichCannotBeDeletedWhileTheCampaignMayRun() {
        String id = create("Spring Leads");
        byte[] body = bytes(new String(GoldenSamples.request("agentless-v2"), StandardCharsets.UTF_8)
                .replace("CL Only 2020 Dec 4", "spring  LEADS"));
        ServerFixture.Answer created = server.call("POST", ServerFixture.V2 + "/campaign?campaignType=voice", body);
        assertThat(created.status()).as(String.valueOf(created.json())).isEqualTo(200);
        String campaign = created.json().get("data").get("id").asString();
        assertThat(server.call("GET", ServerFixture.V2 + "/campaign/" + campaign, null).json().get("data").get("status").asString())
                .isEqualTo("Ready");
        ServerFixture.Answer inUse = server.call("DELETE", LISTS + "/" + id, null);
        assertThat(inUse.status()).isEqualTo(409);
        assertThat(inUse.json().get("detail").asString()).contains(campaign);
        String trigger = "/api/v2/public/" + ServerFixture.DEMO.streamId().value() + "/campaign/trigger/" + campaign + "?campaignType=voice&trigger=";
        assertThat(server.call("POST", trigger + "play", bytes("{}")).status()).isEqualTo(200);
        assertThat(server.call("POST", trigger + "stop", bytes("{}")).status()).isEqualTo(200);
        assertThat(server.call("DELETE", LISTS + "/" + id, null).status()).isEqualTo(200);
    }

    @Test
    void decisionsArePagedOverTheCampaignsStoredListsOrOneNamedList() {
        String first = create("First");
        String second = create("Second");
        csv(first, "phone,id\n+12125550101,a-1\n+12125550102,a-2\n+12125550103,a-3\n");
        csv(second, "phone,id,zone\n+442079460001,b-1,Europe/London\n+442079460002,b-2,\n");
        String body = new String(GoldenSamples.request("agentless-v2"), StandardCharsets.UTF_8)
                .replace("\"CL Only 2020 Dec 4\"", "\"First\", \"Second\", \"first\"");   // a list named twice is decided once
        ServerFixture.Answer created = server.call("POST", ServerFixture.V2 + "/campaign?campaignType=voice", bytes(body));
        assertThat(created.status()).as(String.valueOf(created.json())).isEqualTo(200);
        String decisions = ServerFixture.V2 + "/campaign/" + created.json().get("data").get("id").asString() + "/decisions";

        JsonNode page = server.call("POST", decisions, bytes("{\"at\": \"2026-12-08T14:30:00Z\", \"skip\": 2, \"limit\": 2}")).json().get("data");
        assertThat(page.get("results").findValuesAsString("id")).containsExactly("a-3", "b-1");
        assertThat(page.get("totalResults").asLong()).isEqualTo(5);
        assertThat(page.get("hasMore").asBoolean()).isTrue();
        JsonNode named = server.call("POST", decisions, bytes("{\"at\": \"2026-12-08T14:30:00Z\", \"contactListId\": \"" + second + "\"}"))
                .json().get("data");
        assertThat(named.get("results").findValuesAsString("id")).containsExactly("b-1", "b-2");
        assertThat(named.get("hasMore").asBoolean()).isFalse();
        assertThat(server.call("POST", decisions, bytes("{\"at\": \"2026-12-08T14:30:00Z\", \"contactListId\": \"cl-none\"}")).status())
                .isEqualTo(404);
        ServerFixture.Answer both = server.call("POST", decisions, bytes("{\"at\": \"2026-12-08T14:30:00Z\", \"limit\": 5, "
                + "\"contacts\": [{\"phone\": \"+12125550101\"}]}"));
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().get("errors").findValuesAsString("code")).contains("decisions.contacts.withList");
    }

    @Test
    void aCampaignNamingAListNoOneHasIsRefusedAsBefore() {
        byte[] body = bytes(new String(GoldenSamples.request("agentless-v2"), StandardCharsets.UTF_8).replace("CL Only 2020 Dec 4", "Nobody's List"));
        ServerFixture.Answer refused = server.call("POST", ServerFixture.V2 + "/campaign?campaignType=voice", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("code")).contains("campaign.contactLists.notFound");
    }

    @Test
    void aBadListIsRefusedWithEveryProblem() {
        ServerFixture.Answer refused = server.call("POST", LISTS, bytes("{\"name\": \"\", \"description\": 7}"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("code")).contains("request.field.wrongType");
    }

    @Test
    void aJsonUploadStoresTheGoodContactsAndReportsEachBadOneWithItsRowAndField() {
        String id = create("Leads");
        ServerFixture.Answer upload = server.call("POST", LISTS + "/" + id + "/contacts", bytes("""
                {"contacts": [
                  {"phone": "+14155550101", "id": "c-1", "zone": "America/Los_Angeles", "attributes": {"tier": "gold"}},
                  {"phone": "(415) 555-0102", "region": "US"},
                  {"phone": "nope"},
                  {"phone": 14155550104},
                  {"phone": "+14155550101"}
                ]}"""));
        assertThat(upload.status()).isEqualTo(200);
        JsonNode data = upload.json().get("data");
        assertThat(data.get("accepted").asInt()).isEqualTo(2);
        assertThat(data.get("duplicates").get(0).asString()).isEqualTo("+14155550101");
        assertThat(rejected(upload)).contains("3 phone contactList.contacts.phone.unreadable", "4 phone request.field.wrongType");
        assertThat(data.get("list").get("contacts").asLong()).isEqualTo(2);
        JsonNode contacts = server.call("GET", LISTS + "/" + id + "/contacts", null).json().get("data").get("results");
        assertThat(contacts.get(0).get("attributes").get("tier").asString()).isEqualTo("gold");
        assertThat(contacts.get(1).get("phone").asString()).isEqualTo("+14155550102");
        assertThat(server.call("DELETE", LISTS + "/" + id + "/contacts/c-1", null).status()).isEqualTo(200);
        assertThat(server.call("DELETE", LISTS + "/" + id + "/contacts/c-1", null).status()).isEqualTo(404);
    }

    @Test
    void aCsvUploadWithABomCrlfLineEndsAndBrokenRowsKeepsExactlyTheGoodRows() {
        String id = create("Leads");
        ServerFixture.Answer upload = csv(id, "\uFEFFphone,id,zone,region,notes\r\n"
                + "+14155550101,c-1,,,first\r\n"
                + "4155550102,,,US,\r\n"
                + ",c-3,,,blank phone\r\n"
                + "+14155550104,,Mars/Base,,\r\n"
                + "+14155550105,\"c-5,,,\r\n");
        assertThat(upload.status()).as(String.valueOf(upload.json())).isEqualTo(200);
        assertThat(upload.json().get("data").get("accepted").asInt()).isEqualTo(2);
        assertThat(rejected(upload)).containsExactly("5 - request.body.malformed", "3 phone contactList.contacts.phone.required",
                "4 zone contactList.contacts.zone.unknownZone");
    }

    @Test
    void aTenMegabyteLineIsOneRefusedRowBetweenGoodOnes() {
        String id = create("Leads");
        ServerFixture.Answer upload = csv(id, "phone,id\n+14155550101,c-1\n" + "1".repeat(10 * 1024 * 1024) + ",c-2\n+14155550103,c-3\n");
        assertThat(upload.status()).isEqualTo(200);
        assertThat(upload.json().get("data").get("accepted").asInt()).isEqualTo(2);
        assertThat(rejected(upload)).containsExactly("2 phone contactList.contacts.phone.tooLong");
    }

    @Test
    void anUploadWhoseContactsAreNoListIsRefused() {
        String id = create("Leads");
        ServerFixture.Answer refused = server.call("POST", LISTS + "/" + id + "/contacts", bytes("{\"contacts\": 5}"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("pointer")).containsExactly("/contacts");
    }

    @Test
    void aCsvUploadWithoutAPhoneColumnStoresNothing() {
        String id = create("Leads");
        ServerFixture.Answer refused = csv(id, "number\n+14155550101\n");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(server.call("GET", LISTS + "/" + id, null).json().get("data").get("contacts").asLong()).isZero();
    }

    @Test
    void aHundredThousandRowCsvIsUploadedPagedAndDecidedAPageAtATime() {
        String id = create("Big");
        StringBuilder body = new StringBuilder("phone,id\n");
        IntStream.range(0, 100_000).forEach(i -> body.append("+1415").append(2_000_000 + i).append(",c-").append(i).append('\n'));
        ServerFixture.Answer upload = csv(id, body.toString());
        assertThat(upload.status()).isEqualTo(200);
        assertThat(upload.json().get("data").get("accepted").asInt()).isEqualTo(100_000);
        JsonNode last = server.call("GET", LISTS + "/" + id + "/contacts?skip=99999&limit=5", null).json().get("data");
        assertThat(last.get("results").get(0).get("id").asString()).isEqualTo("c-99999");
        assertThat(last.get("hasMore").asBoolean()).isFalse();

        byte[] campaign = bytes(new String(GoldenSamples.request("agentless-v2"), StandardCharsets.UTF_8).replace("CL Only 2020 Dec 4", "Big"));
        ServerFixture.Answer created = server.call("POST", ServerFixture.V2 + "/campaign?campaignType=voice", campaign);
        assertThat(created.status()).as(String.valueOf(created.json())).isEqualTo(200);
        String decisions = ServerFixture.V2 + "/campaign/" + created.json().get("data").get("id").asString() + "/decisions";
        JsonNode page = server.call("POST", decisions, bytes("{\"at\": \"2026-12-08T14:30:00Z\", \"skip\": 99950, \"limit\": 100}"))
                .json().get("data");
        assertThat(page.get("results").findValuesAsString("id")).hasSize(50).startsWith("c-99950").endsWith("c-99999");
        assertThat(page.get("totalResults").asLong()).isEqualTo(100_000);
        assertThat(page.get("hasMore").asBoolean()).isFalse();
    }

    @Test
    void anotherAppsListLooksMissing() {
        String id = create("Leads");
        for (String[] call : new String[][] {{"GET", ""}, {"DELETE", ""}, {"GET", "/contacts"}}) {
            assertThat(server.callAs(ServerFixture.OTHER, call[0], "/campaign/api/v2/public/" + ServerFixture.OTHER.streamId().value()
                    + "/contactlists/" + id + call[1], null).status()).isEqualTo(404);
        }
        List<Integer> statuses = new ArrayList<>();
        statuses.add(server.call("GET", LISTS + "/" + id, null).status());
        assertThat(statuses).containsExactly(200);
    }

    @Test
    void onlyAClientWithAValidTokenMaySendALargeUpload() {
        String id = create("Big");
        byte[] twoMegabytes = ("phone,note\n+14155550101," + "x".repeat(2 * 1024 * 1024) + "\n").getBytes(StandardCharsets.UTF_8);
        AppConfig app = ServerFixture.DEMO;
        ServerFixture.Answer anonymous = server.send("POST", LISTS + "/" + id + "/contacts", twoMegabytes, "iid", app.streamId().value(),
                "accountId", app.accountId(), "Content-Type", "text/csv");
        assertThat(anonymous.status()).isEqualTo(413);
        ServerFixture.Answer forged = server.send("POST", LISTS + "/" + id + "/contacts", twoMegabytes, "auth", "eyJhbGciOiJIUzI1NiJ9.e30.x",
                "iid", app.streamId().value(), "accountId", app.accountId(), "Content-Type", "text/csv");
        assertThat(forged.status()).isEqualTo(413);
        ServerFixture.Answer otherApp = server.send("POST", LISTS + "/" + id + "/contacts", twoMegabytes, "auth", server.token(ServerFixture.OTHER),
                "iid", app.streamId().value(), "accountId", app.accountId(), "Content-Type", "text/csv");
        assertThat(otherApp.status()).as("a token of another app is held to the standard limit before its 403").isEqualTo(413);
        assertThat(csv(id, new String(twoMegabytes, StandardCharsets.UTF_8)).status()).isEqualTo(200);
    }

    @Test
    void anUploadOfAnotherMediaTypeIs415() {
        String id = create("Leads");
        AppConfig app = ServerFixture.DEMO;
        ServerFixture.Answer refused = server.send("POST", LISTS + "/" + id + "/contacts", bytes("phone\n+14155550101\n"), "auth",
                server.token(app), "iid", app.streamId().value(), "accountId", app.accountId(), "Content-Type", "text/plain");
        assertThat(refused.status()).isEqualTo(415);
    }
}
