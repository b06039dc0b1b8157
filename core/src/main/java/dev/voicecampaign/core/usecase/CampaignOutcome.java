package dev.voicecampaign.core.usecase;

import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.lifecycle.CampaignStatus;
import dev.voicecampaign.core.lifecycle.EditableField;
import dev.voicecampaign.core.lifecycle.IllegalTransition;
import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.Seq;
import java.util.Set;

/**
 * What a use case did. Every expected refusal is a case here, never an exception, and every refusal
 * leaves the repository exactly as it was, but {@link Unresolvable}, which says so. Adapters switch over it (HTTP: 200/400/404/409).
 */
public sealed interface CampaignOutcome {
    /** Accepted; {@code campaign} is what is stored now, {@code warnings} are non-blocking findings. */
    record Done(StoredCampaign campaign, Seq<Violation> warnings) implements CampaignOutcome {
    }

    /** The draft broke rules: every violation, errors first. */
    record Invalid(Seq<Violation> violations) implements CampaignOutcome {
    }

    /** No such campaign in this stream (other streams' campaigns are invisible). */
    record NotFound() implements CampaignOutcome {
    }

    /** Another campaign of the stream already uses this name in its compared form ({@code lname}). */
    record NameTaken(String lname) implements CampaignOutcome {
    }

    /** The update changes fields the campaign's state does not let change. */
    record NotEditable(CampaignStatus status, Set<EditableField> refused) implements CampaignOutcome {
    }

    /** The lifecycle does not allow this event (or deletion) in the campaign's state. */
    record Refused(IllegalTransition transition) implements CampaignOutcome {
    }

    /**
     * At {@code play} the campaign's contact lists, DNC list, queue or flow could no longer all be found, so it
     * was not started: it is stored as {@code Failed} ({@code campaign}), the one refusal that changes what is
     * stored, so that its state says why it cannot run. An update naming lists that exist makes it Ready again.
     */
    record Unresolvable(StoredCampaign campaign) implements CampaignOutcome {
    }

    /** The campaign's state does not allow deletion (it is dialing or paused: stop it first). */
    record NotDeletable(CampaignStatus status) implements CampaignOutcome {
    }

    /** Someone else changed the campaign between our read and our write; retry with fresh data. */
    record Conflict(long expectedVersion, long actualVersion) implements CampaignOutcome {
    }

    /**
     * The caller expected the campaign at {@code expectedVersion} (the version it read) but it is at
     * {@code currentVersion}: someone changed it since. Nothing was written; read it again and reapply.
     */
    record Stale(long expectedVersion, long currentVersion) implements CampaignOutcome {
    }
}
