package dev.voicecampaign.core.inmemory;

import dev.voicecampaign.core.callback.Callback;
import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.port.CallbackRepository;
import dev.voicecampaign.core.port.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A {@link CallbackRepository} in memory, for tests, demos and the reference server's {@code --in-memory}; every call runs under one lock. */
public final class InMemoryCallbackRepository implements CallbackRepository {
    private static final Comparator<Callback> DUE = Comparator.comparing(Callback::callContactAt).thenComparing(Callback::id);

    private final List<Callback> callbacks = new ArrayList<>();

    @Override
    public synchronized void insert(Callback callback) {
        callbacks.add(callback);
    }

    @Override
    public synchronized Page<Callback> due(StreamId stream, CampaignId campaign, Instant from, Instant to, int offset, int limit) {
        List<Callback> all = callbacks.stream().filter(c -> c.stream().equals(stream) && c.campaign().equals(campaign)
                && !c.callContactAt().isBefore(from) && c.callContactAt().isBefore(to)).sorted(DUE).toList();
        int start = Math.min(offset, all.size());
        int end = (int) Math.min((long) start + limit, all.size());
        return new Page<>(all.subList(start, end), all.size(), offset, limit, end < all.size(), Optional.empty());
    }

    @Override
    public synchronized boolean delete(StreamId stream, CampaignId campaign, String id) {
        return callbacks.removeIf(c -> c.stream().equals(stream) && c.campaign().equals(campaign) && c.id().equals(id));
    }
}
