package dev.voicecampaign.core.port;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.port.CampaignQuery.SortField;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a keyset page starts: just after the campaign with this sort value and id, in the order a list
 * names ({@code sortBy}, {@code ascending}). A page read from a position costs the same at any depth, and
 * campaigns created or deleted before it do not shift it, as {@code skip} would.
 */
public record PagePosition(SortField sortBy, boolean ascending, Key key, CampaignId id) {
    /** The sort value of the campaign the position follows. */
    public sealed interface Key permits ByName, ByTime {
    }

    /** A campaign's compared name ({@code lname}), when sorted by name. */
    public record ByName(String lname) implements Key {
        public ByName {
            Objects.requireNonNull(lname, "lname");
        }
    }

    /** A campaign's creation or last-change instant, when sorted by either. */
    public record ByTime(Instant at) implements Key {
        public ByTime {
            Objects.requireNonNull(at, "at");
        }
    }

    public PagePosition {
        Objects.requireNonNull(sortBy, "sortBy");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(id, "id");
        if ((sortBy == SortField.NAME) != (key instanceof ByName)) {
            throw new IllegalArgumentException("a position sorted by " + sortBy + " cannot hold " + key);
        }
    }

    /** The position just after {@code campaign} in the order {@code sortBy}, {@code ascending}. */
    public static PagePosition after(StoredCampaign campaign, SortField sortBy, boolean ascending) {
        Key key = switch (sortBy) {
            case NAME -> new ByName(campaign.lname());
            case CREATED_AT -> new ByTime(campaign.createdAt());
            case UPDATED_AT -> new ByTime(campaign.updatedAt());
        };
        return new PagePosition(sortBy, ascending, key, campaign.id());
    }

    /** Whether {@code campaign} comes after this position in its order (ties on the sort value go by id). */
    public boolean isBefore(StoredCampaign campaign) {
        Key theirs = after(campaign, sortBy, ascending).key();
        int primary = switch (key) {
            case ByName(String lname) -> lname.compareTo(((ByName) theirs).lname());
            case ByTime(Instant at) -> at.compareTo(((ByTime) theirs).at());
        };
        int order = primary != 0 ? primary : id.value().compareTo(campaign.id().value());
        return ascending ? order < 0 : order > 0;
    }
}
