package dev.voicecampaign.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.AgentlessCampaign;
import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.core.campaign.DncListRef;
import dev.voicecampaign.core.campaign.MachineDetection;
import dev.voicecampaign.core.campaign.PreviewCampaign;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.support.Campaigns;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnexpressedFieldsTest {
    static AgentlessCampaign agentless(Optional<DncListRef> dnc, MachineDetection detection) {
        AgentlessCampaign a = Campaigns.agentless("A");
        return a.withCommon(a.common().withDncList(dnc)).withMachineDetection(detection);
    }

    @Test
    void aV1UpdateKeepsTheStoredDncListWhateverTheMode() {
        Campaign stored = agentless(Optional.of(new DncListRef("dnc-a")), MachineDetection.OFF);
        Campaign sentAgentless = agentless(Optional.empty(), MachineDetection.OFF);
        assertThat(UnexpressedFields.keep(Dialect.V1, stored, sentAgentless).dncList()).contains(new DncListRef("dnc-a"));
        PreviewCampaign sentPreview = Campaigns.preview("A");
        sentPreview = sentPreview.withCommon(sentPreview.common().withDncList(Optional.empty()));
        Campaign kept = UnexpressedFields.keep(Dialect.V1, stored, sentPreview);
        assertThat(kept).isInstanceOf(PreviewCampaign.class);
        assertThat(kept.dncList()).contains(new DncListRef("dnc-a"));
    }

    @Test
    void aV1TrueKeepsAStoredDisconnectAndAV1FalseSwitchesDetectionOff() {
        Campaign stored = agentless(Optional.empty(), MachineDetection.DISCONNECT);
        assertThat(UnexpressedFields.keep(Dialect.V1, stored, agentless(Optional.empty(), MachineDetection.DETECT)))
                .isEqualTo(agentless(Optional.empty(), MachineDetection.DISCONNECT));
        assertThat(UnexpressedFields.keep(Dialect.V1, stored, agentless(Optional.empty(), MachineDetection.OFF)))
                .isEqualTo(agentless(Optional.empty(), MachineDetection.OFF));
        Campaign storedDetect = agentless(Optional.empty(), MachineDetection.DETECT);
        assertThat(UnexpressedFields.keep(Dialect.V1, storedDetect, agentless(Optional.empty(), MachineDetection.DETECT)))
                .isEqualTo(storedDetect);
    }

    @Test
    void aV2UpdateSaysEverythingAndReplacesEverything() {
        Campaign stored = agentless(Optional.of(new DncListRef("dnc-a")), MachineDetection.DISCONNECT);
        Campaign sent = agentless(Optional.empty(), MachineDetection.DETECT);
        assertThat(UnexpressedFields.keep(Dialect.V2, stored, sent)).isEqualTo(sent);
    }
}
