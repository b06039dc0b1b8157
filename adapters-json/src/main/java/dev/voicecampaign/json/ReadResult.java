package dev.voicecampaign.json;

import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.Seq;
import java.util.Optional;

/**
 * What reading a request body gave: the draft (empty when the body is unusable: not JSON, not an
 * object, too large) and the problems found at the JSON boundary (wrong types, duplicate or unknown
 * keys). A draft may come with violations: fields with a wrong type are left absent in it.
 */
public record ReadResult<D>(Optional<D> draft, Seq<Violation> violations) {
    public boolean hasErrors() {
        return violations.exists(Violation::isError);
    }
}
