package dev.voicecampaign.http;

import static dev.voicecampaign.http.ServerFixture.V2;
import static dev.voicecampaign.http.ServerFixture.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.http.ServerFixture.Answer;
import dev.voicecampaign.json.GoldenSamples;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Many clients at once: distinct ids, no duplicate names, no update lost without the client being told. */
class ConcurrencyTest {
    final ServerFixture f = new ServerFixture();
    final String sample = new String(GoldenSamples.request("agentless-v2"));

    @AfterEach
    void stop() {
        f.close();
    }

    static <T> List<T> parallel(int n, java.util.function.IntFunction<T> task) throws Exception {
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<T>> futures = IntStream.range(0, n).mapToObj(i -> pool.submit((Callable<T>) () -> task.apply(i))).toList();
            List<T> out = new java.util.ArrayList<>();
            for (Future<T> fu : futures) out.add(fu.get());
            return out;
        }
    }

    @Test
    void parallelCreatesGetDistinctIds() throws Exception {
        List<Answer> answers = parallel(40, i -> f.call("POST", V2 + "/campaign",
                bytes(sample.replace("Product Feedback Voice Campaign-3.41", "Campaign " + i))));
        assertThat(answers).allMatch(a -> a.status() == 200);
        assertThat(answers.stream().map(a -> a.json().get("data").get("id").stringValue()).distinct()).hasSize(40);
    }

    @Test
    void parallelCreatesOfOneNameStoreExactlyOne() throws Exception {
        List<Answer> answers = parallel(20, i -> f.call("POST", V2 + "/campaign",
                bytes(sample.replace("Product Feedback Voice Campaign-3.41", i % 2 == 0 ? "Same Name" : "SAME NAME"))));
        assertThat(answers.stream().filter(a -> a.status() == 200)).hasSize(1);
        assertThat(answers.stream().filter(a -> a.status() == 409)).hasSize(19);
    }

    @Test
    void concurrentUpdatesAreEitherAppliedOrRefusedNeverLost() throws Exception {
        Answer created = f.call("POST", V2 + "/campaign", bytes(sample));
        String id = created.json().get("data").get("id").stringValue();
        List<Answer> answers = parallel(30, i -> f.call("PUT", V2 + "/campaign/" + id,
                bytes(sample.replace("This voice campaign", "Edit " + i + " of this campaign"))));
        long applied = answers.stream().filter(a -> a.status() == 200).count();
        assertThat(answers).allMatch(a -> a.status() == 200 || (a.status() == 409
                && a.json().get("type").stringValue().endsWith("/concurrent-update")));
        assertThat(applied).isPositive();
        var stored = f.state.service().get(ServerFixture.DEMO.streamId(), dev.voicecampaign.core.campaign.CampaignId.parse(id).get()).get();
        assertThat(stored.version()).as("creation, preparation, then one version per applied update").isEqualTo(1 + applied);
    }
}
