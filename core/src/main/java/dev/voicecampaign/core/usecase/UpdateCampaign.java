package dev.voicecampaign.core.usecase;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/** Driving port: replace a campaign's configuration, as far as its status allows. */
public interface UpdateCampaign {
    /**
     * Replaces the campaign's configuration with the draft's if its status allows every change; what the
     * draft's dialect cannot express (v1: the DNC list, {@code disconnect}) is kept as stored. {@code boundary}
     * holds what the request's reader found.
     */
    CampaignOutcome update(StreamId stream, CampaignId id, CampaignDraft draft, Seq<Violation> boundary);

    /** As {@link #update(StreamId, CampaignId, CampaignDraft, Seq)} for a draft made in code. */
    default CampaignOutcome update(StreamId stream, CampaignId id, CampaignDraft draft) {
        return update(stream, id, draft, List.empty());
    }
}
