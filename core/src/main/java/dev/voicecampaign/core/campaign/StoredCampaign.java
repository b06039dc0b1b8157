package dev.voicecampaign.core.campaign;

import dev.voicecampaign.core.lifecycle.CampaignStatus;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A campaign as the repository keeps it: the valid configuration plus identity, tenant, lifecycle
 * state, resolved directory ids, schedule, current run ({@code instanceId}, and {@code runEnds}: when the
 * schedule stops the run it started; empty for a run played by hand and when nothing runs), timestamps
 * and an optimistic-lock version (incremented by every accepted change).
 */
public record StoredCampaign(CampaignId id, StreamId streamId, Campaign campaign, CampaignStatus status,
                             ResolvedReferences references, Optional<Schedule> schedule,
                             Optional<InstanceId> instanceId, Optional<Instant> runEnds, Instant createdAt, Instant updatedAt,
                             long version) {
    public StoredCampaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(streamId, "streamId");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(references, "references");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(runEnds, "runEnds");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** This campaign with other resolved directory ids. */
    public StoredCampaign withReferences(ResolvedReferences other) {
        return new StoredCampaign(id, streamId, campaign, status, other, schedule, instanceId, runEnds, createdAt, updatedAt, version);
    }

    /** This campaign with another schedule, or none. */
    public StoredCampaign withSchedule(Optional<Schedule> other) {
        return new StoredCampaign(id, streamId, campaign, status, references, other, instanceId, runEnds, createdAt, updatedAt, version);
    }

    /** This campaign with another scheduled end of its run, or none. */
    public StoredCampaign withRunEnds(Optional<Instant> other) {
        return new StoredCampaign(id, streamId, campaign, status, references, schedule, instanceId, other, createdAt, updatedAt, version);
    }

    /** This campaign at another version (what a store writes after a change). */
    public StoredCampaign withVersion(long other) {
        return new StoredCampaign(id, streamId, campaign, status, references, schedule, instanceId, runEnds, createdAt, updatedAt, other);
    }

    public String lname() {
        return campaign.name().lname();
    }
}
