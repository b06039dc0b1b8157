package dev.voicecampaign.core.lifecycle;

import java.util.Arrays;
import java.util.Optional;

/**
 * What can happen to a campaign. {@code play} and {@code stop} are the hosted API's triggers;
 * {@code pause} and {@code resume} are our extension (the hosted product pauses from its UI only);
 * the others are raised by the system, not by clients.
 */
public enum LifecycleEvent {
    /** The campaign's lists were resolved; it can run. */
    PREPARED(null),
    /** Preparation could not finish. */
    PREPARATION_FAILED(null),
    /** A schedule was set or changed. */
    SCHEDULE(null),
    /** The schedule was removed ({@code enableSchedule=false}). */
    UNSCHEDULE(null),
    /** Start dialing, or rerun a stopped or completed campaign. */
    PLAY("play"),
    /** Suspend dialing (our extension). */
    PAUSE("pause"),
    /** Continue after a pause (our extension). */
    RESUME("resume"),
    /** Stop dialing for good; a later play reruns it. */
    STOP("stop"),
    /** Every record was handled. */
    COMPLETE(null),
    /** A run the schedule started reached its end, and the schedule has a later one (our addition). */
    RUN_ENDED(null),
    /** A run the schedule started reached its end, and it was the schedule's last (our addition). */
    SCHEDULE_ENDED(null);

    private final String trigger;

    LifecycleEvent(String trigger) {
        this.trigger = trigger;
    }

    /** The {@code trigger} query value clients send, or empty for system events. */
    public Optional<String> trigger() {
        return Optional.ofNullable(trigger);
    }

    public static Optional<LifecycleEvent> fromTrigger(String value) {
        return Arrays.stream(values()).filter(e -> e.trigger != null && e.trigger.equals(value)).findFirst();
    }
}
