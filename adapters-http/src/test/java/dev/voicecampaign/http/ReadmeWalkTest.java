package dev.voicecampaign.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.callback.Callback;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.contactlist.ContactList;
import dev.voicecampaign.core.lifecycle.CampaignStatus;
import dev.voicecampaign.core.port.CampaignQuery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's walk, run as written with bash, curl and jq against a server on a free port: it creates a contact list
 * and a DNC list, starts a campaign on them, decides its contacts and schedules a callback. Needs {@code curl} and
 * {@code jq} on the PATH (CI has both).
 */
class ReadmeWalkTest {
    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    final ServerFixture f = new ServerFixture();

    @AfterEach
    void stop() {
        f.close();
    }

    static String walk() throws IOException {
        String readme = Files.readString(REPOSITORY.resolve("README.md"));
        String block = readme.substring(readme.indexOf("<!-- walk:start -->"), readme.indexOf("<!-- walk:end -->"));
        return block.substring(block.indexOf("```bash\n") + 8, block.lastIndexOf("```"));
    }

    static boolean onPath(String tool) {
        try {
            return new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @TempDir
    Path directory;

    @Test
    void theReadmeWalkCreatesListsRunsACampaignDecidesItsContactsAndSchedulesACallback() throws Exception {
        Assumptions.assumeTrue(onPath("curl") && onPath("jq"), "SKIPPED: the README's walk needs curl and jq on the PATH");
        f.clock.set(Instant.now());   // the walk reads the wall clock (jq now) for "now" and "tomorrow"; the server reads the same time
        Path output = directory.resolve("walk.out");
        String script = walk().replace("http://localhost:8080", "http://127.0.0.1:" + f.server.port());
        ProcessBuilder bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).directory(REPOSITORY.toFile()).redirectErrorStream(true);
        bash.environment().put("TOKEN", f.token(ServerFixture.DEMO));
        bash.redirectOutput(output.toFile());
        Process process = bash.start();
        boolean ended = process.waitFor(60, TimeUnit.SECONDS);
        if (!ended) process.destroyForcibly().waitFor();
        String printed = Files.readString(output);
        assertThat(ended).as("the walk ends within a minute; it printed: %s", printed).isTrue();
        assertThat(process.exitValue()).as(printed).isZero();

        List<ContactList> lists = f.state.contactLists().lists(ServerFixture.DEMO.streamId(), 0, 10).items();
        assertThat(lists).extracting(ContactList::name, ContactList::contacts).containsExactly(org.assertj.core.groups.Tuple.tuple("Spring Leads", 2L));
        assertThat(f.state.dncLists().lists(ServerFixture.DEMO.streamId(), 0, 10).items()).extracting(ContactList::contacts).containsExactly(1L);
        assertThat(printed).as("the upload reports the refused row").contains("contactList.contacts.phone.unreadable")
                .as("c-2 is on the DNC list").contains("decision.dnc");
        List<StoredCampaign> campaigns = f.state.service().list(ServerFixture.DEMO.streamId(), CampaignQuery.all()).items();
        assertThat(campaigns).extracting(StoredCampaign::status).containsExactly(CampaignStatus.ACTIVE);
        List<Callback> callbacks = f.state.callbacks().due(ServerFixture.DEMO.streamId(), campaigns.getFirst().id(), Instant.MIN, Instant.MAX, 0, 10)
                .orElseThrow().items();
        assertThat(callbacks).singleElement().satisfies(c -> {
            assertThat(c.contactId()).contains("c-1");
            assertThat(c.phone()).isEqualTo("+12125551234");
            assertThat(c.callContactAt()).isAfter(Instant.now());
        });
        assertThat(printed).contains("callback scheduled");
    }
}
