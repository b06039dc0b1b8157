package dev.voicecampaign.core.draft;

import java.util.List;

/** The list's {@code filters} as sent: statuses, priorities and dialing modes, each a list of wire values. */
public record FiltersDraft(List<String> status, List<String> priority, List<String> dialingMode) {
    public FiltersDraft {
        status = DraftList.copyOf(status);
        priority = DraftList.copyOf(priority);
        dialingMode = DraftList.copyOf(dialingMode);
    }
}
