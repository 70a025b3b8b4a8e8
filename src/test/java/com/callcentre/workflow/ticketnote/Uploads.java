package com.callcentre.workflow.ticketnote;

import com.callcentre.workflow.ApiClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Multipart uploads over real HTTP, and files of each type by their first bytes. */
final class Uploads {

    static final String BOUNDARY = "----callcentre-test-boundary";
    static final byte[] PNG = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, new byte[64]);
    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] WAV = concat("RIFF\u0024\u0000\u0000\u0000WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1), new byte[32]);
    static final byte[] EXE = concat("MZ".getBytes(StandardCharsets.US_ASCII), new byte[128]);

    private Uploads() {
    }

    /** POST of one part {@code part} with this file name, declared type and content. */
    static HttpResponse<String> upload(ApiClient api, String path, String user, String part, String fileName,
            String contentType, byte[] content) throws IOException, InterruptedException {
        return api.send(api.request(path, user, ApiClient.password(user))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(BodyPublishers.ofByteArray(body(part, fileName, contentType, content))));
    }

    static byte[] body(String part, String fileName, String contentType, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
