package dev.voicecampaign.json;

import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.Seq;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/**
 * Thrown by a mapper with {@link VoiceCampaignModule} when a campaign body cannot be read as a draft
 * (a wrong type, a repeated key, not an object, over a read limit). It carries every violation the
 * project's reader found, not only the first; {@link #rejection()} is the answer to send.
 */
public final class CampaignReadException extends DatabindException {
    private static final long serialVersionUID = 1L;
    private final transient Seq<Violation> violations;

    CampaignReadException(JsonParser parser, Seq<Violation> violations) {
        super(parser, summary(violations));
        this.violations = violations;
    }

    /** Every violation found while reading, errors and warnings, in document order. */
    public Seq<Violation> violations() {
        return violations;
    }

    /** The violations as the rejection to answer with. */
    public Rejection rejection() {
        return new Rejection(violations);
    }

    private static String summary(Seq<Violation> violations) {
        Seq<Violation> errors = violations.filter(Violation::isError);
        return errors.size() + (errors.size() == 1 ? " problem" : " problems") + " in the campaign body: "
                + errors.take(3).map(v -> v.code() + " at " + JsonPointers.of(v)).mkString("; ") + (errors.size() > 3 ? "; ..." : "");
    }
}
