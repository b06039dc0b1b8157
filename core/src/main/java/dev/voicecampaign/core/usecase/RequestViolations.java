package dev.voicecampaign.core.usecase;

import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** Everything wrong with one request, from the reader of its body and from the rules, reported once. */
public final class RequestViolations {
    private RequestViolations() {
    }

    /**
     * The boundary's violations, then the rules' except those at or under a field the boundary already
     * rejected (a field with a wrong type is absent from the draft, and "required" would only repeat it).
     */
    public static Seq<Violation> merge(Seq<Violation> boundary, Seq<Violation> rules) {
        Seq<Violation> rejected = boundary.filter(Violation::isError);
        return boundary.appendAll(rules.reject(r -> rejected.exists(b -> r.path().startsWith(b.path()))));
    }

    /** As {@link #merge(Seq, Seq)} with the violations of {@code checked}, none when it is valid. */
    public static Seq<Violation> merge(Seq<Violation> boundary, Validation<Seq<Violation>, ?> checked) {
        return merge(boundary, checked.isInvalid() ? checked.getError() : List.empty());
    }
}
