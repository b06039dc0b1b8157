package dev.voicecampaign.rules;

import dev.voicecampaign.core.campaign.AgentlessCampaign;
import dev.voicecampaign.core.campaign.CampaignName;
import dev.voicecampaign.core.campaign.ContactLists;
import dev.voicecampaign.core.campaign.Description;
import dev.voicecampaign.core.campaign.DialingStrategy;
import dev.voicecampaign.core.campaign.DncListRef;
import dev.voicecampaign.core.campaign.ExperienceFlowRef;
import dev.voicecampaign.core.campaign.MachineDetection;
import dev.voicecampaign.core.campaign.MaxSkips;
import dev.voicecampaign.core.campaign.PreviewCampaign;
import dev.voicecampaign.core.campaign.Priority;
import dev.voicecampaign.core.campaign.ProgressiveCampaign;
import dev.voicecampaign.core.campaign.QueueRef;
import java.util.Optional;

/** What the rows every mode shares yield; each mode's rule set adds its own parts to make its campaign. */
record CommonParts(CampaignName name, Description description, ContactLists contactLists, Optional<DncListRef> dncList,
                   Priority priority, DialingStrategy dialingStrategy) {
    AgentlessCampaign agentless(ExperienceFlowRef flow, MachineDetection detection) {
        return new AgentlessCampaign(name, description, contactLists, dncList, priority, dialingStrategy, flow, detection);
    }

    ProgressiveCampaign progressive(QueueRef queue) {
        return new ProgressiveCampaign(name, description, contactLists, dncList, priority, dialingStrategy, queue);
    }

    PreviewCampaign preview(QueueRef queue, MaxSkips maxSkips) {
        return new PreviewCampaign(name, description, contactLists, dncList, priority, dialingStrategy, queue, maxSkips);
    }
}
