package dev.voicecampaign.core.port;

import dev.voicecampaign.core.draft.ListRequestDraft;
import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** Turns a list request into a query, or into every violation; the rules module implements it. */
public interface ListQueryValidator {
    Validation<Seq<Violation>, CampaignQuery> validate(ListRequestDraft draft);
}
