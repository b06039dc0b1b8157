package dev.voicecampaign.core.usecase;

import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/** Driving port: create a campaign from a draft, stored {@code Preparing} while its names are resolved. */
public interface CreateCampaign {
    /**
     * Validates the draft and stores a new campaign, then starts its preparation. {@code boundary} holds
     * what the request's reader found: any error among them refuses the request, with the rules' violations too.
     */
    CampaignOutcome create(StreamId stream, CampaignDraft draft, Seq<Violation> boundary);

    /** As {@link #create(StreamId, CampaignDraft, Seq)} for a draft made in code, with nothing found before the rules. */
    default CampaignOutcome create(StreamId stream, CampaignDraft draft) {
        return create(stream, draft, List.empty());
    }
}
