package dev.voicecampaign.json;

import dev.voicecampaign.core.draft.FiltersDraft;
import dev.voicecampaign.core.draft.ListRequestDraft;
import dev.voicecampaign.core.draft.SortDraft;
import dev.voicecampaign.core.violation.Path;
import java.util.List;
import java.util.Optional;

/**
 * Maps the list route's body ({@code getAllCampaignDetails}) to a {@link ListRequestDraft}; an empty body
 * is an empty request. It only maps ({@link TreeMapper}): the list rules check it afterwards.
 */
public final class ListRequestReader {
    private ListRequestReader() {
    }

    public static ReadResult<ListRequestDraft> read(byte[] body) {
        if (body.length == 0) {
            return new ReadResult<>(Optional.of(new ListRequestDraft(null, null, null, null, null, null, null, null, null)), io.vavr.collection.List.empty());
        }
        return TreeMapper.read(body, Path.root("list"), (m, o, root) -> {
            m.only(o, root, List.of("type", "skip", "page", "limit", "startDate", "endDate", "sortBy", "filters", "cursor"));
            return new ListRequestDraft(m.text(o, root, "type"), m.whole(o, root, "skip"), m.whole(o, root, "page"),
                    m.whole(o, root, "limit"), m.text(o, root, "startDate"), m.text(o, root, "endDate"),
                    m.object(o, root, "sortBy", (s, at) -> {
                        m.only(s, at, List.of("name", "createdAt", "updatedAt"));
                        return new SortDraft(m.text(s, at, "name"), m.text(s, at, "createdAt"), m.text(s, at, "updatedAt"));
                    }),
                    m.object(o, root, "filters", (f, at) -> {
                        m.only(f, at, List.of("status", "priority", "dialingMode"));
                        return new FiltersDraft(m.texts(f, at, "status"), m.texts(f, at, "priority"), m.texts(f, at, "dialingMode"));
                    }), m.text(o, root, "cursor"));
        });
    }
}
