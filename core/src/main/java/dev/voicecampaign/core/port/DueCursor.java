package dev.voicecampaign.core.port;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.campaign.StreamId;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * Where a walk over the due campaigns stands: the last one read, by its due instant, stream and id (the order
 * {@link CampaignRepository#due} answers in), so the next page starts after it whatever changed meanwhile.
 */
public record DueCursor(Instant due, StreamId stream, CampaignId id) {
    /** The walk's order: due instant, then stream, then id. */
    public static final Comparator<DueCursor> ORDER = Comparator.comparing(DueCursor::due)
            .thenComparing(c -> c.stream().value()).thenComparing(c -> c.id().value());

    public DueCursor {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(id, "id");
    }

    /** The position of {@code campaign}, due at {@code due}. */
    public static DueCursor of(StoredCampaign campaign, Instant due) {
        return new DueCursor(due, campaign.streamId(), campaign.id());
    }
}
