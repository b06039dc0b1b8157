package dev.voicecampaign.http.server;

import static dev.voicecampaign.http.server.HoldingHandler.holding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.http.hostile.RawHttp;
import dev.voicecampaign.http.hostile.RawHttp.Answer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link EmbeddedServer#stop()} in-process, made deterministic with a handler that holds a request
 * until the test releases it: the request in flight finishes and is answered, a new request on a
 * kept-alive connection is refused with 503 {@code shutting-down}, a new connection is refused or
 * answered the same way, and a request that outlives the grace is abandoned, not waited for forever.
 */
class GracefulStopTest {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theRequestInFlightFinishesWhileNewRequestsAreRefused() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        EmbeddedServer server = EmbeddedServer.start(new InetSocketAddress(LOOPBACK, 0), holding(entered, release), ServerLimits.defaults());
        try (ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
             Socket keptAlive = connect(server.port());
             Socket held = connect(server.port())) {
            assertThat(exchange(keptAlive, "/before").status()).isEqualTo(200);
            Future<Answer> heldAnswer = background.submit(() -> exchange(held, "/held"));
            assertThat(entered.await(30, TimeUnit.SECONDS)).as("the held request reached the handler").isTrue();

            assertThat(server.refuseNewRequests()).as("requests in flight when the stop begins").isEqualTo(1);
            Future<EmbeddedServer.StopReport> stop = background.submit(server::stop);

            Answer onKeptAlive = exchange(keptAlive, "/after");
            assertThat(onKeptAlive.status()).isEqualTo(503);
            assertThat(onKeptAlive.body()).contains("shutting-down");
            assertThat(onKeptAlive.header("connection")).isEqualToIgnoringCase("close");
            assertThat(onKeptAlive.header("retry-after")).isEqualTo("1");

            Answer onNewConnection = exchangeOnNewConnection(server.port(), "/new");
            assertThat(onNewConnection.status()).as("a new connection: refused, or answered 503").isIn(0, 503);

            assertThat(stop.isDone()).as("the stop waits for the held request").isFalse();
            release.countDown();
            Answer finished = heldAnswer.get(30, TimeUnit.SECONDS);
            assertThat(finished.status()).isEqualTo(200);
            assertThat(finished.body()).isEqualTo("done /held");

            EmbeddedServer.StopReport report = stop.get(30, TimeUnit.SECONDS);
            assertThat(report.inFlightAtStop()).isEqualTo(1);
            assertThat(report.drained()).isTrue();
            assertThat(exchangeOnNewConnection(server.port(), "/later").status()).as("nothing listens after the stop").isZero();
        } finally {
            release.countDown();
            server.close();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aRequestThatOutlivesTheGraceIsAbandonedWithoutAnAnswer() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        ServerLimits oneSecondGrace = ServerLimits.defaults().withShutdownGrace(Duration.ofSeconds(1));
        EmbeddedServer server = EmbeddedServer.start(new InetSocketAddress(LOOPBACK, 0), holding(entered, never), oneSecondGrace);
        try (ExecutorService background = Executors.newVirtualThreadPerTaskExecutor(); Socket held = connect(server.port())) {
            Future<Answer> heldAnswer = background.submit(() -> exchange(held, "/held"));
            assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();

            EmbeddedServer.StopReport report = background.submit(server::stop).get(30, TimeUnit.SECONDS);

            assertThat(report.inFlightAtStop()).isEqualTo(1);
            assertThat(report.abandoned()).isEqualTo(1);
            assertThat(report.drained()).isFalse();
            assertThat(heldAnswer.get(30, TimeUnit.SECONDS).status()).as("the abandoned request's connection closed, unanswered").isZero();
        } finally {
            never.countDown();
            server.close();
        }
    }

    private static Socket connect(int port) throws IOException {
        Socket socket = new Socket(LOOPBACK, port);
        socket.setSoTimeout(30_000);
        return socket;
    }

    private static Answer exchangeOnNewConnection(int port, String path) {
        try (Socket socket = connect(port)) {
            return exchange(socket, path);
        } catch (IOException e) {
            return Answer.NONE;
        }
    }

    /** One GET on a kept-alive HTTP/1.1 connection. */
    private static Answer exchange(Socket socket, String path) {
        try {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return RawHttp.read(socket.getInputStream());
        } catch (IOException e) {
            return Answer.NONE;
        }
    }
}
