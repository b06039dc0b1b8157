package dev.voicecampaign.core.usecase;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.draft.ScheduleRequestDraft;
import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.Seq;

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
     * Plays every Scheduled or Rescheduled campaign of the stream whose schedule has a run holding now (local to
     * its calling-hours zone); answers how many it started.
     */
    int startDue(StreamId stream);

    /**
     * Ends every run of the stream that its schedule's run is over for: to Rescheduled when the schedule has a
     * later run, else to Stopped; answers how many it ended. Runs started by hand outside the schedule's runs go on.
     */
    int endDue(StreamId stream);
}
