package dev.voicecampaign.core.hours;

import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Time zones by id, made once and shared: {@link ZoneId#of} makes a new zone and looks its rules up on every
 * call, while campaigns name the same few zones over and over. At most {@link #KEPT} ids are kept, whatever
 * ids the callers bring; beyond that a zone is made each time, as {@code ZoneId.of} would.
 */
public final class Zones {
    static final int KEPT = 1024;
    private static final Map<String, ZoneId> KNOWN = new ConcurrentHashMap<>();

    private Zones() {
    }

    /** The zone of {@code id}; throws as {@link ZoneId#of} does for an id it refuses. */
    public static ZoneId of(String id) {
        ZoneId known = KNOWN.get(id);
        if (known != null) return known;
        ZoneId zone = ZoneId.of(id);
        if (KNOWN.size() < KEPT) KNOWN.putIfAbsent(id, zone);
        return zone;
    }
}
