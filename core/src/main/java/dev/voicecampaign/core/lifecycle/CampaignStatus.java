package dev.voicecampaign.core.lifecycle;

import java.util.Arrays;
import java.util.Optional;

/** A campaign's lifecycle state, spelled as the hosted API spells it. */
public enum CampaignStatus {
    /** Just created: lists are being resolved ("creation in progress"). */
    PREPARING("Preparing"),
    /** Prepared; can be started or scheduled. */
    READY("Ready"),
    /** Will start at its scheduled time. */
    SCHEDULED("Scheduled"),
    /** Its schedule was changed, or a new run was scheduled after an earlier one. */
    RESCHEDULED("Rescheduled"),
    /** Dialing. */
    ACTIVE("Active"),
    /** Dialing suspended; can resume. */
    PAUSED("Paused"),
    /** Stopped by a user, or at the end of its schedule's last run; play reruns it as a new instance. */
    STOPPED("Stopped"),
    /** Every record was handled; play reruns it as a new instance. */
    COMPLETED("Completed"),
    /** Preparation could not finish. Our addition: the hosted API documents no such state. */
    FAILED("Failed");

    private final String wireName;

    CampaignStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether a run is over: Stopped or Completed. A closed campaign places no calls until it is played again. */
    public boolean isClosed() {
        return this == STOPPED || this == COMPLETED;
    }

    public static Optional<CampaignStatus> fromWireName(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
    }
}
