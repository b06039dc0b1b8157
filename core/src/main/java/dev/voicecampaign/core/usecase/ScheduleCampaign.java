package dev.voicecampaign.core.usecase;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.draft.ScheduleRequestDraft;
import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.Seq;
import java.util.Set;

/** Driving port: set or remove a campaign's schedule, and start the campaigns whose schedule is due. */
public interface ScheduleCampaign {
    /**
     * Sets the campaign's schedule from the request, moving it to {@code Scheduled} (or {@code Rescheduled}).
     * The request is read in the campaign's zone: its end must be after the campaign's local now.
     */
    CampaignOutcome schedule(StreamId stream, CampaignId id, ScheduleRequestDraft request, Seq<Violation> boundary);

    /** Removes the campaign's schedule, moving it back to {@code Ready}. */
    CampaignOutcome unschedule(StreamId stream, CampaignId id);

    /**
     * Moves every campaign of {@code streams} whose schedule is due now: ends the runs the schedule started whose end has
     * come (to Rescheduled when the schedule has a later run, else to Stopped) and plays the Scheduled and Rescheduled
     * campaigns with a run holding now (local to their calling-hours zone); answers how many it moved. Runs started by
     * hand go on until stopped. Safe to call from several servers at once: each campaign moves once.
     */
    int runDue(Set<StreamId> streams);
}
