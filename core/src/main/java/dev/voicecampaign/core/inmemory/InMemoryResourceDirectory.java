package dev.voicecampaign.core.inmemory;

import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.port.ResourceDirectory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link ResourceDirectory} held in memory, per stream: for tests, demos and the reference server.
 * Names match exactly (case-sensitive), as the hosted API's list names do. Thread-safe.
 */
public final class InMemoryResourceDirectory implements ResourceDirectory {
    private final Map<StreamId, Map<String, ResourceId>> byStream = new ConcurrentHashMap<>();

    /** Adds (or replaces) a named resource in a stream; returns this directory for chaining. */
    public InMemoryResourceDirectory put(StreamId stream, String name, ResourceId id) {
        byStream.computeIfAbsent(stream, s -> new ConcurrentHashMap<>()).put(name, id);
        return this;
    }

    public void remove(StreamId stream, String name) {
        Map<String, ResourceId> names = byStream.get(stream);
        if (names != null) names.remove(name);
    }

    @Override
    public Optional<ResourceId> resolve(StreamId stream, String name) {
        Map<String, ResourceId> names = byStream.get(stream);
        return names == null || name == null ? Optional.empty() : Optional.ofNullable(names.get(name));
    }
}
