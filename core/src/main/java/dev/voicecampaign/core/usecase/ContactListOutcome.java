package dev.voicecampaign.core.usecase;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.contactlist.ContactList;
import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.Seq;
import java.util.List;

/** What a change to a contact list did. */
public sealed interface ContactListOutcome {
    /** Done; {@code list} is what is stored (or was, for a delete). */
    record Done(ContactList list) implements ContactListOutcome {
    }

    /** The request broke the rules; nothing was written. */
    record Invalid(Seq<Violation> violations) implements ContactListOutcome {
    }

    /** The app already has a list of this compared name. */
    record NameTaken(String lname) implements ContactListOutcome {
    }

    /** No such list in this app. */
    record NotFound() implements ContactListOutcome {
    }

    /** Campaigns that are not Stopped or Completed name the list. */
    record InUse(List<CampaignId> campaigns) implements ContactListOutcome {
        public InUse {
            campaigns = List.copyOf(campaigns);
        }
    }
}
