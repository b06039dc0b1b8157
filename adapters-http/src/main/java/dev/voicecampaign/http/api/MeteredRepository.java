package dev.voicecampaign.http.api;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.lifecycle.CampaignStatus;
import dev.voicecampaign.core.port.CampaignQuery;
import dev.voicecampaign.core.port.CampaignRepository;
import dev.voicecampaign.core.port.DueCursor;
import dev.voicecampaign.core.port.Page;
import dev.voicecampaign.core.port.SaveOutcome;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** A campaign repository that times each call ({@code campaign.storage.calls}, by operation and outcome) and only delegates. */
public final class MeteredRepository implements CampaignRepository {
    private final CampaignRepository storage;
    private final MeterRegistry registry;

    public MeteredRepository(CampaignRepository storage, MeterRegistry registry) {
        this.storage = storage;
        this.registry = registry;
    }

    private <T> T timed(String operation, Supplier<T> call) {
        long start = System.nanoTime();
        String outcome = "failure";
        try {
            T result = call.get();
            outcome = "success";
            return result;
        } finally {
            Timer.builder("campaign.storage.calls").description("Calls to the campaign storage by operation and outcome")
                    .tags("operation", operation, "outcome", outcome).register(registry).record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public Optional<StoredCampaign> find(StreamId stream, CampaignId id) {
        return timed("find", () -> storage.find(stream, id));
    }

    @Override
    public Optional<StoredCampaign> findByLname(StreamId stream, String lname) {
        return timed("findByLname", () -> storage.findByLname(stream, lname));
    }

    @Override
    public List<StoredCampaign> findAll(StreamId stream) {
        return timed("findAll", () -> storage.findAll(stream));
    }

    @Override
    public List<StoredCampaign> findByStatus(StreamId stream, Set<CampaignStatus> statuses) {
        return timed("findByStatus", () -> storage.findByStatus(stream, statuses));
    }

    @Override
    public Page<StoredCampaign> page(StreamId stream, CampaignQuery query) {
        return timed("page", () -> storage.page(stream, query));
    }

    @Override
    public List<StoredCampaign> due(Set<StreamId> streams, Instant now, Optional<DueCursor> after, int limit) {
        return timed("due", () -> storage.due(streams, now, after, limit));
    }

    @Override
    public SaveOutcome insert(StoredCampaign campaign) {
        return timed("insert", () -> storage.insert(campaign));
    }

    @Override
    public SaveOutcome update(StoredCampaign campaign, long expectedVersion) {
        return timed("update", () -> storage.update(campaign, expectedVersion));
    }

    @Override
    public SaveOutcome delete(StreamId stream, CampaignId id, long expectedVersion) {
        return timed("delete", () -> storage.delete(stream, id, expectedVersion));
    }
}
