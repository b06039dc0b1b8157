package dev.voicecampaign.docs.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.DialingMode;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.inmemory.InMemoryCampaignRepository;
import dev.voicecampaign.core.inmemory.MutableClock;
import dev.voicecampaign.core.inmemory.RandomIdGenerator;
import dev.voicecampaign.core.support.Seeds;
import dev.voicecampaign.docs.examples.ExampleScenario;
import dev.voicecampaign.docs.schema.ResponseSchemas;
import dev.voicecampaign.docs.schema.WireBodies;
import dev.voicecampaign.http.api.CampaignApi;
import dev.voicecampaign.http.api.ServerState;
import dev.voicecampaign.http.auth.AppConfig;
import dev.voicecampaign.http.auth.RateLimiter;
import dev.voicecampaign.http.auth.ServerConfig;
import dev.voicecampaign.http.auth.TokenSigner;
import dev.voicecampaign.http.exchange.Headers;
import dev.voicecampaign.http.exchange.HttpRequest;
import dev.voicecampaign.http.exchange.HttpResponse;
import dev.voicecampaign.rules.CampaignRules;
import dev.voicecampaign.testkit.Breakage;
import dev.voicecampaign.testkit.DraftGenerator;
import dev.voicecampaign.testkit.SampleDirectories;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The server's answers to generated campaigns (every mode, both dialects, holidays, limits and
 * packs as the testkit draws them) validate against the published answer schemas with undeclared
 * properties refused: created, read in both dialects, started, listed, and refused with a problem.
 */
class ResponseSchemasTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AppConfig APP = new AppConfig(new StreamId("st-schemas"), "acc-schemas", "cs-schemas",
            "a-secret-for-the-schema-test-of-32-bytes", SampleDirectories.CONTACT_LISTS, SampleDirectories.DNC_LISTS,
            SampleDirectories.QUEUES, SampleDirectories.EXPERIENCE_FLOWS, SampleDirectories.CALLER_IDS);
    private static final String V2 = "/campaign/api/v2/public/" + APP.streamId().value();
    private static final String V1 = "/agentassist/api/v1/public/" + APP.streamId().value();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final CampaignApi api = new CampaignApi(ServerState.inMemory(new ServerConfig(List.of(APP)), clock, CampaignRules.standard(),
            new InMemoryCampaignRepository(), new RandomIdGenerator(), Runnable::run), new RateLimiter(1_000_000, clock));
    private final StrictSchemas strict = new StrictSchemas(JSON.readTree(OpenApiPage.of(ExampleScenario.run()).content()));

    private JsonNode send(int expected, String method, String path, String query, JsonNode body) {
        String token = TokenSigner.sign(APP.clientId(), APP.clientSecret(), clock.instant(), Duration.ofHours(1));
        HttpResponse response = api.handle(new HttpRequest(method, path, HttpRequest.parseQuery(query),
                Headers.of("auth", token, "iid", APP.streamId().value(), "accountId", APP.accountId(), "content-type", "application/json"),
                body == null ? new byte[0] : JSON.writeValueAsBytes(body)));
        JsonNode answer = JSON.readTree(new String(response.body(), StandardCharsets.UTF_8));
        assertThat(response.status()).as("%s %s: %s", method, path, answer).isEqualTo(expected);
        return answer;
    }

    private void conforms(String component, JsonNode answer) {
        assertThat(strict.violations("#/components/schemas/" + component, answer)).as("%s: %s", component, answer).isEmpty();
    }

    @Test
    void everyAnswerToGeneratedCampaignsMatchesItsSchema() {
        int n = 0;
        for (long seed : Seeds.stream(120).toList()) {
            DraftGenerator generator = new DraftGenerator(seed);
            Dialect dialect = generator.anyDialect();
            ObjectNode body = WireBodies.of(generator.valid(generator.anyMode(), dialect));
            body.put("name", "Generated " + n++);
            String base = dialect == Dialect.V2 ? V2 : V1;
            JsonNode created = send(200, "POST", base + "/campaign", "campaignType=voice", body);
            conforms(ResponseSchemas.campaignAnswer(dialect), created);
            String id = created.get("data").get("id").asString();
            for (Dialect read : Dialect.values()) {
                conforms(ResponseSchemas.campaignAnswer(read), send(200, "GET", (read == Dialect.V2 ? V2 : V1) + "/campaign/" + id,
                        "campaignType=voice", null));
            }
            if (seed % 3 == 0) {
                conforms(ResponseSchemas.TRIGGER, send(200, "POST", "/api/v2/public/" + APP.streamId().value() + "/campaign/trigger/" + id,
                        "campaignType=voice&trigger=play", JSON.createObjectNode()));
                conforms(ResponseSchemas.STATUS, send(200, "POST", V2 + "/campaign/" + id + "/status", "", JSON.createObjectNode()));
            }
            Breakage breakage = Breakage.values()[Math.floorMod(seed, Breakage.values().length)];
            if (breakage.appliesTo(DialingMode.PREVIEW, dialect)) {
                var broken = generator.valid(DialingMode.PREVIEW, dialect);
                JsonNode problem = send(400, "POST", base + "/campaign", "campaignType=voice", WireBodies.of(breakage.apply(broken)));
                conforms(ResponseSchemas.PROBLEM, problem);
            }
        }
        JsonNode page = send(200, "POST", V2 + "/campaign/getAllCampaignDetails", "",
                JSON.createObjectNode().put("limit", 100).set("sortBy", JSON.createObjectNode().put("name", "asc")));
        conforms(ResponseSchemas.PAGE, page);
        assertThat(page.get("data").get("results").size()).isEqualTo(100);
        assertThat(page.get("data").get("results").findValues("dialingMode").stream().map(JsonNode::asString).distinct().count())
                .as("every mode listed").isEqualTo(3);
        assertThat(page.get("data").get("results").findValues("restrictedPeriods")).as("holidays drawn").isNotEmpty();
        assertThat(page.toString().toLowerCase(Locale.ROOT)).contains("communicationlimits", "compliancepacks");
    }
}
