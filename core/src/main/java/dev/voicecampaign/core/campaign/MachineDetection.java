package dev.voicecampaign.core.campaign;

import java.util.Optional;

/** Answering-machine detection for Agentless campaigns, with the v2 wire values. */
public enum MachineDetection {
    /** No detection ({@code "no"}). */
    OFF("no"),
    /** Detect a machine and let the experience flow handle it ({@code "detect"}). */
    DETECT("detect"),
    /** Detect a machine and hang up ({@code "disconnect"}). */
    DISCONNECT("disconnect");

    private static final MachineDetection[] VALUES = values();
    private final String wireValue;

    MachineDetection(String wireValue) {
        this.wireValue = wireValue;
    }

    public String wireValue() {
        return wireValue;
    }

    /** Whether detection runs at all: the boolean the responses and the v1 dialect show. */
    public boolean enabled() {
        return this != OFF;
    }

    public static Optional<MachineDetection> fromWireValue(String value) {
        for (MachineDetection m : VALUES) {
            if (m.wireValue.equals(value)) return Optional.of(m);
        }
        return Optional.empty();
    }
}
