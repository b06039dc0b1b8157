package dev.voicecampaign.core.draft;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Immutable copies of a draft's lists. A draft keeps what the client sent, null entries included,
 * which {@link List#copyOf} refuses.
 */
final class DraftList {
    private DraftList() {
    }

    /** An unmodifiable copy of {@code list}, nulls kept; null stays null. */
    static <T> List<T> copyOf(List<? extends T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
