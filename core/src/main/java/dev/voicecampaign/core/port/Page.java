package dev.voicecampaign.core.usecase;

import java.util.List;

/** One page of a list: its items, how many matched in all, and the window asked for. */
public record Page<T>(List<T> items, long total, int offset, int limit) {
    public Page {
        items = List.copyOf(items);
    }

    public boolean hasMore() {
        return offset + items.size() < total;
    }

    public long totalPages() {
        return (total + limit - 1) / limit;
    }
}
