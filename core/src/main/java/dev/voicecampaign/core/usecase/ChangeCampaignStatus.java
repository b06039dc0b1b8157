package dev.voicecampaign.core.usecase;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.lifecycle.LifecycleEvent;

/** Driving port: move a campaign through its lifecycle (play, pause, resume, stop, complete). */
public interface ChangeCampaignStatus {
    /** Applies {@code event} if the campaign's status allows it; a rerun gets a new instance id. */
    CampaignOutcome fire(StreamId stream, CampaignId id, LifecycleEvent event);
}
