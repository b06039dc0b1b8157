package dev.voicecampaign.core.lifecycle;

import static dev.voicecampaign.core.lifecycle.CampaignStatus.ACTIVE;
import static dev.voicecampaign.core.lifecycle.CampaignStatus.COMPLETED;
import static dev.voicecampaign.core.lifecycle.CampaignStatus.FAILED;
import static dev.voicecampaign.core.lifecycle.CampaignStatus.PAUSED;
import static dev.voicecampaign.core.lifecycle.CampaignStatus.PREPARING;
import static dev.voicecampaign.core.lifecycle.CampaignStatus.READY;
import static dev.voicecampaign.core.lifecycle.CampaignStatus.RESCHEDULED;
import static dev.voicecampaign.core.lifecycle.CampaignStatus.SCHEDULED;
import static dev.voicecampaign.core.lifecycle.CampaignStatus.STOPPED;
import static dev.voicecampaign.core.lifecycle.LifecycleEvent.COMPLETE;
import static dev.voicecampaign.core.lifecycle.LifecycleEvent.PAUSE;
import static dev.voicecampaign.core.lifecycle.LifecycleEvent.PLAY;
import static dev.voicecampaign.core.lifecycle.LifecycleEvent.PREPARATION_FAILED;
import static dev.voicecampaign.core.lifecycle.LifecycleEvent.PREPARED;
import static dev.voicecampaign.core.lifecycle.LifecycleEvent.RESUME;
import static dev.voicecampaign.core.lifecycle.LifecycleEvent.RUN_ENDED;
import static dev.voicecampaign.core.lifecycle.LifecycleEvent.SCHEDULE;
import static dev.voicecampaign.core.lifecycle.LifecycleEvent.SCHEDULE_ENDED;
import static dev.voicecampaign.core.lifecycle.LifecycleEvent.STOP;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The campaign state machine as data: its transitions, which fields each state lets an update change,
 * and which states allow deletion. Docs draw it from {@link #transitions()}; the use cases ask
 * {@link #fire} and {@link #editableIn}. An event a state does not list is refused with a typed answer.
 */
public record Lifecycle(List<Transition> transitions, Map<CampaignStatus, Set<EditableField>> editable,
                        Set<CampaignStatus> deletable) {
    public Lifecycle {
        transitions = List.copyOf(transitions);
        Map<CampaignStatus, Set<EditableField>> copy = new EnumMap<>(CampaignStatus.class);
        for (CampaignStatus s : CampaignStatus.values()) copy.put(s, Set.copyOf(editable.getOrDefault(s, Set.of())));
        editable = Map.copyOf(copy);
        deletable = Set.copyOf(deletable);
    }

    /** The state every new campaign starts in. */
    public static final CampaignStatus INITIAL = PREPARING;

    /**
     * Our reading of the hosted API. Edits: none while {@code Preparing} (the lists are being
     * resolved) or {@code Active} (documented); while {@code Paused} only name, description, priority
     * and retry settings, because changing whom or when to call under a paused run would make the
     * resumed run inconsistent; every other state allows any edit. Active and paused campaigns
     * cannot be deleted: stop them first.
     */
    public static Lifecycle standard() {
        List<Transition> t = new ArrayList<>();
        t.add(new Transition(PREPARING, PREPARED, READY, false, "lists resolved"));
        t.add(new Transition(PREPARING, PREPARATION_FAILED, FAILED, false, "lists could not be resolved (our addition)"));
        t.add(new Transition(FAILED, PREPARED, READY, false, "an update named references that all resolve (our addition)"));
        for (CampaignStatus from : List.of(READY, SCHEDULED, RESCHEDULED, STOPPED, COMPLETED)) {
            t.add(new Transition(from, PREPARATION_FAILED, FAILED, false, "at play, a list, queue or flow could no longer be found (our addition)"));
        }
        t.add(new Transition(READY, SCHEDULE, SCHEDULED, false, "a schedule was set"));
        t.add(new Transition(SCHEDULED, SCHEDULE, RESCHEDULED, false, "the schedule was changed"));
        t.add(new Transition(RESCHEDULED, SCHEDULE, RESCHEDULED, false, "the schedule was changed again"));
        t.add(new Transition(STOPPED, SCHEDULE, RESCHEDULED, false, "a new run was scheduled"));
        t.add(new Transition(COMPLETED, SCHEDULE, RESCHEDULED, false, "a new run was scheduled"));
        t.add(new Transition(SCHEDULED, LifecycleEvent.UNSCHEDULE, READY, false, "the schedule was removed"));
        t.add(new Transition(RESCHEDULED, LifecycleEvent.UNSCHEDULE, READY, false, "the schedule was removed"));
        for (CampaignStatus from : List.of(READY, SCHEDULED, RESCHEDULED)) {
            t.add(new Transition(from, PLAY, ACTIVE, true, "trigger=play starts the first run"));
        }
        t.add(new Transition(STOPPED, PLAY, ACTIVE, true, "trigger=play reruns the full list as a new instance"));
        t.add(new Transition(COMPLETED, PLAY, ACTIVE, true, "trigger=play reruns the full list as a new instance"));
        t.add(new Transition(ACTIVE, PAUSE, PAUSED, false, "trigger=pause (our extension)"));
        t.add(new Transition(PAUSED, RESUME, ACTIVE, false, "trigger=resume (our extension) continues the same run"));
        t.add(new Transition(ACTIVE, STOP, STOPPED, false, "trigger=stop"));
        t.add(new Transition(PAUSED, STOP, STOPPED, false, "trigger=stop"));
        t.add(new Transition(ACTIVE, COMPLETE, COMPLETED, false, "every record was handled"));
        for (CampaignStatus from : List.of(ACTIVE, PAUSED)) {
            t.add(new Transition(from, RUN_ENDED, RESCHEDULED, false, "its scheduled run ended; the next one waits (our addition)"));
            t.add(new Transition(from, SCHEDULE_ENDED, STOPPED, false, "its schedule's last run ended (our addition)"));
        }

        Map<CampaignStatus, Set<EditableField>> editable = new EnumMap<>(CampaignStatus.class);
        Set<EditableField> all = EnumSet.allOf(EditableField.class);
        for (CampaignStatus s : List.of(READY, SCHEDULED, RESCHEDULED, STOPPED, COMPLETED, FAILED)) editable.put(s, all);
        editable.put(PAUSED, EnumSet.of(EditableField.NAME, EditableField.DESCRIPTION, EditableField.PRIORITY,
                EditableField.RETRY_SETTINGS));
        Set<CampaignStatus> deletable = EnumSet.complementOf(EnumSet.of(ACTIVE, PAUSED));
        return new Lifecycle(t, editable, deletable);
    }

    /** The transition {@code event} takes from {@code status}, or why it cannot. */
    public Either<IllegalTransition, Transition> fire(CampaignStatus status, LifecycleEvent event) {
        return transitions.stream().filter(t -> t.from() == status && t.event() == event).findFirst()
                .<Either<IllegalTransition, Transition>>map(Either::right)
                .orElseGet(() -> Either.left(new IllegalTransition(status, event)));
    }

    public Set<EditableField> editableIn(CampaignStatus status) {
        return editable.get(status);
    }

    public boolean canDelete(CampaignStatus status) {
        return deletable.contains(status);
    }

    /** The events {@code status} accepts, for error messages and docs. */
    public Set<LifecycleEvent> eventsFrom(CampaignStatus status) {
        Set<LifecycleEvent> events = EnumSet.noneOf(LifecycleEvent.class);
        transitions.stream().filter(t -> t.from() == status).forEach(t -> events.add(t.event()));
        return events;
    }
}
