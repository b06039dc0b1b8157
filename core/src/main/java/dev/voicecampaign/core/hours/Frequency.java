package dev.voicecampaign.core.hours;

/**
 * How the listed calling windows map onto the week.
 * <ul>
 *   <li>{@code WEEKLY}: each window applies on its own day; the listed days are expected to share
 *       one set of windows (differing windows are allowed, with a warning suggesting CUSTOM).</li>
 *   <li>{@code DAILY}: every window applies on all seven days; its windows carry no day.</li>
 *   <li>{@code CUSTOM}: each window applies on its own day; days may differ freely.</li>
 * </ul>
 */
public enum Frequency {
    WEEKLY, DAILY, CUSTOM;

    /** Whether each window needs its own day. */
    public boolean windowsNeedDays() {
        return this != DAILY;
    }
}
