package dev.voicecampaign.core.port;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.lifecycle.CampaignStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Driven port: where campaigns are kept. Every operation is scoped to one stream, so no call can
 * reach another tenant's campaigns. Writes are atomic: a rejected write changes nothing.
 * Names are unique per stream on their compared form ({@code lname}); updates are optimistic on {@code version}.
 */
public interface CampaignRepository {
    Optional<StoredCampaign> find(StreamId stream, CampaignId id);

    Optional<StoredCampaign> findByLname(StreamId stream, String lname);

    /** All campaigns of the stream, in no particular order. */
    List<StoredCampaign> findAll(StreamId stream);

    /**
     * The stream's campaigns in one of {@code statuses}, in no particular order. The schedule ticker asks
     * this every second, so stores should answer it without reading every campaign (the default does).
     */
    default List<StoredCampaign> findByStatus(StreamId stream, Set<CampaignStatus> statuses) {
        return findAll(stream).stream().filter(c -> statuses.contains(c.status())).toList();
    }

    /**
     * The page {@code query} asks for: the stream's campaigns it matches, in its order, in its window, with
     * how many match in all. Stores should filter, sort and page where the campaigns live, so that a page
     * costs about the same at any depth (the default reads and sorts the whole stream).
     */
    default Page<StoredCampaign> page(StreamId stream, CampaignQuery query) {
        List<StoredCampaign> matching = (query.statuses().isEmpty() ? findAll(stream) : findByStatus(stream, query.statuses()))
                .stream().filter(query::matches).toList();
        List<StoredCampaign> read = matching.stream().filter(query::startsBefore).sorted(query.order())
                .skip(query.offset()).limit(query.limit() + 1L).toList();
        return Page.of(read, matching.size(), query);
    }

    /** Stores a new campaign (its version must be 0) unless its id or lower-case name is taken. */
    SaveOutcome insert(StoredCampaign campaign);

    /**
     * At most {@code limit} campaigns of {@code streams} whose {@link dev.voicecampaign.core.campaign.ScheduleDue} is at
     * or before {@code now}, soonest first (then by stream and id), after {@code after} when given: what the schedule
     * ticker reads, a page at a time, in one indexed query per page.
     */
    List<StoredCampaign> due(Set<StreamId> streams, Instant now, Optional<DueCursor> after, int limit);

    /**
     * Replaces the stored campaign with the same stream and id if its version is still
     * {@code expectedVersion}; the stored copy gets {@code expectedVersion + 1}.
     */
    SaveOutcome update(StoredCampaign campaign, long expectedVersion);

    /** Removes the campaign if its version is still {@code expectedVersion}. */
    SaveOutcome delete(StreamId stream, CampaignId id, long expectedVersion);
}
