package dev.voicecampaign.core.draft;

import java.util.List;

/** A weekly recurrence as sent: every {@code onceEveryNweeks} weeks on {@code whichDays} ({@code Mon} .. {@code Sun}). */
public record WeeklyDetailsDraft(Long onceEveryNweeks, List<String> whichDays) {
    public WeeklyDetailsDraft {
        whichDays = DraftList.copyOf(whichDays);
    }
}
