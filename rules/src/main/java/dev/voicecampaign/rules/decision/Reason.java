package dev.voicecampaign.rules.decision;

import java.util.Objects;

/**
 * Why a call is refused now or for good: a stable dotted code ({@code decision.callingHours.closed}) and a
 * message for people, like the rules' violations.
 */
public record Reason(String code, String message) {
    public Reason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
