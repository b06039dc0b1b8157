package dev.voicecampaign.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.contactlist.ContactList;
import dev.voicecampaign.core.contactlist.ListedContact;
import dev.voicecampaign.core.port.ContactListRepository;
import dev.voicecampaign.core.port.ContactListRepositoryContract;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The core's contact list contract on a database, plus what only a database can get wrong. */
abstract class JdbcContactListRepositoryContract extends ContactListRepositoryContract {
    private CampaignDatabase database;

    /** A target holding nothing yet. */
    protected abstract DatabaseTarget emptyTarget();

    @Override
    protected final ContactListRepository emptyRepository() {
        database = CampaignDatabase.open(emptyTarget());
        return database.contactLists();
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) database.close();
    }

    @Test
    void aLargeUploadIsStoredInOneCallAndReadBackInOrder() {
        ContactList l = list(A, "cl-big", "Big");
        database.contactLists().insert(l);
        List<ListedContact> many = IntStream.range(0, 20_000).mapToObj(i -> contact("c-" + i, "+1415" + (5_000_000 + i))).toList();
        assertThat(database.contactLists().addContacts(A, l.id(), many, T0).orElseThrow().added()).isEqualTo(20_000);
        assertThat(database.contactLists().contacts(A, l.id(), 19_990, 100).orElseThrow().items()).isEqualTo(many.subList(19_990, 20_000));
    }
}
