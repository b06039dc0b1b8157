package dev.voicecampaign.core.port;

import dev.voicecampaign.core.campaign.StoredCampaign;

/** What a repository write did. Never an exception for these expected outcomes. */
public sealed interface SaveOutcome {
    /** Written; {@code campaign} is what is now stored. */
    record Saved(StoredCampaign campaign) implements SaveOutcome {
    }

    /** Another campaign of the stream already has this lower-case name. */
    record NameTaken(String lname) implements SaveOutcome {
    }

    /** The stored version is not the one the write expected: someone else changed it first. */
    record VersionConflict(long expected, long actual) implements SaveOutcome {
    }

    /** Nothing stored under that stream and id. */
    record NotFound() implements SaveOutcome {
    }
}
