package dev.voicecampaign.json;

import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * The body of a route that is sent nothing (trigger, status): none at all, or a JSON object whose members
 * mean nothing here. What any other route refuses is refused here too: a body that is not JSON, exceeds a
 * limit, repeats a key, or is JSON but not an object.
 */
public final class EmptyBodyReader {
    private EmptyBodyReader() {
    }

    /** The errors that refuse the body; empty when it may be ignored. */
    public static Seq<Violation> read(byte[] body) {
        if (body == null || body.length == 0) return List.empty();
        JsonTreeReader.Tree tree = JsonTreeReader.read(body);
        return JsonTreeReader.<Void>unusable(tree).map(ReadResult::violations).orElseGet(() -> List.ofAll(tree.duplicates()));
    }
}
