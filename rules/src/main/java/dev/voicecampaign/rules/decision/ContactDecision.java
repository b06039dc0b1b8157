package dev.voicecampaign.rules.decision;

import java.util.Objects;
import java.util.Optional;

/** A contact's decision with its id and its number as the answer shows it: E.164 where the number reads, else as given. */
public record ContactDecision(Optional<String> id, String phone, CallDecision decision) {
    public ContactDecision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(decision, "decision");
    }
}
