package dev.voicecampaign.rules.dsl;

import dev.voicecampaign.core.campaign.CallerId;
import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import java.util.Optional;
import java.util.function.Predicate;

/** A check of a parsed value, such as a look-up in a directory ({@link ValueRule#then}): the problem it finds, if any. */
public interface ParsedCheck<P> {
    Optional<Violation> apply(P value, Path path, ValidationContext context);

    /** The problem it can raise, for the spec. */
    CodeSpec problem();

    /** A warning when {@code assigned} says no region assigns the caller id's number. */
    static ParsedCheck<CallerId> assignedCallerId(Predicate<String> assigned) {
        return new ParsedCheck<>() {
            public Optional<Violation> apply(CallerId value, Path path, ValidationContext context) {
                return assigned.test(value.e164()) ? Optional.empty()
                        : Optional.of(Violations.of(path, Problem.UNASSIGNED, "phoneNumber", value.e164()));
            }

            public CodeSpec problem() {
                return Problem.UNASSIGNED.spec();
            }
        };
    }

    /** The caller id must be verified for the stream. */
    static ParsedCheck<CallerId> verifiedCallerId() {
        return new ParsedCheck<>() {
            public Optional<Violation> apply(CallerId value, Path path, ValidationContext context) {
                return context.directories().callerIds().isVerified(context.stream(), value) ? Optional.empty()
                        : Optional.of(Violations.of(path, Problem.NOT_VERIFIED, "phoneNumber", value.e164()));
            }

            public CodeSpec problem() {
                return Problem.NOT_VERIFIED.spec();
            }
        };
    }
}
