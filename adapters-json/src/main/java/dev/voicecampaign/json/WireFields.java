package dev.voicecampaign.json;

/** Field names of the wire format where they differ from the draft's. The reader's switches are the members each object may hold. */
final class WireFields {
    static final String QUEUE_NAME = "queue_name";
    /** Read and type-checked in {@code schedule}, but not kept: recurrence belongs to the schedule route. */
    static final String RECURRENCE_FLAG = "isRecurrenceEnabled";

    private WireFields() {
    }

    /** The wire name of a draft field. */
    static String wireName(String draftName) {
        return draftName.equals("queueName") ? QUEUE_NAME : draftName;
    }
}
