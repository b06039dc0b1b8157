package dev.voicecampaign.core.usecase;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.OptionalLong;

/** Driving port: replace a campaign's configuration, as far as its status allows. */
public interface UpdateCampaign {
    /**
     * Replaces the campaign's configuration with the draft's if its status allows every change; what the
     * draft's dialect cannot express (v1: the DNC list, {@code disconnect}) is kept as stored. {@code boundary}
     * holds what the request's reader found. With {@code expectedVersion} (the version the caller read), a
     * campaign changed since is {@link CampaignOutcome.Stale} and left as it is.
     */
    CampaignOutcome update(StreamId stream, CampaignId id, CampaignDraft draft, Seq<Violation> boundary, OptionalLong expectedVersion);

    /** As {@link #update(StreamId, CampaignId, CampaignDraft, Seq, OptionalLong)} whatever the campaign's version. */
    default CampaignOutcome update(StreamId stream, CampaignId id, CampaignDraft draft, Seq<Violation> boundary) {
        return update(stream, id, draft, boundary, OptionalLong.empty());
    }

    /** As {@link #update(StreamId, CampaignId, CampaignDraft, Seq, OptionalLong)} for a draft made in code, whatever the version. */
    default CampaignOutcome update(StreamId stream, CampaignId id, CampaignDraft draft) {
        return update(stream, id, draft, List.empty(), OptionalLong.empty());
    }
}
