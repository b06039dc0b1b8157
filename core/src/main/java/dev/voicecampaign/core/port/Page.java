package dev.voicecampaign.core.port;

import dev.voicecampaign.core.campaign.StoredCampaign;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a list: its items, how many campaigns match in all, the window asked for, whether more
 * follow and, when they do, the position the next page starts from ({@link PagePosition}).
 */
public record Page<T>(List<T> items, long total, int offset, int limit, boolean hasMore, Optional<PagePosition> next) {
    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(next, "next");
    }

    /**
     * The page of {@code query} from the campaigns read for it: at most one more than its limit, in its order,
     * from its position; the extra one only says that more follow. {@code total} counts every match.
     */
    public static Page<StoredCampaign> of(List<StoredCampaign> read, long total, CampaignQuery query) {
        boolean more = read.size() > query.limit();
        List<StoredCampaign> items = more ? read.subList(0, query.limit()) : read;
        Optional<PagePosition> next = more
                ? Optional.of(PagePosition.after(items.get(items.size() - 1), query.sortBy(), query.ascending())) : Optional.empty();
        return new Page<>(items, total, query.offset(), query.limit(), more, next);
    }

    public long totalPages() {
        return (total + limit - 1) / limit;
    }
}
