package dev.voicecampaign.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.http.exchange.Headers;
import dev.voicecampaign.http.exchange.HttpResponse;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/**
 * What the embedded server tells the JDK's HTTP server before its first start (read once per JVM): no Nagle delay,
 * so a response written in two parts (a list page) is not held for the client's delayed ACK (about 40 ms a
 * request, measured on a kept-alive connection), and a field count past the byte limit, so the server's 431 answers.
 */
class JdkServerSettingsTest {
    @Test
    void theJdkServerSendsWithoutDelayAndCountsFieldsPastTheByteLimit() throws Exception {
        try (EmbeddedServer server = EmbeddedServer.start(new InetSocketAddress("127.0.0.1", 0), request -> new HttpResponse(204, Headers.of(), new byte[0]),
                ServerLimits.defaults())) {
            assertThat(server.port()).isPositive();
        }
        assertThat(System.getProperty("sun.net.httpserver.nodelay")).isEqualTo("true");
        assertThat(Long.parseLong(System.getProperty("sun.net.httpserver.drainAmount"))).isEqualTo(EmbeddedServer.REFUSED_BODY_DRAIN_BYTES);
        assertThat(Long.parseLong(System.getProperty("sun.net.httpserver.maxReqHeaders")))
                .isGreaterThan(ServerLimits.defaults().maxHeaderBytes() / 32);
    }
}
