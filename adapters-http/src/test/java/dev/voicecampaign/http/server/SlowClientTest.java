package dev.voicecampaign.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.http.exchange.Headers;
import dev.voicecampaign.http.exchange.HttpResponse;
import dev.voicecampaign.http.hostile.RawHttp;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A client that stops sending in the middle of a request does not hold its connection: headers that stop arriving
 * are closed after the idle time, a body that stops arriving is answered 408 after the request time, and the client
 * sees either long before its own 20 s timeout. No sleep: the client only waits for the server.
 */
class SlowClientTest {
    /** A request time of 1 s, an idle time of 2 s. */
    private static final ServerLimits SHORT = new ServerLimits(1024, 64 * 1024, 100, Duration.ofSeconds(1), Duration.ofSeconds(2), 8,
            Duration.ofSeconds(1));
    private static EmbeddedServer server;

    @BeforeAll
    static void start() throws IOException {
        server = EmbeddedServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                request -> new HttpResponse(200, Headers.of(), request.body()), SHORT);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void headersThatStopHalfWayCloseTheConnection() throws IOException {
        assertThat(stalled("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Le")).isEqualTo(RawHttp.Answer.NONE);
    }

    @Test
    void aBodyThatStopsHalfWayIsAnswered408() throws IOException {
        RawHttp.Answer answer = stalled("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n0123456789");
        assertThat(answer.status()).isEqualTo(408);
        assertThat(answer.header("content-type")).isEqualTo("application/problem+json");
        assertThat(answer.body()).contains("request-timeout");
    }

    /**
     * Sends the start of a request, then nothing, and reads what the server does about it: its answer, or
     * {@link RawHttp.Answer#NONE} when it closed the connection. A read that times out fails the test.
     */
    private static RawHttp.Answer stalled(String start) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(start.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return RawHttp.read(socket.getInputStream());
        }
    }
}
