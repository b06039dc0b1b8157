package dev.voicecampaign.core.port;

import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * The outcome of validating a draft: {@code result} is the campaign, or every violation found
 * (errors and warnings together, errors first); {@code warnings} are the non-blocking ones, which
 * also ride along when the result is valid.
 */
public record Verdict(Validation<Seq<Violation>, Campaign> result, Seq<Violation> warnings) {
    public static Verdict of(Seq<Violation> violations, java.util.function.Supplier<Campaign> build) {
        Seq<Violation> errors = violations.filter(Violation::isError);
        Seq<Violation> warnings = violations.reject(Violation::isError);
        return errors.isEmpty()
                ? new Verdict(Validation.valid(build.get()), warnings)
                : new Verdict(Validation.invalid(errors.appendAll(warnings)), warnings);
    }

    public static Verdict valid(Campaign campaign) {
        return new Verdict(Validation.valid(campaign), List.empty());
    }

    public boolean isValid() {
        return result.isValid();
    }
}
