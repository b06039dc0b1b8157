package dev.voicecampaign.http.durability;

import java.util.HashSet;
import java.util.Set;

/** What one client did to one campaign, as far as it could tell: the crash and shutdown tests share it. */
final class AcknowledgedWrite {
    final String name;
    volatile String id;
    /** The description the server last acknowledged with 200 (the create's, then each update's). */
    volatile String acknowledged;
    /** A write sent but not answered: it may or may not have been applied. */
    volatile String unanswered;
    /** A write refused with 503 shutting-down: it must not have been applied. */
    volatile String refused;

    AcknowledgedWrite(String name) {
        this.name = name;
    }

    /** The descriptions the stored campaign may have: the last acknowledged one, or an unanswered one. */
    Set<String> allowedDescriptions() {
        Set<String> allowed = new HashSet<>();
        if (acknowledged != null) allowed.add(acknowledged);
        if (unanswered != null) allowed.add(unanswered);
        return allowed;
    }
}
