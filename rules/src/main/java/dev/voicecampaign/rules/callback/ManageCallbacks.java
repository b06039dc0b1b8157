package dev.voicecampaign.rules.callback;

import dev.voicecampaign.core.callback.Callback;
import dev.voicecampaign.core.callback.CallbackDraft;
import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.port.Page;
import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.Optional;

/**
 * Driving port: the callbacks of an app's campaigns. A callback is stored only when the campaign's call decision allows
 * the call at its instant; another app's campaign is answered as a missing one.
 */
public interface ManageCallbacks {
    /**
     * Stores a callback: {@code Done}, {@code Invalid}, {@code NotAllowed} with the reasons and the next allowed instant,
     * {@code NotFound}, or {@code Closed} for a Stopped or Completed campaign. {@code boundary} is what the body's reader found.
     */
    CallbackOutcome schedule(StreamId stream, CampaignId campaign, CallbackDraft draft, Seq<Violation> boundary);

    /** The campaign's callbacks due from {@code from} to {@code to} (exclusive), soonest first; empty without the campaign. */
    Optional<Page<Callback>> due(StreamId stream, CampaignId campaign, Instant from, Instant to, int offset, int limit);

    /** Removes a callback: {@code Cancelled}, {@code NotFound} (campaign) or {@code CallbackNotFound}. */
    CallbackOutcome cancel(StreamId stream, CampaignId campaign, String id);
}
