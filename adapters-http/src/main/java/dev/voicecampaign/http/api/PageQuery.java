package dev.voicecampaign.http.api;

import dev.voicecampaign.core.constraint.IntRange;
import dev.voicecampaign.core.port.CampaignQuery;
import dev.voicecampaign.http.exchange.HttpRequest;
import dev.voicecampaign.http.exchange.HttpResponse;
import java.util.Optional;
import java.util.OptionalInt;

/** The {@code skip} and {@code limit} query parameters of the paged extension routes, in the campaign list's bounds. */
final class PageQuery {
    private PageQuery() {
    }

    @FunctionalInterface
    interface PagedAnswer {
        HttpResponse answer(int offset, int limit);
    }

    /** Reads {@code skip} (from 0) and {@code limit} (1 to 100, default 10) from the query, as the campaign list does. */
    static HttpResponse paged(HttpRequest request, PagedAnswer answer) {
        OptionalInt skip = whole(request.queryParameter("skip"), CampaignQuery.OFFSET, 0);
        OptionalInt limit = whole(request.queryParameter("limit"), CampaignQuery.LIMIT, CampaignQuery.DEFAULT_LIMIT);
        if (skip.isEmpty() || limit.isEmpty()) {
            return Responses.problem(400, "invalid-query", "Invalid query", "skip must be a whole number from " + CampaignQuery.OFFSET.min()
                    + " and limit one from " + CampaignQuery.LIMIT.min() + " to " + CampaignQuery.LIMIT.max());
        }
        return answer.answer(skip.getAsInt(), limit.getAsInt());
    }

    private static OptionalInt whole(Optional<String> text, IntRange range, int absent) {
        if (text.isEmpty()) return OptionalInt.of(absent);
        if (!text.get().matches("[0-9]{1,10}")) return OptionalInt.empty();
        long value = Long.parseLong(text.get());
        return range.contains(value) ? OptionalInt.of((int) value) : OptionalInt.empty();
    }
}
