package dev.voicecampaign.http;

import static dev.voicecampaign.http.ServerFixture.V2;
import static dev.voicecampaign.http.ServerFixture.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.http.ServerFixture.Answer;
import dev.voicecampaign.json.GoldenSamples;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** The list route refuses what is wrong with a pointer and a code, as every other route does (issue 30, item 2). */
class ListRouteTest {
    static final String LIST = V2 + "/campaign/getAllCampaignDetails";
    final ServerFixture f = new ServerFixture();

    @AfterEach
    void stop() {
        f.close();
    }

    static List<String> problems(Answer a) {
        return a.json().get("errors").valueStream().map(e -> e.get("pointer").stringValue() + " " + e.get("code").stringValue()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"limit\": 9223372036854775808}|/limit list.limit.outOfRange",
            "{\"limit\": 101}|/limit list.limit.outOfRange",
            "{\"limit\": 1e2147483647}|/limit list.limit.outOfRange",
            "{\"limit\": 100e2147483647}|/limit list.limit.outOfRange",
            "{\"limit\": -1e2147483647}|/limit list.limit.outOfRange",
            "{\"limit\": 2.5}|/limit request.field.wrongType",
            "{\"skip\": 100000000000000000000}|/skip list.skip.outOfRange",
            "{\"page\": 100000000000000000000}|/page list.page.outOfRange",
            "{\"page\": 30000000, \"limit\": 100}|/page list.page.beyondReach",
            "{\"page\": 30000000, \"limit\": 500}|/limit list.limit.outOfRange",
            "{\"sortBy\": {\"name\": 5}}|/sortBy/name request.field.wrongType",
            "{\"limit\": \"10\"}|/limit request.field.wrongType",
            "{\"type\": \"sms\"}|/type list.type.notVoice",
            "{\"filters\": []}|/filters request.field.wrongType",
            "{\"filters\": {\"status\": [\"Sleeping\"]}}|/filters/status/0 list.filters.status.notAllowed",
            "{\"sortBy\": {\"name\": \"up\"}}|/sortBy/name list.sortBy.name.notAllowed",
            "{\"sortBy\": {\"name\": \"asc\", \"createdAt\": \"desc\"}}|/sortBy list.sortBy.oneField",
            "{\"startDate\": \"2026-02-30\"}|/startDate list.startDate.format",
            "{\"cursor\": \"not a cursor\"}|/cursor list.cursor.format",
            "{\"cursor\": \"MQpDUkVBVEVEX0FUCmRlc2MKY2QtMQoxLjA=\"}|/cursor list.cursor.format"})
    void aWrongListRequestIsA400WithItsPointer(String body, String problem) {
        Answer a = f.call("POST", LIST, bytes(body));
        assertThat(a.status()).as(body).isEqualTo(400);
        assertThat(a.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(problems(a)).as(body).containsExactly(problem);
    }

    @Test
    void unknownMembersAreWarnedAboutAndTheRestIsHonoured() {
        f.call("POST", V2 + "/campaign?campaignType=voice", GoldenSamples.request("agentless-v2"));
        f.call("POST", V2 + "/campaign?campaignType=voice", GoldenSamples.request("progressive-v2"));
        Answer a = f.call("POST", LIST, bytes("{\"limit\": 1.0, \"colour\": \"red\", \"filters\": {\"dialingMode\": [\"Progressive\"], \"owner\": [\"x\"]}}"));
        assertThat(a.status()).isEqualTo(200);
        JsonNode data = a.json().get("data");
        assertThat(data.get("totalResults").intValue()).isEqualTo(1);
        assertThat(data.get("results").get(0).get("dialingMode").stringValue()).isEqualTo("Progressive");
        assertThat(a.json().get("warnings").valueStream().map(w -> w.get("pointer").stringValue() + " " + w.get("code").stringValue()))
                .containsExactly("/colour request.field.unknown", "/filters/owner request.field.unknown");
        assertThat(f.call("POST", LIST, new byte[0]).json().get("data").get("limit").intValue()).as("the default page size").isEqualTo(10);
    }

    @Test
    void nextCursorsWalkEveryCampaignOnceAndStayPutWhenEarlierOnesGo() {
        String sample = new String(GoldenSamples.request("agentless-v2"));
        for (int n = 0; n < 7; n++) {
            assertThat(f.call("POST", V2 + "/campaign?campaignType=voice", bytes(sample.replace("Product Feedback Voice Campaign-3.41", "Walk " + n)))
                    .status()).isEqualTo(200);
        }
        List<String> walked = new java.util.ArrayList<>();
        JsonNode data = f.call("POST", LIST, bytes("{\"limit\": 3, \"sortBy\": {\"name\": \"asc\"}}")).json().get("data");
        String firstCursor = data.get("nextCursor").stringValue();
        while (true) {
            data.get("results").valueStream().forEach(c -> walked.add(c.get("name").stringValue()));
            assertThat(data.get("totalResults").intValue()).isEqualTo(7);
            if (!data.has("nextCursor")) break;
            assertThat(data.get("hasMore").booleanValue()).isTrue();
            data = f.call("POST", LIST, bytes("{\"limit\": 3, \"sortBy\": {\"name\": \"asc\"}, \"cursor\": \"" + data.get("nextCursor").stringValue() + "\"}"))
                    .json().get("data");
        }
        assertThat(walked).containsExactly("Walk 0", "Walk 1", "Walk 2", "Walk 3", "Walk 4", "Walk 5", "Walk 6");

        // A cursor is for its own order, and replaces skip and page.
        assertThat(problems(f.call("POST", LIST, bytes("{\"cursor\": \"" + firstCursor + "\"}")))).containsExactly("/cursor list.cursor.otherOrder");
        assertThat(problems(f.call("POST", LIST, bytes("{\"skip\": 3, \"sortBy\": {\"name\": \"asc\"}, \"cursor\": \"" + firstCursor + "\"}"))))
                .containsExactly("/cursor list.cursor.withSkip");

        // Deleting the first page's campaigns does not move the second page, as skip would.
        JsonNode first = f.call("POST", LIST, bytes("{\"limit\": 3, \"sortBy\": {\"name\": \"asc\"}}")).json().get("data");
        first.get("results").valueStream().forEach(c -> f.call("DELETE", V2 + "/campaign/" + c.get("id").stringValue(), null));
        JsonNode second = f.call("POST", LIST, bytes("{\"limit\": 3, \"sortBy\": {\"name\": \"asc\"}, \"cursor\": \"" + firstCursor + "\"}"))
                .json().get("data");
        assertThat(second.get("results").valueStream().map(c -> c.get("name").stringValue())).containsExactly("Walk 3", "Walk 4", "Walk 5");
        assertThat(second.get("totalResults").intValue()).isEqualTo(4);
    }
}
