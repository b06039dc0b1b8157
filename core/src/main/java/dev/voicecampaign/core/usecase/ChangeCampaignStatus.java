package dev.voicecampaign.core.usecase;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.lifecycle.LifecycleEvent;
import java.util.OptionalLong;

/** Driving port: move a campaign through its lifecycle (play, pause, resume, stop, complete). */
public interface ChangeCampaignStatus {
    /**
     * Applies {@code event} if the campaign's status allows it; a rerun gets a new instance id. With
     * {@code expectedVersion}, a campaign changed since is {@link CampaignOutcome.Stale} and left as it is.
     */
    CampaignOutcome fire(StreamId stream, CampaignId id, LifecycleEvent event, OptionalLong expectedVersion);

    /** As {@link #fire(StreamId, CampaignId, LifecycleEvent, OptionalLong)} whatever the campaign's version. */
    default CampaignOutcome fire(StreamId stream, CampaignId id, LifecycleEvent event) {
        return fire(stream, id, event, OptionalLong.empty());
    }
}
