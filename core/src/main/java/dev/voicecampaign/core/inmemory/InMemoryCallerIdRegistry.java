package dev.voicecampaign.core.inmemory;

import dev.voicecampaign.core.campaign.CallerId;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.port.CallerIdRegistry;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link CallerIdRegistry} held in memory, per stream. Thread-safe. */
public final class InMemoryCallerIdRegistry implements CallerIdRegistry {
    private final Map<StreamId, Set<CallerId>> verified = new ConcurrentHashMap<>();

    public InMemoryCallerIdRegistry verify(StreamId stream, CallerId callerId) {
        verified.computeIfAbsent(stream, s -> ConcurrentHashMap.newKeySet()).add(callerId);
        return this;
    }

    @Override
    public boolean isVerified(StreamId stream, CallerId callerId) {
        Set<CallerId> numbers = verified.get(stream);
        return numbers != null && numbers.contains(callerId);
    }
}
