package dev.voicecampaign.rules.decision;

import java.util.Objects;

/** A contact's decision with its number as the answer shows it: E.164 where the number reads, else as given. */
public record ContactDecision(String phone, CallDecision decision) {
    public ContactDecision {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(decision, "decision");
    }
}
