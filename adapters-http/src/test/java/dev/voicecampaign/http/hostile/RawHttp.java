package dev.voicecampaign.http.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Sends raw bytes to a server on loopback and reads one HTTP/1.1 answer, or notes that none came. */
public final class RawHttp {
    /** What came back: the status (0 when the connection closed or timed out without an answer), headers and body. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public static final Answer NONE = new Answer(0, Map.of(), "");

        /** A header by its lower-case name, or null. */
        public String header(String name) {
            return headers.get(name);
        }
    }

    private RawHttp() {
    }

    static Answer send(int port, byte[] request, boolean closeOutputAfter) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
                if (closeOutputAfter) socket.shutdownOutput();
            } catch (IOException e) {
                // the server may close early (a refused oversize body): read what it answered
            }
            return read(socket.getInputStream());
        } catch (SocketTimeoutException e) {
            return Answer.NONE;
        } catch (IOException e) {
            return Answer.NONE;
        }
    }

    /** Reads one answer off {@code in} (a kept-alive connection can be read again); {@link Answer#NONE} when none came. */
    public static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while (matched < 4 && (b = in.read()) >= 0) {
            head.write(b);
            matched = (b == '\r' || b == '\n') ? (matched + 1) : 0;
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        if (!text.startsWith("HTTP/1.1 ")) return Answer.NONE;
        String[] lines = text.split("\r\n");
        int status = Integer.parseInt(lines[0].substring(9, 12));
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) headers.put(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = in.readNBytes(length);
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }
}
