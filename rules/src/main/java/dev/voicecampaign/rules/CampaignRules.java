package dev.voicecampaign.rules;

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
 * the mode is missing or unknown, since mode-only fields have nothing to be checked against), collects
 * every violation, and builds the typed campaign when no error remains. Pure apart from directory
 * look-ups; thread-safe.
 */
public final class CampaignRules implements CampaignValidator {
    /** How a draft is checked: a rule set interpreted, or its compiled form. */
    @FunctionalInterface
    private interface DraftCheck {
        void check(CampaignDraft draft, ValidationContext context, java.util.List<Violation> out);
    }

    private static final DialingMode[] MODES = DialingMode.values();

    private final Function<DialingMode, RuleSet<CampaignDraft>> ruleSets;
    private final RuleSet<CampaignDraft> base;
    /** The check of each mode, by ordinal, then the base's (for a draft whose mode is missing or unknown). */
    private final DraftCheck[] checks;

    private CampaignRules(Function<DialingMode, RuleSet<CampaignDraft>> ruleSets, RuleSet<CampaignDraft> base, DraftCheck[] checks) {
        this.ruleSets = ruleSets;
        this.base = base;
        this.checks = checks;
    }

    private static final CampaignRules STANDARD = StandardRulesCompilation.isCurrent() ? compiled() : interpreted();

    /** The rules of the five seed documents, with the decisions the docs list. */
    public static CampaignRules standard() {
        return STANDARD;
    }

    /** The standard rules run by the interpreter ({@link RuleSet#check}), for tests that compare it with the compiled form. */
    static CampaignRules interpreted() {
        return of(CampaignRuleSets::forMode, CampaignRuleSets.BASE);
    }

    /** The standard rules run by their compiled form ({@link CompiledRuleSets}); the same violations, in the same order. */
    static CampaignRules compiled() {
        DraftCheck[] checks = new DraftCheck[MODES.length + 1];
        for (DialingMode mode : MODES) {
            checks[mode.ordinal()] = switch (mode) {
                case AGENTLESS -> (d, c, out) -> CompiledRuleSets.agentless(d, Path.root(), c, out);
                case PROGRESSIVE -> (d, c, out) -> CompiledRuleSets.progressive(d, Path.root(), c, out);
                case PREVIEW -> (d, c, out) -> CompiledRuleSets.preview(d, Path.root(), c, out);
            };
        }
        checks[MODES.length] = (d, c, out) -> CompiledRuleSets.base(d, Path.root(), c, out);
        return new CampaignRules(CampaignRuleSets::forMode, CampaignRuleSets.BASE, checks);
    }

    private static CampaignRules of(Function<DialingMode, RuleSet<CampaignDraft>> ruleSets, RuleSet<CampaignDraft> base) {
        DraftCheck[] checks = new DraftCheck[MODES.length + 1];
        for (DialingMode mode : MODES) checks[mode.ordinal()] = interpret(ruleSets.apply(mode));
        checks[MODES.length] = interpret(base);
        return new CampaignRules(ruleSets, base, checks);
    }

    private static DraftCheck interpret(RuleSet<CampaignDraft> rules) {
        return (d, c, out) -> rules.check(d, Path.root(), c, out);
    }

    /**
     * The standard rules plus {@code extra} for every mode: how a host adds its own policy or a
     * compliance pack. The extra rules only add violations; they cannot relax a standard rule.
     */
    public CampaignRules plus(RuleSet<CampaignDraft> extra) {
        Objects.requireNonNull(extra, "extra");
        DraftCheck[] more = new DraftCheck[checks.length];
        for (int i = 0; i < checks.length; i++) {
            DraftCheck first = checks[i];
            more[i] = (d, c, out) -> {
                first.check(d, c, out);
                extra.check(d, Path.root(), c, out);
            };
        }
        return new CampaignRules(mode -> RuleSet.<CampaignDraft>builder().include(ruleSets.apply(mode)).include(extra).build(),
                RuleSet.<CampaignDraft>builder().include(base).include(extra).build(), more);
    }

    /** The rule set applied to drafts of {@code mode}. */
    public RuleSet<CampaignDraft> ruleSet(DialingMode mode) {
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
        checks[mode.isPresent() ? mode.get().ordinal() : MODES.length].check(draft, context, found);
        return Verdict.of(List.ofAll(found), () -> CampaignAssembler.assemble(draft, mode.orElseThrow()));
    }
}
