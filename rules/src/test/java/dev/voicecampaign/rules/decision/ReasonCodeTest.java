package dev.voicecampaign.rules.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A reason's code read back to the reason it is an instance of, a pack's id in place of {@code {pack}}. */
class ReasonCodeTest {
    @Test
    void everyCodeReadsBackToItsReason() {
        for (ReasonCode reason : ReasonCode.values()) {
            assertThat(ReasonCode.of(reason.codeFor("us"))).as(reason.code()).contains(reason);
        }
        assertThat(ReasonCode.of("decision.compliance.uk-ofcom.ringTooShort")).contains(ReasonCode.RING_TOO_SHORT);
    }

    @Test
    void aCodeOfNoReasonReadsAsNone() {
        assertThat(ReasonCode.of("decision.compliance..closed")).isEmpty();
        assertThat(ReasonCode.of("decision.compliance.us.open")).isEmpty();
        assertThat(ReasonCode.of("campaign.name.required")).isEmpty();
    }
}
