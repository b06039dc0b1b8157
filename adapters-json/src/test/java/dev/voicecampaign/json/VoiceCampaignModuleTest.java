package dev.voicecampaign.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.support.Seeds;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.testkit.DraftGenerator;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A host's own mapper, configured its own way (snake-case names, indented output), reads and writes
 * the project's types through {@link VoiceCampaignModule} exactly as the reference server does.
 */
class VoiceCampaignModuleTest {
    private static JsonMapper host(Dialect dialect) {
        return JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(SerializationFeature.INDENT_OUTPUT).addModule(new VoiceCampaignModule(dialect)).build();
    }

    /** A host type that holds a campaign, as a host's own request or event would. */
    record Envelope(String requestedBy, CampaignDraft campaign) {
    }

    static Stream<Long> seeds() {
        return Seeds.stream(200);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aCampaignWrittenAndReadThroughAHostMapperIsTheSameCampaign(long seed) {
        DraftGenerator generator = new DraftGenerator(seed);
        Dialect dialect = generator.anyDialect();
        Campaign campaign = RoundTripPropertyTest.campaign(generator.valid(generator.anyMode(), dialect));
        JsonMapper host = host(dialect);
        String replay = Seeds.replay(seed);

        String written = host.writeValueAsString(campaign);
        assertThat(host.readTree(written)).as(replay).isEqualTo(RequestWriter.body(campaign, dialect));
        CampaignDraft read = host.readValue(written, CampaignDraft.class);
        assertThat(read).as(replay).isEqualTo(DraftReader.read(CampaignJson.bytes(RequestWriter.body(campaign, dialect)), dialect).draft().orElseThrow());
        if (RoundTripPropertyTest.expressible(campaign, dialect)) {
            assertThat(RoundTripPropertyTest.campaign(read)).as(replay).isEqualTo(campaign);
        }

        Envelope envelope = host.readValue("{\"requested_by\": \"ops\", \"campaign\": " + written + "}", Envelope.class);
        assertThat(envelope.campaign()).as(replay).isEqualTo(read);

        StoredCampaign stored = ResponseBodyPropertyTest.stored(campaign, new SplittableRandom(seed));
        JsonNode expected = CampaignJson.parse(ResponseWriter.fetched(stored, dialect)).get("data");
        assertThat(host.readTree(host.writeValueAsString(stored))).as(replay).isEqualTo(expected);
    }

    @Test
    void aBodyTheReaderRefusesThrowsWithEveryViolationAndItsPointer() {
        String body = "{\"name\": 5, \"priority\": \"5\", \"priority\": \"4\", \"dialingStrategy\": {\"maxRingTime\": \"30\"}}";
        CampaignReadException e = catchThrowableOfType(CampaignReadException.class, () -> host(Dialect.V2).readValue(body, CampaignDraft.class));
        assertThat(e.violations().filter(Violation::isError).map(JsonPointers::of))
                .containsExactly("/name", "/priority", "/dialingStrategy/maxRingTime");
        assertThat(e.getMessage()).startsWith("3 problems in the campaign body: request.field.wrongType at /name");
        JsonNode problem = host(Dialect.V2).readTree(host(Dialect.V2).writeValueAsString(e.rejection()));
        assertThat(problem).isEqualTo(ProblemWriter.invalid(e.violations()));
        assertThat(problem.get("status").intValue()).isEqualTo(e.rejection().status());

        assertThat(catchThrowableOfType(CampaignReadException.class, () -> host(Dialect.V2).readValue("[1]", CampaignDraft.class))
                .violations().map(Violation::code)).containsExactly("request.body.notObject");
    }

    @Test
    void aViolationIsWrittenAsAProblemEntry() {
        Violation v = catchThrowableOfType(CampaignReadException.class, () -> host(Dialect.V1).readValue("{\"maxSkips\": true}", CampaignDraft.class))
                .violations().head();
        JsonNode written = host(Dialect.V1).readTree(host(Dialect.V1).writeValueAsString(v));
        assertThat(written).isEqualTo(ProblemWriter.entry(v));
        assertThat(written.get("pointer").stringValue()).isEqualTo("/maxSkips");
    }
}
