package dev.voicecampaign.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.contactlist.ContactList;
import dev.voicecampaign.core.contactlist.ListKind;
import dev.voicecampaign.core.port.SaveOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a killed process leaves of the file database keeps every acknowledged write, also once H2 reuses the space of
 * old chunks, which bounds the file: thousands of commits of one campaign leave kilobytes, not the megabytes of
 * every chunk kept. A copy of the file taken right after an update returned is what SIGKILL leaves:
 * the commit is in the operating system's hands, nothing more is written. Before {@link FileDatabaseRecovery}, H2's
 * quick recovery reopened such copies at an older chunk about once in five checks after space reuse began.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class KilledFileDatabaseTest {
    private static final int UPDATES = 6_000;
    private static final int CHECK_EVERY = 200;

    @TempDir
    Path work;

    @Test
    void aCopyTakenAfterAnyAcknowledgedUpdateReopensWithThatUpdate() throws IOException {
        DatabaseTarget.FileDatabase live = TempFileDatabases.under(work, "live");
        List<String> lost = new ArrayList<>();
        try (CampaignDatabase database = CampaignDatabase.open(live)) {
            StoredCampaign campaign = FullCampaigns.agentless();
            assertThat(database.repository().insert(campaign)).isInstanceOf(SaveOutcome.Saved.class);
            for (int i = 1; i <= UPDATES; i++) {
                StoredCampaign next = new StoredCampaign(campaign.id(), campaign.streamId(), campaign.campaign(), campaign.status(),
                        campaign.references(), campaign.schedule(), campaign.instanceId(), campaign.runEnds(), campaign.createdAt(),
                        campaign.createdAt().plusSeconds(i), 0);
                assertThat(database.repository().update(next, i - 1)).isInstanceOf(SaveOutcome.Saved.class);
                if (i % CHECK_EVERY == 0) {
                    DatabaseTarget.FileDatabase killed = TempFileDatabases.under(work, "killed");
                    Files.copy(file(live), file(killed), StandardCopyOption.REPLACE_EXISTING);
                    try (CampaignDatabase reopened = CampaignDatabase.open(killed)) {
                        long version = reopened.repository().find(campaign.streamId(), campaign.id()).orElseThrow().version();
                        if (version != i) lost.add("after update " + i + " the copy reopened at version " + version);
                    }
                }
            }
        }
        assertThat(lost).as("acknowledged updates lost").isEmpty();
        // 6,000 commits of at least a 4 KiB chunk each: over 23 MiB if H2 kept every chunk for its default 45 s (this
        // machine's runs end near 60 KiB: the bound leaves room for a machine committing several times faster)
        assertThat(Files.size(file(live))).as("bytes on disk for one campaign").isLessThan(16L * 1024 * 1024);
    }

    /** The contact-list and callback transactions commit outside the group commit: their commits are written through too. */
    @Test
    void aCopyTakenAfterAStoredListHoldsIt() throws IOException {
        DatabaseTarget.FileDatabase live = TempFileDatabases.under(work, "live");
        ContactList list = ContactList.created(new ResourceId("cl-killed"), FullCampaigns.STREAM, ListKind.CONTACTS, "Kept", Optional.empty(),
                Instant.parse("2026-12-06T10:00:00Z"));
        try (CampaignDatabase database = CampaignDatabase.open(live)) {
            assertThat(database.contactLists().insert(list)).isTrue();
            DatabaseTarget.FileDatabase killed = TempFileDatabases.under(work, "killed");
            Files.copy(file(live), file(killed), StandardCopyOption.REPLACE_EXISTING);
            try (CampaignDatabase reopened = CampaignDatabase.open(killed)) {
                assertThat(reopened.contactLists().find(FullCampaigns.STREAM, list.id())).as("the acknowledged list").isPresent();
            }
        }
    }

    private static Path file(DatabaseTarget.FileDatabase database) {
        return database.directory().resolve(DatabaseTarget.FileDatabase.NAME + ".mv.db");
    }
}
