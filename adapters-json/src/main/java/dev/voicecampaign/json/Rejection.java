package dev.voicecampaign.json;

import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.Seq;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * A refused request body: every violation found in it. {@link VoiceCampaignModule} writes it as the
 * 400 problem document the reference server answers, so a host can return one from its own
 * controllers and clients see one error format.
 */
public record Rejection(Seq<Violation> violations) {
    public Rejection {
        Objects.requireNonNull(violations, "violations");
    }

    /** The HTTP status this rejection is answered with. */
    public int status() {
        return 400;
    }

    /** The problem document ({@code application/problem+json}): errors first, then warnings. */
    public ObjectNode problem() {
        return ProblemWriter.invalid(violations);
    }
}
