package dev.voicecampaign.json;

import java.util.List;

/**
 * Field names of the wire format, where they differ from the draft's, and the members each object of a
 * create or update body may hold (any other member is unknown: a warning).
 */
final class WireFields {
    static final String QUEUE_NAME = "queue_name";
    /** Read and type-checked in {@code schedule}, but not kept: recurrence belongs to the schedule route. */
    static final String RECURRENCE_FLAG = "isRecurrenceEnabled";

    static final List<String> ROOT = List.of("name", "description", "contactLists", "dncLists", "priority", "dialingMode",
            "dialingStrategy", "schedule", QUEUE_NAME, "maxSkips", "experienceFlowName", "enableMachineDetect", "campaignType",
            "communicationLimits");
    static final List<String> DNC_LIST = List.of("name");
    static final List<String> STRATEGY = List.of("callerId", "callingHours", "dialingOrder", "maxAttemptsPerRecord",
            "defaultRetryPeriod", "maxRingTime");
    static final List<String> CALLER_ID = List.of("phoneNumber");
    static final List<String> CALLING_HOURS = List.of("frequency", "timezone", "days", "restrictedPeriods");
    static final List<String> WINDOW = List.of("day", "start", "end");
    static final List<String> RESTRICTED = List.of("from", "to", "yearly", "label");
    static final List<String> COMMUNICATION_LIMIT = List.of("maxCountPerRecipient", "frequency", "unit");
    static final List<String> SCHEDULE = List.of("isSchedulingEnabled", RECURRENCE_FLAG);

    private WireFields() {
    }

    /** The wire name of a draft field. */
    static String wireName(String draftName) {
        return draftName.equals("queueName") ? QUEUE_NAME : draftName;
    }
}
