package dev.voicecampaign.rules.decision;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.draft.DecisionsRequestDraft;
import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.Seq;
import java.util.List;
import java.util.Optional;

/** Driving port: for a stored campaign, whether each contact of a request may be called at its instant, and if not, when. */
public interface DecideCalls {
    /** The decisions, or why there are none; {@code boundary} is what the body's reader found. */
    Outcome decide(StreamId stream, CampaignId id, DecisionsRequestDraft request, Seq<Violation> boundary);

    /** Where a page of stored contacts stands: from {@code skip}, at most {@code limit}, of {@code total} in all. */
    record StoredContactsPage(int skip, int limit, long total, boolean hasMore) {
    }

    /** What a decisions request comes to. */
    sealed interface Outcome {
        /**
         * One result per contact, in the request's order; {@code warnings} such as unknown members; for stored contacts,
         * the page they are ({@code page}: skip, limit, how many the lists hold, whether more follow).
         */
        record Decided(List<ContactDecision> results, Seq<Violation> warnings, Optional<StoredContactsPage> page) implements Outcome {
            public Decided {
                results = List.copyOf(results);
            }
        }

        /** No stored contact list of that id in the stream. */
        record ListNotFound(String contactListId) implements Outcome {
        }

        /** No such campaign in the stream. */
        record NotFound() implements Outcome {
        }

        /** The body breaks the rules: every violation. */
        record Invalid(Seq<Violation> violations) implements Outcome {
        }
    }
}
