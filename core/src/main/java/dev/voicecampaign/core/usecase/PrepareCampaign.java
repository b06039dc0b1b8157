package dev.voicecampaign.core.usecase;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StreamId;

/** Driving port: finish a created campaign's preparation (hosts call it again for campaigns left {@code Preparing}). */
public interface PrepareCampaign {
    /**
     * Resolves every reference again: all found moves the campaign to {@code Ready}, any missing to
     * {@code Failed}.
     */
    CampaignOutcome prepare(StreamId stream, CampaignId id);
}
