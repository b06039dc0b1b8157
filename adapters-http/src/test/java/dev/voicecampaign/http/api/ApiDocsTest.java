package dev.voicecampaign.http.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.http.exchange.Headers;
import dev.voicecampaign.http.exchange.HttpRequest;
import dev.voicecampaign.json.CampaignJson;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The document served at /openapi.json names the host the request was sent to, when that host is a plain one. */
class ApiDocsTest {
    private static JsonNode servers(String host) {
        Headers headers = host == null ? Headers.of() : Headers.of("Host", host);
        return CampaignJson.parse(ApiDocs.answer(new HttpRequest("GET", "/openapi.json", Map.of(), headers, new byte[0])).body()).get("servers");
    }

    @Test
    void aPlainHostComesFirstAndAnythingElseIsNotRepeated() {
        assertThat(servers("campaigns.internal:9000").get(0).get("url").asString()).isEqualTo("http://campaigns.internal:9000");
        assertThat(servers("[::1]:8080").get(0).get("url").asString()).isEqualTo("http://[::1]:8080");
        for (String odd : new String[] {"evil.example\"><script>", "a b", "x".repeat(300), "host:123456", ""}) {
            assertThat(servers(odd).get(0).get("url").asString()).as(odd).isEqualTo("http://localhost:8080");
        }
        assertThat(servers(null).size()).as("the published servers only").isEqualTo(2);
    }
}
