package com.callcentre.workflow.system;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A query parameter the container cannot decode ({@code text=%ZZ}, or bytes that are not UTF-8)
 * is dropped by Tomcat while it parses the parameters, silently: a search without it is a wider
 * search than asked for (issue 16). {@link RequestHygiene} refuses such a request to {@code /api}
 * with a 400 naming the parameter, before anything reads the parameters.
 */
final class QueryDecoding {

    static final String MESSAGE = "无法解码（含无效的 % 编码或非 UTF-8 字符），未执行请求：请检查地址后重试";

    private QueryDecoding() {
    }

    /** The name of the first parameter of the raw query string that cannot be decoded, as far as it can be read. */
    static Optional<String> undecodable(String query) {
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            Optional<String> decodedName = decode(name);
            if (decodedName.isEmpty() || decode(value).isEmpty()) {
                String shown = decodedName.orElse(name);
                return Optional.of(shown.length() > 40 ? shown.substring(0, 40) + "…" : shown);
            }
        }
        return Optional.empty();
    }

    /** The error of the one shape (ApiError) for the parameter. */
    static ApiError error(String parameter) {
        return new ApiError(400, "查询参数 " + parameter + " " + MESSAGE, null,
                List.of(new InvalidInputException.FieldProblem(parameter, "无法解码")));
    }

    /** Percent-decoding as a form's query is encoded ({@code +} a space), strictly: empty when it cannot be. */
    static Optional<String> decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
