package dev.voicecampaign.json;

import dev.voicecampaign.core.draft.DecisionsRequestDraft;
import dev.voicecampaign.core.draft.DecisionsRequestDraft.AttemptDraft;
import dev.voicecampaign.core.draft.DecisionsRequestDraft.ContactDraft;
import dev.voicecampaign.core.violation.Path;
import java.util.List;

/**
 * Maps the decisions route's body ({@code {at, contacts: [{id, phone, zone, region}], history: [{phone, at}],
 * contactListId, skip, limit}}) to a
 * {@link DecisionsRequestDraft}. It only maps ({@link TreeMapper}): the decision rules check it afterwards.
 */
public final class DecisionsRequestReader {
    private DecisionsRequestReader() {
    }

    /** The body as a draft with the boundary's violations, or only violations when it is no JSON object. */
    public static ReadResult<DecisionsRequestDraft> read(byte[] body) {
        return TreeMapper.read(body, Path.root("decisions"), (m, o, root) -> {
            m.only(o, root, List.of("at", "contacts", "history", "contactListId", "skip", "limit"));
            return new DecisionsRequestDraft(m.text(o, root, "at"),
                    m.objects(o, root, "contacts", (c, at) -> {
                        m.only(c, at, List.of("id", "phone", "zone", "region"));
                        return new ContactDraft(m.text(c, at, "id"), m.text(c, at, "phone"), m.text(c, at, "zone"), m.text(c, at, "region"));
                    }),
                    m.objects(o, root, "history", (a, at) -> {
                        m.only(a, at, List.of("phone", "at"));
                        return new AttemptDraft(m.text(a, at, "phone"), m.text(a, at, "at"));
                    }),
                    m.text(o, root, "contactListId"), m.whole(o, root, "skip"), m.whole(o, root, "limit"));
        });
    }
}
