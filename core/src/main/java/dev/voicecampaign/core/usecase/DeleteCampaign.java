package dev.voicecampaign.core.usecase;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StreamId;

/** Driving port: delete a campaign. */
public interface DeleteCampaign {
    /** Deletes the campaign unless it is dialing ({@code Active}) or {@code Paused}. */
    CampaignOutcome delete(StreamId stream, CampaignId id);
}
