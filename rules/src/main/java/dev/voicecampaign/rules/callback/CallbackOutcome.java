package dev.voicecampaign.rules.callback;

import dev.voicecampaign.core.callback.Callback;
import dev.voicecampaign.core.lifecycle.CampaignStatus;
import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.Optional;

/** What a callback request or delete came to. */
public sealed interface CallbackOutcome {
    /** Stored. */
    record Done(Callback callback) implements CallbackOutcome {
    }

    /** Removed. */
    record Cancelled(String id) implements CallbackOutcome {
    }

    /** The body broke the rules: every violation; nothing was stored. */
    record Invalid(Seq<Violation> violations) implements CallbackOutcome {
    }

    /**
     * The campaign may not call the number at that instant: every reason, each at the field it is about; when a later
     * instant is allowed ({@code WAIT}), the earliest one.
     */
    record NotAllowed(Seq<Violation> reasons, Optional<Instant> nextAllowedAt) implements CallbackOutcome {
    }

    /** No such campaign in the app. */
    record NotFound() implements CallbackOutcome {
    }

    /** No such callback of the campaign. */
    record CallbackNotFound(String id) implements CallbackOutcome {
    }

    /** The campaign is Stopped or Completed: it places no more calls. */
    record Closed(CampaignStatus status) implements CallbackOutcome {
    }
}
