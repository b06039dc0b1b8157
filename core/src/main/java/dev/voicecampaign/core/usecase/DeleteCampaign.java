package dev.voicecampaign.core.usecase;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StreamId;
import java.util.OptionalLong;

/** Driving port: delete a campaign. */
public interface DeleteCampaign {
    /**
     * Deletes the campaign unless it is dialing ({@code Active}) or {@code Paused}. With {@code expectedVersion},
     * a campaign changed since is {@link CampaignOutcome.Stale} and kept.
     */
    CampaignOutcome delete(StreamId stream, CampaignId id, OptionalLong expectedVersion);

    /** As {@link #delete(StreamId, CampaignId, OptionalLong)} whatever the campaign's version. */
    default CampaignOutcome delete(StreamId stream, CampaignId id) {
        return delete(stream, id, OptionalLong.empty());
    }
}
