package dev.voicecampaign.http;

import static dev.voicecampaign.http.ServerFixture.V1;
import static dev.voicecampaign.http.ServerFixture.V2;
import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.AgentlessCampaign;
import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.port.Verdict;
import dev.voicecampaign.http.ServerFixture.Answer;
import dev.voicecampaign.json.CampaignJson;
import dev.voicecampaign.json.GoldenSamples;
import dev.voicecampaign.json.RequestWriter;
import dev.voicecampaign.rules.CampaignRules;
import dev.voicecampaign.testkit.DraftGenerator;
import dev.voicecampaign.testkit.SampleDirectories;
import dev.voicecampaign.core.support.Seeds;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** An update in a dialect that cannot express a field keeps that field as stored (issue 30, item 1). */
class DialectUpdateTest {
    static final String SAMPLES_V1 = "/agentassist/api/v1/public/" + ServerFixture.SAMPLES.streamId().value();
    static final String SAMPLES_V2 = "/campaign/api/v2/public/" + ServerFixture.SAMPLES.streamId().value();
    final ServerFixture f = new ServerFixture();

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void aV1UpdateWithoutDncListsKeepsTheDncListAV2CreateStored() {
        Answer created = f.call("POST", V2 + "/campaign?campaignType=voice", GoldenSamples.request("progressive-v2"));
        String id = created.json().get("data").get("id").stringValue();
        ObjectNode v1Body = (ObjectNode) CampaignJson.parse(GoldenSamples.request("progressive-v2"));
        v1Body.remove("dncLists");
        v1Body.put("description", "changed in v1");
        v1Body.put("enableMachineDetect", false);

        Answer updated = f.call("PUT", V1 + "/campaign/" + id + "?campaignType=voice", CampaignJson.bytes(v1Body));

        assertThat(updated.status()).as("%s", updated.json()).isEqualTo(200);
        JsonNode got = f.call("GET", V2 + "/campaign/" + id, null).json().get("data");
        assertThat(got.get("description").stringValue()).isEqualTo("changed in v1");
        assertThat(got.get("dncLists").get("name").stringValue()).isEqualTo("DNC CL Dec 4");
        assertThat(got.get("dncLists").get("id").isNull()).as("still resolved").isFalse();
    }

