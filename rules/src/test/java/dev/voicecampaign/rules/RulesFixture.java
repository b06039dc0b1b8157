package dev.voicecampaign.rules;

import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.port.Verdict;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.testkit.SampleDirectories;
import java.util.List;

/** The standard rules against the sample directories. */
final class RulesFixture {
    static final StreamId STREAM = new StreamId("st-0603182c-7ffb-53c3-b307-47ca14b9abcd");
    static final ValidationContext CONTEXT = new ValidationContext(STREAM, SampleDirectories.forStream(STREAM));
    static final CampaignRules RULES = CampaignRules.standard();

    private RulesFixture() {
    }

    static Verdict validate(CampaignDraft draft) {
        return RULES.validate(draft, CONTEXT);
    }

    /** Every violation, errors and warnings. */
    static List<Violation> violations(CampaignDraft draft) {
        Verdict v = validate(draft);
        return v.isValid() ? v.warnings().toJavaList() : v.result().getError().toJavaList();
    }

    static List<Violation> errors(CampaignDraft draft) {
        return violations(draft).stream().filter(Violation::isError).toList();
    }
}
