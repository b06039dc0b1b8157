package dev.voicecampaign.rules.decision;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.draft.DecisionsRequestDraft;
import dev.voicecampaign.core.usecase.ReadCampaigns;
import dev.voicecampaign.core.usecase.RequestViolations;
import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The decisions use case: checks the body ({@link DecisionRules}), reads the campaign, and decides each contact with a
 * {@link CallDecider} under the packs the campaign names. No DNC list contents are known to the server yet, so no
 * number is refused as on one.
 */
public final class CallDecisions implements DecideCalls {
    private final ReadCampaigns campaigns;
    private final DecisionRules rules = new DecisionRules();

    /** Decisions over the campaigns {@code campaigns} reads. */
    public CallDecisions(ReadCampaigns campaigns) {
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
    }

    @Override
    public Outcome decide(StreamId stream, CampaignId id, DecisionsRequestDraft request, Seq<Violation> boundary) {
        Validation<Seq<Violation>, DecisionRules.DecisionsRequest> checked = rules.validate(request);
        Seq<Violation> all = RequestViolations.merge(boundary, checked.isInvalid() ? checked.getError() : io.vavr.collection.List.<Violation>empty());
        if (all.exists(Violation::isError)) return new Outcome.Invalid(all);
        Optional<StoredCampaign> stored = campaigns.get(stream, id);
        if (stored.isEmpty()) return new Outcome.NotFound();
        DecisionRules.DecisionsRequest asked = checked.get();
        CallDecider decider = CallDecider.of(stored.get().campaign(), number -> false);
        // E.164 as libphonenumber writes it, as contacts are looked up; a number no region assigns matches no contact it decides
        Map<String, List<Instant>> attempts = new HashMap<>();
        for (DecisionRules.Attempt a : asked.history()) {
            decider.read(a.phone(), Optional.empty())
                    .forEach(number -> attempts.computeIfAbsent(number.e164(), p -> new ArrayList<>()).add(a.at()));
        }
        List<ContactDecision> results = asked.contacts().stream().map(c -> decider.decide(c, attempts, asked.at())).toList();
        return new Outcome.Decided(results, all);
    }
}
