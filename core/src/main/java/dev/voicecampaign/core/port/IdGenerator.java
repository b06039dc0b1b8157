package dev.voicecampaign.core.port;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.InstanceId;

/** Driven port: issues new ids. Implementations must never issue the same id twice. */
public interface IdGenerator {
    CampaignId newCampaignId();

    InstanceId newInstanceId();
}
