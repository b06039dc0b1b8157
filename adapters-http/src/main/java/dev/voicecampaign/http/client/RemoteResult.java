package dev.voicecampaign.http.client;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.lifecycle.CampaignStatus;
import dev.voicecampaign.core.violation.Violation;
import java.util.List;

/** What a remote campaign API answered, in domain terms. */
public sealed interface RemoteResult {
    /** Accepted: the campaign's id and state as the remote reports them. */
    record Accepted(CampaignId id, CampaignStatus status) implements RemoteResult {
    }

    /** Refused before sending: the local rules found errors, so nothing went over the wire. */
    record RejectedLocally(List<Violation> violations) implements RemoteResult {
        public RejectedLocally {
            violations = List.copyOf(violations);
        }
    }

    /** Refused by the remote: its status and each problem it listed (pointer, code, message). */
    record Rejected(int status, String detail, List<Problem> problems) implements RemoteResult {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }

    /** The remote could not be reached or answered something we cannot read. */
    record Failed(String reason) implements RemoteResult {
    }

    /** One entry of a remote problem document. */
    record Problem(String pointer, String code, String message) {
    }
}
