package dev.voicecampaign.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.http.exchange.Headers;
import dev.voicecampaign.http.exchange.HttpResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A body over the limit is answered 413 while the client is still sending it; the server then reads and discards the
 * rest (up to a bound) before it closes, so the client reads the 413 instead of a connection reset.
 */
class RefusedBodyTest {
    static final int LIMIT = 1024 * 1024;

    /**
     * Sends a body of {@code size} bytes in 64 KiB writes (as chunks when {@code chunked}, as curl sends a body of unknown
     * length), then answers the status line of the final answer (a 100 Continue is skipped).
     */
    static String statusLineOfOversizedUpload(int port, int size, boolean chunked) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + size + "\r\n") + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            Thread writer = Thread.ofVirtual().start(() -> {
                byte[] chunk = new byte[64 * 1024];
                try {
                    for (int sent = 0; sent < size; sent += chunk.length) {
                        int n = Math.min(chunk.length, size - sent);
                        if (chunked) out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(chunk, 0, n);
                        if (chunked) out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    if (chunked) out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException e) {
                    // the server may close once it has read what it reads; the answer is what counts
                }
            });
            // as most clients do: the whole body first, then the answer
            writer.join();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            try {
                String status = in.readLine();
                while (status != null && status.startsWith("HTTP/1.1 100")) {
                    while (!in.readLine().isEmpty()) {
                        // the interim answer's headers
                    }
                    status = in.readLine();
                }
                return String.valueOf(status);
            } catch (IOException e) {
                return "failed: " + e.getMessage();
            }
        }
    }

    @Test
    void theJdkClientAlwaysReads413ForAnOversizedBody() throws Exception {
        try (EmbeddedServer server = EmbeddedServer.start(new InetSocketAddress("127.0.0.1", 0),
                request -> new HttpResponse(204, Headers.of(), new byte[0]), LIMIT);
             java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()) {
            List<String> answers = new ArrayList<>();
            for (int run = 0; run < 100; run++) {
                byte[] body = new byte[run % 2 == 0 ? 2 * 1024 * 1024 : 10 * 1024 * 1024];
                java.net.http.HttpRequest.BodyPublisher publisher = run % 4 < 2 ? java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)
                        : java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body));   // chunked
                try {
                    answers.add(Integer.toString(client.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://127.0.0.1:" + server.port() + "/upload")).POST(publisher).build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode()));
                } catch (IOException e) {
                    answers.add("failed: " + e);
                }
            }
            assertThat(answers).allSatisfy(status -> assertThat(status).isEqualTo("413"));
        }
    }

    @Test
    void aTwoAndATenMegabyteBodyAreAlwaysAnswered413() throws Exception {
        try (EmbeddedServer server = EmbeddedServer.start(new InetSocketAddress("127.0.0.1", 0),
                request -> new HttpResponse(204, Headers.of(), new byte[0]), LIMIT)) {
            List<String> answers = new ArrayList<>();
            for (int run = 0; run < 100; run++) {
                answers.add(statusLineOfOversizedUpload(server.port(), run % 2 == 0 ? 2 * 1024 * 1024 : 10 * 1024 * 1024, run % 4 >= 2));
            }
            assertThat(answers).allSatisfy(status -> assertThat(status).startsWith("HTTP/1.1 413"));
        }
    }
}
