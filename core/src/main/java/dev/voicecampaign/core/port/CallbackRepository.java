package dev.voicecampaign.core.port;

import dev.voicecampaign.core.callback.Callback;
import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StreamId;
import java.time.Instant;

/**
 * Driven port: the callbacks of each app's campaigns. One app never sees another's; each call is atomic. Callbacks
 * are paged in the order they are due (then by id).
 */
public interface CallbackRepository {
    void insert(Callback callback);

    /** At most {@code limit} of a campaign's callbacks due from {@code from} (inclusive) to {@code to} (exclusive), from {@code offset}, soonest first. */
    Page<Callback> due(StreamId stream, CampaignId campaign, Instant from, Instant to, int offset, int limit);

    /** Removes one callback of the campaign; {@code false} when it has no such callback. */
    boolean delete(StreamId stream, CampaignId campaign, String id);
}
