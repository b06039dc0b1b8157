package dev.voicecampaign.json;

import dev.voicecampaign.core.callback.CallbackDraft;
import dev.voicecampaign.rules.callback.CallbackRules;
import java.util.List;

/**
 * Maps a callback request's body ({@code {phone, contactId, region, callContactAt, note}}) to a {@link CallbackDraft}.
 * It only maps ({@link TreeMapper}): the callback rules check it afterwards.
 */
public final class CallbackReader {
    /** Every member a callback request may have, in the order the docs list them. */
    public static final List<String> FIELDS = List.of("phone", "contactId", "region", "callContactAt", "note");

    private CallbackReader() {
    }

    public static ReadResult<CallbackDraft> read(byte[] body) {
        return TreeMapper.read(body, CallbackRules.ROOT, (m, o, root) -> {
            m.only(o, root, FIELDS);
            return new CallbackDraft(m.text(o, root, "phone"), m.text(o, root, "contactId"), m.text(o, root, "region"),
                    m.text(o, root, "callContactAt"), m.text(o, root, "note"));
        });
    }
}
