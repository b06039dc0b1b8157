package dev.voicecampaign.http.server;

/** The seeds' Agentless sample body (masked caller id completed), for the start-up curl line. */
final class SampleBody {
    static final String AGENTLESS = "{\"name\":\"Product Feedback Voice Campaign-3.41\",\"description\":\"This voice campaign collects "
            + "quick feedback on recent purchases.\",\"contactLists\":[\"CL Only 2020 Dec 4\"],\"dncLists\":{\"name\":\"DNC CL Dec 4\"},"
            + "\"priority\":\"5\",\"dialingMode\":\"Agentless\",\"dialingStrategy\":{\"callerId\":{\"phoneNumber\":\"+14846512345\"},"
            + "\"callingHours\":{\"frequency\":\"WEEKLY\",\"timezone\":\"Asia/Kolkata\",\"days\":[{\"day\":\"MO\",\"start\":\"9:00 AM\","
            + "\"end\":\"6:00 PM\"},{\"day\":\"TU\",\"start\":\"9:00 AM\",\"end\":\"6:00 PM\"}]},\"dialingOrder\":\"FIFO\","
            + "\"maxAttemptsPerRecord\":3,\"defaultRetryPeriod\":10,\"maxRingTime\":30},\"schedule\":{\"isSchedulingEnabled\":false},"
            + "\"experienceFlowName\":\"Voice Survey Entry Flow\",\"enableMachineDetect\":\"no\",\"campaignType\":\"voice\"}";

    private static final String SEED_NAME = "\"name\":\"Product Feedback Voice Campaign-3.41\"";

    private SampleBody() {
    }

    /** The sample under another name (letters, digits, spaces and {@code -:.} only: written as is). */
    static String agentless(String name) {
        if (!name.matches("[A-Za-z0-9 :.-]{1,48}")) throw new IllegalArgumentException("not a plain name: " + name);
        return AGENTLESS.replace(SEED_NAME, "\"name\":\"" + name + "\"");
    }
}
