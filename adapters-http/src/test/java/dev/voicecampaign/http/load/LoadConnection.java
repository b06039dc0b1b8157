package dev.voicecampaign.http.load;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One kept-alive HTTP/1.1 connection to the server on loopback, written and read by hand so the
 * load generator knows exactly how many connections it holds (one per virtual user) and spends
 * little of the machine on its own side. Reconnects after the server closes the connection.
 */
final class LoadConnection implements AutoCloseable {
    private static final int TIMEOUT_MILLIS = 30_000;

    /** A response: status and body. */
    record Response(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final int port;
    private final String fixedHeaders;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    /** {@code fixedHeaders}: header lines (each ending in CRLF) sent with every request, such as the token. */
    LoadConnection(int port, String fixedHeaders) {
        this.port = port;
        this.fixedHeaders = fixedHeaders;
    }

    /** Sends one request and reads the whole response; an {@link IOException} when none came (the connection is then dropped). */
    Response exchange(String method, String pathAndQuery, byte[] jsonBody) throws IOException {
        try {
            if (socket == null) connect();
            StringBuilder head = new StringBuilder(256 + fixedHeaders.length()).append(method).append(' ').append(pathAndQuery)
                    .append(" HTTP/1.1\r\nHost: 127.0.0.1:").append(port).append("\r\n").append(fixedHeaders);
            if (jsonBody != null) head.append("Content-Type: application/json\r\n");
            head.append("Content-Length: ").append(jsonBody == null ? 0 : jsonBody.length).append("\r\n\r\n");
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (jsonBody != null) out.write(jsonBody);
            out.flush();
            return read();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private void connect() throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.setSoTimeout(TIMEOUT_MILLIS);
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MILLIS);
        socket = s;
        in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
        out = new BufferedOutputStream(s.getOutputStream(), 16 * 1024);
    }

    private Response read() throws IOException {
        String statusLine = line();
        if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) throw new IOException("not an HTTP answer: " + statusLine);
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            if (colon < 0) continue;
            String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).strip();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> close = value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        byte[] body;
        if (chunked) {
            body = chunkedBody();
        } else if (length >= 0) {
            body = in.readNBytes((int) length);
            if (body.length < length) throw new EOFException("body cut short");
        } else {
            body = in.readAllBytes();
            close = true;
        }
        if (close) close();
        return new Response(status, body);
    }

    private byte[] chunkedBody() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line();
            int semicolon = size.indexOf(';');
            int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
            if (n == 0) {
                while (!line().isEmpty()) {
                    // trailers: none expected, skipped
                }
                return body.toByteArray();
            }
            byte[] chunk = in.readNBytes(n);
            if (chunk.length < n) throw new EOFException("chunk cut short");
            body.write(chunk);
            line();
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            int b = in.read();
            if (b < 0) throw new EOFException("connection closed by the server");
            if (b == '\n') break;
            if (b != '\r') line.append((char) b);
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket == null) return;
        try {
            socket.close();
        } catch (IOException e) {
            // already broken: nothing to release
        }
        socket = null;
    }
}
