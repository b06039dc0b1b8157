package dev.voicecampaign.rules.decision;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.draft.DecisionsRequestDraft;
import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.Seq;
import java.util.List;

/** Driving port: for a stored campaign, whether each contact of a request may be called at its instant, and if not, when. */
public interface DecideCalls {
    /** The decisions, or why there are none; {@code boundary} is what the body's reader found. */
    Outcome decide(StreamId stream, CampaignId id, DecisionsRequestDraft request, Seq<Violation> boundary);

    /** What a decisions request comes to. */
    sealed interface Outcome {
        /** One result per contact, in the request's order; {@code warnings} such as unknown members. */
        record Decided(List<ContactDecision> results, Seq<Violation> warnings) implements Outcome {
            public Decided {
                results = List.copyOf(results);
            }
        }

        /** No such campaign in the stream. */
        record NotFound() implements Outcome {
        }

        /** The body breaks the rules: every violation. */
        record Invalid(Seq<Violation> violations) implements Outcome {
        }
    }
}
