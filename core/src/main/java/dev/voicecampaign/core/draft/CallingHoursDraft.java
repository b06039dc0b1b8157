package dev.voicecampaign.core.draft;

import java.util.List;

/** The {@code dialingStrategy.callingHours} object as sent. */
public record CallingHoursDraft(String frequency, String timezone, List<DayWindowDraft> days,
                                List<RestrictedPeriodDraft> restrictedPeriods) {
    public CallingHoursDraft {
        days = DraftList.copyOf(days);
        restrictedPeriods = DraftList.copyOf(restrictedPeriods);
    }

    public CallingHoursDraft(String frequency, String timezone, List<DayWindowDraft> days) {
        this(frequency, timezone, days, null);
    }

    public CallingHoursDraft withFrequency(String v) {
        return new CallingHoursDraft(v, timezone, days, restrictedPeriods);
    }

    public CallingHoursDraft withTimezone(String v) {
        return new CallingHoursDraft(frequency, v, days, restrictedPeriods);
    }

    public CallingHoursDraft withDays(List<DayWindowDraft> v) {
        return new CallingHoursDraft(frequency, timezone, v, restrictedPeriods);
    }

    public CallingHoursDraft withRestrictedPeriods(List<RestrictedPeriodDraft> v) {
        return new CallingHoursDraft(frequency, timezone, days, v);
    }
}
