package dev.voicecampaign.rules;

import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.core.campaign.DialingMode;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.port.CampaignValidator;
import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.port.Verdict;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.rules.dsl.CrossFieldSpec;
import dev.voicecampaign.rules.dsl.FieldSpec;
import dev.voicecampaign.rules.dsl.RuleSet;
import io.vavr.collection.List;
import java.util.ArrayList;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The campaign validator: picks the rule set of the draft's dialing mode (only the common base when
 * the mode is missing or unknown, since mode-only fields have nothing to be checked against), and runs it
 * once: every violation, and the typed campaign its fields' parsed values make when no error remains.
 * Pure apart from directory look-ups; thread-safe.
 */
public final class CampaignRules implements CampaignValidator {
    private static final CampaignRules STANDARD = new CampaignRules(CampaignRuleSets::forMode, CampaignRuleSets.BASE);

    private final Function<DialingMode, RuleSet<CampaignDraft, Campaign>> ruleSets;
    private final RuleSet<CampaignDraft, ?> base;

    private CampaignRules(Function<DialingMode, RuleSet<CampaignDraft, Campaign>> ruleSets, RuleSet<CampaignDraft, ?> base) {
        this.ruleSets = ruleSets;
        this.base = base;
    }

    /** The rules of the five seed documents, with the decisions the docs list. */
    public static CampaignRules standard() {
        return STANDARD;
    }

    /**
     * The standard rules plus {@code extra} for every mode: how a host adds its own policy or a
     * compliance pack. The extra rules only add violations; they cannot relax a standard rule.
     */
    public CampaignRules plus(RuleSet<CampaignDraft, ?> extra) {
        Objects.requireNonNull(extra, "extra");
        Function<DialingMode, RuleSet<CampaignDraft, Campaign>> more = mode -> RuleSet.of(r -> {
            var campaign = r.include(ruleSets.apply(mode));
            r.include(extra);
            return v -> v.get(campaign);
        });
        return new CampaignRules(more, RuleSet.checking(r -> {
            r.include(base);
            r.include(extra);
        }));
    }

    /** The rule set applied to drafts of {@code mode}. */
    public RuleSet<CampaignDraft, Campaign> ruleSet(DialingMode mode) {
        return ruleSets.apply(mode);
    }

    public java.util.List<FieldSpec> describe(DialingMode mode) {
        return ruleSet(mode).fields();
    }

    public java.util.List<CrossFieldSpec> crossFieldRules(DialingMode mode) {
        return ruleSet(mode).crossFieldRules();
    }

    @Override
    public Verdict validate(CampaignDraft draft, ValidationContext context) {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(context, "context");
        Optional<DialingMode> mode = DialingMode.fromWireName(draft.dialingMode());
        java.util.List<Violation> found = new ArrayList<>();
        if (mode.isEmpty()) {
            base.check(draft, Path.root(), context, found);
            return Verdict.of(List.ofAll(found), () -> {
                throw new IllegalStateException("a draft without a known dialing mode passed the rules");
            });
        }
        Campaign campaign = ruleSets.apply(mode.get()).check(draft, Path.root(), context, found);
        return Verdict.of(List.ofAll(found), () -> campaign);
    }
}
