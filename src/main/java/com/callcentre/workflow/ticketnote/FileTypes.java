package com.callcentre.workflow.ticketnote;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The file types an attachment may have, each with the check of the file's first bytes (its magic
 * number): a file is taken only when its declared type is allowed AND its content starts as that
 * type does. A renamed executable declared as a PNG is refused. Names browsers use for the same
 * type ({@code image/jpg}, {@code audio/x-wav}, {@code audio/x-m4a}) are read as the canonical one.
 */
final class FileTypes {

    /** Canonical media type to the check of its first bytes. */
    static final Map<String, Predicate<byte[]>> KNOWN = Map.of(
            "application/pdf", b -> startsWith(b, 0, "%PDF-"),
            "image/png", b -> startsWith(b, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
            "image/jpeg", b -> startsWith(b, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            "text/plain", FileTypes::looksLikeText,
            "audio/mpeg", b -> startsWith(b, 0, "ID3") || b.length > 1 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xE0) == 0xE0,
            "audio/wav", b -> startsWith(b, 0, "RIFF") && startsWith(b, 8, "WAVE"),
            "audio/mp4", b -> startsWith(b, 4, "ftyp"));

    /** Other names of the known types. */
    static final Map<String, String> ALIASES = Map.of(
            "image/jpg", "image/jpeg",
            "image/pjpeg", "image/jpeg",
            "audio/mp3", "audio/mpeg",
            "audio/x-wav", "audio/wav",
            "audio/wave", "audio/wav",
            "audio/vnd.wave", "audio/wav",
            "audio/x-m4a", "audio/mp4",
            "audio/m4a", "audio/mp4");

    /** Signatures of binary formats a text file never starts with. */
    private static final String[] BINARY = {"%PDF-", "\u0089PNG", "PK\u0003\u0004", "MZ", "\u007FELF", "GIF8"};

    private FileTypes() {
    }

    /** The canonical name of a declared type ({@code Content-Type} of the part, parameters dropped). */
    static Optional<String> canonical(String declared) {
        if (declared == null || declared.isBlank()) {
            return Optional.empty();
        }
        String type = declared.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return Optional.of(ALIASES.getOrDefault(type, type));
    }

    /** Whether the content starts as files of this (known) type do. */
    static boolean matches(String canonicalType, byte[] content) {
        return KNOWN.getOrDefault(canonicalType, b -> false).test(content);
    }

    /** Text: no NUL byte in its first 8 KB and no binary format's signature at its start. */
    private static boolean looksLikeText(byte[] b) {
        for (int i = 0; i < Math.min(b.length, 8192); i++) {
            if (b[i] == 0) {
                return false;
            }
        }
        for (String signature : BINARY) {
            if (startsWith(b, 0, signature.getBytes(StandardCharsets.ISO_8859_1))) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] content, int at, String ascii) {
        return startsWith(content, at, ascii.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean startsWith(byte[] content, int at, byte[] signature) {
        if (content.length < at + signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[at + i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
