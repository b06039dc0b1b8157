package dev.voicecampaign.core.usecase;

import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.port.Verdict;
import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.Seq;

/** Driving port: what a create would say about a draft, without storing anything (the offline validate command). */
public interface CheckCampaign {
    /** Every violation of the draft for the stream, or the campaign it makes. */
    Verdict check(StreamId stream, CampaignDraft draft);

    /**
     * Everything wrong with a draft read from a request whose reader found {@code boundary} violations, as a
     * create would report it: empty when the request would be accepted without a warning.
     */
    Seq<Violation> check(StreamId stream, CampaignDraft draft, Seq<Violation> boundary);
}
