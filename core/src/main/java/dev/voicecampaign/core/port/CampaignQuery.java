package dev.voicecampaign.core.port;

import dev.voicecampaign.core.campaign.CampaignName;
import dev.voicecampaign.core.campaign.DialingMode;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.constraint.IntRange;
import dev.voicecampaign.core.lifecycle.CampaignStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which campaigns a list call wants and in what order: filters (empty set = any), creation-time
 * range (inclusive start, exclusive end), sort, and the page window: {@code limit} campaigns after
 * skipping {@code offset}, or after a {@link PagePosition} (then {@code offset} is 0).
 */
public record CampaignQuery(Set<CampaignStatus> statuses, Set<DialingMode> modes, Set<Integer> priorities,
                            Optional<String> nameContains, Optional<Instant> createdFrom, Optional<Instant> createdTo,
                            SortField sortBy, boolean ascending, int offset, int limit, Optional<PagePosition> after) {
    /** How many campaigns one page may hold. */
    public static final IntRange LIMIT = IntRange.of(1, 100);
    /** The page size when a call names none (the hosted list's default). */
    public static final int DEFAULT_LIMIT = 10;
    /** How far a page may start, in campaigns skipped. */
    public static final IntRange OFFSET = IntRange.of(0, Integer.MAX_VALUE);

    public CampaignQuery {
        statuses = Set.copyOf(statuses);
        modes = Set.copyOf(modes);
        priorities = Set.copyOf(priorities);
        Objects.requireNonNull(nameContains, "nameContains");
        Objects.requireNonNull(createdFrom, "createdFrom");
        Objects.requireNonNull(createdTo, "createdTo");
        Objects.requireNonNull(sortBy, "sortBy");
        OFFSET.require(offset, "offset");
        LIMIT.require(limit, "limit");
        Objects.requireNonNull(after, "after");
        after.ifPresent(p -> {
            if (p.sortBy() != sortBy || p.ascending() != ascending) throw new IllegalArgumentException("a position of another order: " + p);
            if (offset != 0) throw new IllegalArgumentException("a page starts after a position or after skipping, not both");
        });
    }

    /** Everything, newest first, first page of 10 (the hosted list's default). */
    public static CampaignQuery all() {
        return new CampaignQuery(Set.of(), Set.of(), Set.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                SortField.CREATED_AT, false, 0, DEFAULT_LIMIT, Optional.empty());
    }

    /** The window: {@code limit} campaigns after skipping {@code offset} (from the start, not from a position). */
    public CampaignQuery page(int offset, int limit) {
        return new CampaignQuery(statuses, modes, priorities, nameContains, createdFrom, createdTo, sortBy, ascending, offset, limit, Optional.empty());
    }

    /** The window: {@code limit} campaigns after {@code position}, which must be of this query's order. */
    public CampaignQuery after(PagePosition position, int limit) {
        return new CampaignQuery(statuses, modes, priorities, nameContains, createdFrom, createdTo, sortBy, ascending, 0, limit, Optional.of(position));
    }

    public CampaignQuery withStatuses(Set<CampaignStatus> s) {
        return new CampaignQuery(s, modes, priorities, nameContains, createdFrom, createdTo, sortBy, ascending, offset, limit, after);
    }

    public CampaignQuery withModes(Set<DialingMode> m) {
        return new CampaignQuery(statuses, m, priorities, nameContains, createdFrom, createdTo, sortBy, ascending, offset, limit, after);
    }

    public CampaignQuery withPriorities(Set<Integer> p) {
        return new CampaignQuery(statuses, modes, p, nameContains, createdFrom, createdTo, sortBy, ascending, offset, limit, after);
    }

    public CampaignQuery withNameContaining(String text) {
        return new CampaignQuery(statuses, modes, priorities, Optional.of(text), createdFrom, createdTo, sortBy, ascending, offset, limit, after);
    }

    public CampaignQuery createdBetween(Optional<Instant> from, Optional<Instant> to) {
        return new CampaignQuery(statuses, modes, priorities, nameContains, from, to, sortBy, ascending, offset, limit, after);
    }

    public CampaignQuery sortedBy(SortField field, boolean asc) {
        return new CampaignQuery(statuses, modes, priorities, nameContains, createdFrom, createdTo, field, asc, offset, limit, after);
    }

    public boolean matches(StoredCampaign c) {
        return (statuses.isEmpty() || statuses.contains(c.status()))
                && (modes.isEmpty() || modes.contains(c.campaign().mode()))
                && (priorities.isEmpty() || priorities.contains(c.campaign().priority().value()))
                && nameContains.map(n -> c.lname().contains(CampaignName.lnameOf(n))).orElse(true)
                && createdFrom.map(f -> !c.createdAt().isBefore(f)).orElse(true)
                && createdTo.map(t -> c.createdAt().isBefore(t)).orElse(true);
    }

    /** Whether {@code c} lies in the window's direction from its position (always, without one). */
    public boolean startsBefore(StoredCampaign c) {
        return after.map(p -> p.isBefore(c)).orElse(true);
    }

    /** The order of results; ties are broken by id, in the same direction, so pages are stable and positions exact. */
    public Comparator<StoredCampaign> order() {
        Comparator<StoredCampaign> primary = switch (sortBy) {
            case NAME -> Comparator.comparing(StoredCampaign::lname);
            case CREATED_AT -> Comparator.comparing(StoredCampaign::createdAt);
            case UPDATED_AT -> Comparator.comparing(StoredCampaign::updatedAt);
        };
        Comparator<StoredCampaign> withId = primary.thenComparing(c -> c.id().value());
        return ascending ? withId : withId.reversed();
    }

    /** The fields a list can be sorted by. */
    public enum SortField { NAME, CREATED_AT, UPDATED_AT }
}
