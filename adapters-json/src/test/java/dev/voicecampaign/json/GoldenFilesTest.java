package dev.voicecampaign.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.ResolvedReferences;
import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.lifecycle.CampaignStatus;
import dev.voicecampaign.testkit.ValidDrafts;
import io.vavr.collection.List;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Every sample request and response of the seeds: requests read into the expected drafts, our responses match the samples. */
class GoldenFilesTest {
    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("agentless-v2", Dialect.V2, ValidDrafts.agentlessV2(), CampaignStatus.PREPARING, false),
                Arguments.of("progressive-v2", Dialect.V2, ValidDrafts.progressiveV2(), CampaignStatus.PREPARING, false),
                Arguments.of("preview-v2", Dialect.V2, ValidDrafts.previewV2(), CampaignStatus.PREPARING, false),
                Arguments.of("update-v1", Dialect.V1, ValidDrafts.previewV1(), CampaignStatus.READY, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theSampleRequestReadsIntoTheExpectedDraftWithNoViolation(String sample, Dialect dialect, CampaignDraft expected) {
        ReadResult<CampaignDraft> read = DraftReader.read(Golden.unmaskedRequest(sample + ".request.json"), dialect);
        assertThat(read.violations()).isEmpty();
        assertThat(read.draft()).contains(expected);
        assertThat(Golden.RULES.validate(read.draft().get(), Golden.CONTEXT).isValid()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theMaskedSampleFailsOnlyOnTheCallerId(String sample, Dialect dialect) {
        ReadResult<CampaignDraft> read = DraftReader.read(Golden.text(sample + ".request.json").getBytes(StandardCharsets.UTF_8), dialect);
        var verdict = Golden.RULES.validate(read.draft().orElseThrow(), Golden.CONTEXT);
        if (sample.equals("update-v1")) {
            assertThat(verdict.isValid()).as("the v1 sample's number is not masked").isTrue();
        } else {
            assertThat(verdict.result().getError()).extracting(v -> JsonPointers.of(v) + " " + v.code())
                    .containsExactly("/dialingStrategy/callerId/phoneNumber campaign.dialingStrategy.callerId.phoneNumber.format");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void ourResponseMatchesTheSampleFieldByField(String sample, Dialect dialect, CampaignDraft draft, CampaignStatus status, boolean update) {
        Campaign campaign = Golden.RULES.validate(draft, Golden.CONTEXT).result().get();
        Instant now = Instant.parse("2026-11-23T10:15:30.123Z");
        StoredCampaign stored = new StoredCampaign(new CampaignId("cd-5d1e7c1a-1111-4a2b-9c3d-0123456789ab"), Golden.STREAM, campaign,
                status, new ResolvedReferences(java.util.List.of(new ResourceId("cl-1")), Optional.of(new ResourceId("cl-dnc-1")),
                Optional.empty(), Optional.of(new ResourceId("cf-1"))), Optional.empty(), Optional.empty(), Optional.empty(), now, now, 0);
        JsonNode ours = CampaignJson.parse(update ? ResponseWriter.updated(stored, dialect, List.empty()) : ResponseWriter.created(stored, dialect, List.empty()));
        JsonNode documented = CampaignJson.parse(Golden.text(sample + ".response.json").getBytes(StandardCharsets.UTF_8));
        assertSameDocumentedFields(documented, ours, "");
    }

    static void assertSameDocumentedFields(JsonNode documented, JsonNode ours, String at) {
        GoldenSamples.assertSameDocumentedFields(documented, ours);
    }
}
