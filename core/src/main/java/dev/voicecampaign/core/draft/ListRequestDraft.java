package dev.voicecampaign.core.draft;

/**
 * A list-route body ({@code getAllCampaignDetails}) as the client sent it, before any check: the campaign
 * type, the page ({@code skip}, or {@code page} from 1, and {@code limit}), the creation-date range, the
 * sort, the filters and the {@code cursor} a page may start from. Every field nullable (absent).
 */
public record ListRequestDraft(String type, Long skip, Long page, Long limit, String startDate, String endDate,
                               SortDraft sortBy, FiltersDraft filters, String cursor) {
}
