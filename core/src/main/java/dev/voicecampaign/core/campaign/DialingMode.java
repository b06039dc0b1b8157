package dev.voicecampaign.core.campaign;

import java.util.Optional;

/** How answered calls are handled; each mode is one {@link Campaign} record type. */
public enum DialingMode {
    /** A voice flow talks to the called party; no agent. */
    AGENTLESS("Agentless"),
    /** Answered calls go to a live agent through a queue. */
    PROGRESSIVE("Progressive"),
    /** An agent reviews the record, then the call is placed and routed through a queue. */
    PREVIEW("Preview");

    private static final DialingMode[] VALUES = values();
    private final String wireName;

    DialingMode(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling the API uses ({@code Agentless}, {@code Progressive}, {@code Preview}). */
    public String wireName() {
        return wireName;
    }

    public static Optional<DialingMode> fromWireName(String name) {
        for (DialingMode m : VALUES) {
            if (m.wireName.equals(name)) return Optional.of(m);
        }
        return Optional.empty();
    }
}
