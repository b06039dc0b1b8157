package dev.voicecampaign.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.draft.CallerIdDraft;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.port.Verdict;
import dev.voicecampaign.core.violation.Severity;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.testkit.SampleDirectories;
import dev.voicecampaign.testkit.ValidDrafts;
import org.junit.jupiter.api.Test;

/** A caller id libphonenumber finds no region assigning is warned about, never refused; the seeds' caller ids draw nothing. */
class CallerIdAssignmentTest {
    static final StreamId STREAM = new StreamId("st-caller-ids");
    static final ValidationContext CONTEXT = new ValidationContext(STREAM, SampleDirectories.forStream(STREAM));

    static Verdict validate(String callerId) {
        CampaignDraft draft = ValidDrafts.agentlessV2();
        draft = draft.withDialingStrategy(draft.dialingStrategy().withCallerId(new CallerIdDraft(callerId)));
        return CampaignRules.standard().validate(draft, CONTEXT);
    }

    @Test
    void anUnassignedCallerIdIsAWarningAndTheCampaignStillValid() {
        Verdict verdict = validate(SampleDirectories.UNASSIGNED_CALLER_ID);
        assertThat(verdict.result().isValid()).isTrue();
        assertThat(verdict.warnings().toJavaList()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("campaign.dialingStrategy.callerId.phoneNumber.unassigned");
            assertThat(w.severity()).isEqualTo(Severity.WARNING);
            assertThat(w.message()).startsWith("+15550100123 has the E.164 shape but is not a number any region assigns");
        });
    }

    @Test
    void theSeedsCallerIdsAndAnUnverifiedOneDrawNoSuchWarning() {
        for (String callerId : SampleDirectories.CALLER_IDS) {
            assertThat(validate(callerId).warnings().toJavaList()).as(callerId).extracting(Violation::code)
                    .doesNotContain("campaign.dialingStrategy.callerId.phoneNumber.unassigned");
        }
        Verdict unverified = validate(SampleDirectories.UNVERIFIED_CALLER_ID);
        assertThat(unverified.result().getError().toJavaList()).extracting(Violation::code)
                .containsExactly("campaign.dialingStrategy.callerId.phoneNumber.notVerified");
        assertThat(unverified.warnings().toJavaList()).as("the warning follows verification, not beside it").isEmpty();
    }
}
