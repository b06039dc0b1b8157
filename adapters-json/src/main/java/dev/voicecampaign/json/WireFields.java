package dev.voicecampaign.json;

import java.util.Set;

/** Field names of the wire format, where they differ from the draft's, and the fields each object may hold. */
final class WireFields {
    static final String QUEUE_NAME = "queue_name";
    /** Read and type-checked in {@code schedule}, but not kept: recurrence belongs to the schedule route. */
    static final String RECURRENCE_FLAG = "isRecurrenceEnabled";

    static final Set<String> ROOT = Set.of("name", "description", "contactLists", "dncLists", "priority", "dialingMode",
            "dialingStrategy", "schedule", QUEUE_NAME, "maxSkips", "experienceFlowName", "enableMachineDetect", "campaignType");
    static final Set<String> DNC_LIST = Set.of("name");
    static final Set<String> STRATEGY = Set.of("callerId", "callingHours", "dialingOrder", "maxAttemptsPerRecord",
            "defaultRetryPeriod", "maxRingTime");
    static final Set<String> CALLER_ID = Set.of("phoneNumber");
    static final Set<String> CALLING_HOURS = Set.of("frequency", "timezone", "days", "restrictedPeriods");
    static final Set<String> WINDOW = Set.of("day", "start", "end");
    static final Set<String> RESTRICTED = Set.of("from", "to", "yearly", "label");
    static final Set<String> SCHEDULE = Set.of("isSchedulingEnabled", RECURRENCE_FLAG);

    private WireFields() {
    }

    /** The wire name of a draft field. */
    static String wireName(String draftName) {
        return draftName.equals("queueName") ? QUEUE_NAME : draftName;
    }
}