    @Test
    void dncListsSentInV1AreWarnedAboutAndTheStoredListStays() {
        Answer created = f.call("POST", V2 + "/campaign?campaignType=voice", GoldenSamples.request("progressive-v2"));
        String id = created.json().get("data").get("id").stringValue();
        ObjectNode v1Body = (ObjectNode) CampaignJson.parse(GoldenSamples.request("progressive-v2"));
        v1Body.putObject("dncLists").put("name", "no such list");
        v1Body.put("enableMachineDetect", false);

        Answer updated = f.call("PUT", V1 + "/campaign/" + id + "?campaignType=voice", CampaignJson.bytes(v1Body));

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("warnings").valueStream().map(w -> w.get("code").stringValue()))
                .contains("campaign.dncLists.notInDialect");
        JsonNode got = f.call("GET", V2 + "/campaign/" + id, null).json().get("data");
        assertThat(got.get("dncLists").get("name").stringValue()).isEqualTo("DNC CL Dec 4");
    }

    @Test
    void communicationLimitsAreSetInEitherDialectAndShownInBoth() {
        ObjectNode body = (ObjectNode) CampaignJson.parse(GoldenSamples.request("progressive-v2"));
        body.putArray("communicationLimits").addObject().put("maxCountPerRecipient", 3).put("frequency", 7).put("unit", "DAY");
        String id = f.call("POST", V2 + "/campaign?campaignType=voice", CampaignJson.bytes(body)).json().get("data").get("id").stringValue();
        for (String root : new String[] {V1, V2}) {
            JsonNode limits = f.call("GET", root + "/campaign/" + id, null).json().get("data").get("communicationLimits");
            assertThat(limits.toString()).as(root).isEqualTo("[{\"maxCountPerRecipient\":3,\"frequency\":7,\"unit\":\"DAY\"}]");
        }
        body.remove("dncLists");
        body.put("enableMachineDetect", false);
        body.withArray("communicationLimits").addObject().put("maxCountPerRecipient", 10).put("frequency", 30).put("unit", "DAY");
        assertThat(f.call("PUT", V1 + "/campaign/" + id + "?campaignType=voice", CampaignJson.bytes(body)).status()).isEqualTo(200);
        assertThat(f.call("GET", V2 + "/campaign/" + id, null).json().get("data").get("communicationLimits").size())
                .as("v1 says the limits too").isEqualTo(2);
        body.remove("communicationLimits");
        f.call("PUT", V1 + "/campaign/" + id + "?campaignType=voice", CampaignJson.bytes(body));
        assertThat(f.call("GET", V2 + "/campaign/" + id, null).json().get("data").has("communicationLimits"))
                .as("an update without them removes them, in either dialect").isFalse();
    }

    static Stream<Long> seeds() {
        return Seeds.stream(80);
    }

    /**
     * Create in either dialect, update in either: everything the update's dialect can say is as sent,
     * and what it cannot say (v1: the DNC list; disconnect rather than detect) is as stored.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void anUpdateChangesOnlyWhatItsDialectCanSay(long seed) {
        DraftGenerator generator = new DraftGenerator(seed);
        Dialect createIn = generator.anyDialect();
        Dialect updateIn = generator.anyDialect();
        Campaign first = campaign(generator.valid(generator.anyMode(), createIn));
        Campaign second = campaign(generator.valid(generator.anyMode(), updateIn));
        String replay = Seeds.replay(seed) + ", created in " + createIn + ", updated in " + updateIn;

        Answer created = f.callAs(ServerFixture.SAMPLES, "POST", root(createIn) + "/campaign?campaignType=voice",
                CampaignJson.bytes(RequestWriter.body(first, createIn)));
        assertThat(created.status()).as(replay + " %s", created.json()).isEqualTo(200);
        CampaignId id = CampaignId.parse(created.json().get("data").get("id").stringValue()).orElseThrow();
        Campaign stored = storedCampaign(id);
        Answer updated = f.callAs(ServerFixture.SAMPLES, "PUT", root(updateIn) + "/campaign/" + id.value() + "?campaignType=voice",
                CampaignJson.bytes(RequestWriter.body(second, updateIn)));
        assertThat(updated.status()).as(replay + " %s", updated.json()).isEqualTo(200);
        Campaign after = storedCampaign(id);

        assertThat(RequestWriter.body(after, updateIn)).as(replay + ": what the body says").isEqualTo(RequestWriter.body(second, updateIn));
        if (updateIn == Dialect.V2) {
            assertThat(after).as(replay).isEqualTo(second);
        } else {
            assertThat(after.dncList()).as(replay + ": v1 has no DNC list").isEqualTo(stored.dncList());
            if (stored instanceof AgentlessCampaign before && before.machineDetection().enabled()
                    && after instanceof AgentlessCampaign now && now.machineDetection().enabled()) {
                assertThat(now.machineDetection()).as(replay + ": v1's true does not say which detection").isEqualTo(before.machineDetection());
            }
        }
    }

    private static String root(Dialect dialect) {
        return dialect == Dialect.V1 ? SAMPLES_V1 : SAMPLES_V2;
    }

    private Campaign storedCampaign(CampaignId id) {
        return f.state.service().get(ServerFixture.SAMPLES.streamId(), id).orElseThrow().campaign();
    }

    private static Campaign campaign(CampaignDraft draft) {
        Verdict verdict = CampaignRules.standard().validate(draft,
                new ValidationContext(ServerFixture.SAMPLES.streamId(), SampleDirectories.forStream(ServerFixture.SAMPLES.streamId())));
        assertThat(verdict.isValid()).as("%s", verdict.result()).isTrue();
        return verdict.result().get();
    }
}
