package dev.voicecampaign.rules.evolution;

import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.port.CampaignValidator;
import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.port.Verdict;
import dev.voicecampaign.core.violation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Compares two versions of the rules on the same drafts: which drafts the new version newly rejects
 * (with the errors that reject them) and which it newly accepts. Run it over generated drafts
 * (valid ones and ones broken on purpose) before shipping a rule change.
 */
public final class RuleEvolution {
    private RuleEvolution() {
    }

    /** A draft whose fate changed, with the errors of the version that rejects it. */
    public record Change(CampaignDraft draft, List<Violation> errors) {
        public Change {
            errors = List.copyOf(errors);
        }
    }

    /** What changed over {@code examined} drafts; at most {@code maxExamples} examples of each kind are kept. */
    public record Report(int examined, int newlyRejectedCount, int newlyAcceptedCount, List<Change> newlyRejected,
                         List<Change> newlyAccepted) {
        public Report {
            newlyRejected = List.copyOf(newlyRejected);
            newlyAccepted = List.copyOf(newlyAccepted);
        }

        public boolean unchanged() {
            return newlyRejectedCount == 0 && newlyAcceptedCount == 0;
        }
    }

    public static Report compare(CampaignValidator before, CampaignValidator after, Stream<CampaignDraft> drafts,
                                 ValidationContext context, int maxExamples) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        List<Change> rejected = new ArrayList<>();
        List<Change> accepted = new ArrayList<>();
        int[] counts = new int[3];
        drafts.forEach(draft -> {
            counts[0]++;
            Verdict old = before.validate(draft, context);
            Verdict now = after.validate(draft, context);
            if (old.isValid() && !now.isValid()) {
                counts[1]++;
                if (rejected.size() < maxExamples) rejected.add(new Change(draft, errors(now)));
            } else if (!old.isValid() && now.isValid()) {
                counts[2]++;
                if (accepted.size() < maxExamples) accepted.add(new Change(draft, errors(old)));
            }
        });
        return new Report(counts[0], counts[1], counts[2], rejected, accepted);
    }

    private static List<Violation> errors(Verdict verdict) {
        return verdict.result().getError().filter(Violation::isError).toJavaList();
    }
}
