package dev.voicecampaign.core.inmemory;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.ScheduleDue;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.lifecycle.CampaignStatus;
import dev.voicecampaign.core.port.CampaignRepository;
import dev.voicecampaign.core.port.DueCursor;
import dev.voicecampaign.core.port.SaveOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link CampaignRepository} in memory: for tests, demos and the reference server. Every write
 * runs under one lock, so the id, name and version checks and the write are atomic; a look-up by id
 * takes no lock (it sees the campaign as the last write left it). Names (lower-case name to id) and
 * statuses (status to ids) are indexed per stream, so a name check and the schedule ticker's
 * {@link #findByStatus} cost the same with a million campaigns stored.
 */
public final class InMemoryCampaignRepository implements CampaignRepository {
    /** The statuses in which a campaign can be due ({@link ScheduleDue}). */
    private static final Set<CampaignStatus> DUE_STATUSES = EnumSet.of(CampaignStatus.SCHEDULED, CampaignStatus.RESCHEDULED,
            CampaignStatus.ACTIVE, CampaignStatus.PAUSED);

    private final Map<StreamId, Map<CampaignId, StoredCampaign>> byStream = new ConcurrentHashMap<>();
    private final Map<StreamId, Map<String, CampaignId>> idsByLname = new HashMap<>();
    private final Map<StreamId, Map<CampaignStatus, Set<CampaignId>>> idsByStatus = new HashMap<>();

    @Override
    public Optional<StoredCampaign> find(StreamId stream, CampaignId id) {
        return Optional.ofNullable(campaigns(stream).get(id));
    }

    @Override
    public synchronized Optional<StoredCampaign> findByLname(StreamId stream, String lname) {
        CampaignId id = idsByLname.getOrDefault(stream, Map.of()).get(lname);
        return id == null ? Optional.empty() : Optional.ofNullable(campaigns(stream).get(id));
    }

    @Override
    public synchronized List<StoredCampaign> findAll(StreamId stream) {
        return List.copyOf(campaigns(stream).values());
    }

    @Override
    public synchronized List<StoredCampaign> findByStatus(StreamId stream, Set<CampaignStatus> statuses) {
        Map<CampaignId, StoredCampaign> campaigns = campaigns(stream);
        Map<CampaignStatus, Set<CampaignId>> index = idsByStatus.getOrDefault(stream, Map.of());
        List<StoredCampaign> found = new ArrayList<>();
        for (CampaignStatus status : statuses) {
            for (CampaignId id : index.getOrDefault(status, Set.of())) found.add(campaigns.get(id));
        }
        return List.copyOf(found);
    }

    /** Reads the campaigns in the four statuses a schedule moves, through the status index, and orders the due ones. */
    @Override
    public synchronized List<StoredCampaign> due(Set<StreamId> streams, Instant now, Optional<DueCursor> after, int limit) {
        List<Map.Entry<DueCursor, StoredCampaign>> due = new ArrayList<>();
        for (StreamId stream : streams) {
            for (StoredCampaign c : findByStatus(stream, DUE_STATUSES)) {
                ScheduleDue.of(c).filter(at -> !at.isAfter(now)).map(at -> DueCursor.of(c, at))
                        .filter(cursor -> after.isEmpty() || DueCursor.ORDER.compare(cursor, after.get()) > 0)
                        .ifPresent(cursor -> due.add(Map.entry(cursor, c)));
            }
        }
        return due.stream().sorted(Map.Entry.comparingByKey(DueCursor.ORDER)).limit(limit).map(Map.Entry::getValue).toList();
    }

    @Override
    public synchronized SaveOutcome insert(StoredCampaign campaign) {
        if (campaign.version() != 0) throw new IllegalArgumentException("a new campaign has version 0");
        Map<CampaignId, StoredCampaign> stream = byStream.computeIfAbsent(campaign.streamId(), s -> new ConcurrentHashMap<>());
        if (stream.containsKey(campaign.id())) {
            throw new IllegalStateException("id issued twice: " + campaign.id());
        }
        if (nameTakenByOther(campaign)) return new SaveOutcome.NameTaken(campaign.lname());
        stream.put(campaign.id(), campaign);
        names(campaign.streamId()).put(campaign.lname(), campaign.id());
        withStatus(campaign.streamId(), campaign.status()).add(campaign.id());
        return new SaveOutcome.Saved(campaign);
    }

    @Override
    public synchronized SaveOutcome update(StoredCampaign campaign, long expectedVersion) {
        Map<CampaignId, StoredCampaign> stream = campaigns(campaign.streamId());
        StoredCampaign current = stream.get(campaign.id());
        if (current == null) return new SaveOutcome.NotFound();
        if (current.version() != expectedVersion) return new SaveOutcome.VersionConflict(expectedVersion, current.version());
        if (nameTakenByOther(campaign)) return new SaveOutcome.NameTaken(campaign.lname());
        StoredCampaign stored = campaign.withVersion(expectedVersion + 1);
        stream.put(stored.id(), stored);
        String lname = stored.lname();
        String before = current.lname();
        if (!lname.equals(before)) {
            // most updates keep the name (every preparation does): the index entry stays as it is
            names(stored.streamId()).remove(before, current.id());
            names(stored.streamId()).put(lname, stored.id());
        }
        if (stored.status() != current.status()) {
            withStatus(stored.streamId(), current.status()).remove(stored.id());
            withStatus(stored.streamId(), stored.status()).add(stored.id());
        }
        return new SaveOutcome.Saved(stored);
    }

    @Override
    public synchronized SaveOutcome delete(StreamId stream, CampaignId id, long expectedVersion) {
        Map<CampaignId, StoredCampaign> campaigns = campaigns(stream);
        StoredCampaign current = campaigns.get(id);
        if (current == null) return new SaveOutcome.NotFound();
        if (current.version() != expectedVersion) return new SaveOutcome.VersionConflict(expectedVersion, current.version());
        campaigns.remove(id);
        names(stream).remove(current.lname(), id);
        withStatus(stream, current.status()).remove(id);
        return new SaveOutcome.Saved(current);
    }

    private Map<CampaignId, StoredCampaign> campaigns(StreamId stream) {
        return byStream.getOrDefault(stream, Map.of());
    }

    private Map<String, CampaignId> names(StreamId stream) {
        return idsByLname.computeIfAbsent(stream, s -> new HashMap<>());
    }

    private Set<CampaignId> withStatus(StreamId stream, CampaignStatus status) {
        return idsByStatus.computeIfAbsent(stream, s -> new EnumMap<>(CampaignStatus.class))
                .computeIfAbsent(status, s -> new HashSet<>());
    }

    private boolean nameTakenByOther(StoredCampaign campaign) {
        CampaignId holder = idsByLname.getOrDefault(campaign.streamId(), Map.of()).get(campaign.lname());
        return holder != null && !holder.equals(campaign.id());
    }
}
