package com.callcentre.workflow.ticketnote;

import com.callcentre.workflow.system.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file offered for a ticket, checked before anything is stored: a name (sanitised: no path, no
 * reserved characters), not empty, not over {@code ticketnote.attachments.max-size}, a declared type
 * on the allow-list and content that starts as that type does. Each refusal names the field
 * {@code file} in Chinese ({@link Refused}); the file is then not stored.
 */
@Component
class AttachmentIntake {

    static final String FIELD = "file";
    static final int MAX_NAME = 200;
    private static final String RESERVED = "<>:\"|?*";

    /** A refused file: the status (400, 413, 415) and what staff read. */
    static final class Refused extends RuntimeException {

        private final int status;

        Refused(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    /** A file fit to store. */
    record Checked(String fileName, String contentType, byte[] content, String sha256) {
    }

    private final AttachmentSettings settings;

    AttachmentIntake(AttachmentSettings settings) {
        this.settings = settings;
    }

    Checked check(MultipartFile file) {
        if (file == null) {
            throw InvalidInputException.of(FIELD, "必填：请选择要上传的文件（multipart/form-data 的 file 部分）");
        }
        String name = fileName(file.getOriginalFilename());
        if (file.isEmpty()) {
            throw InvalidInputException.of(FIELD, "文件为空");
        }
        if (file.getSize() > settings.getMaxSize().toBytes()) {
            throw new Refused(413, tooLarge());
        }
        String type = FileTypes.canonical(file.getContentType())
                .filter(t -> settings.getTypes().contains(t))
                .orElseThrow(() -> new Refused(415, "不支持的文件类型：" + shown(file.getContentType()) + "，允许的类型："
                        + String.join("、", settings.getTypes())));
        byte[] content = bytes(file);
        if (!FileTypes.matches(type, content)) {
            throw new Refused(415, "文件内容与声明的类型 " + type + " 不符");
        }
        return new Checked(name, type, content, sha256(content));
    }

    String tooLarge() {
        return "文件过大：每个文件最大 " + settings.getMaxSize().toMegabytes() + " MB";
    }

    /** The name without any path, reserved characters replaced; refused when none is left. */
    static String fileName(String original) {
        if (original == null || original.isBlank()) {
            throw InvalidInputException.of(FIELD, "缺少文件名");
        }
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1).strip();
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw InvalidInputException.of(FIELD, "文件名不能含有控制字符");
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            throw InvalidInputException.of(FIELD, "文件名最多 " + MAX_NAME + " 个字符");
        }
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints().forEach(c -> clean.appendCodePoint(RESERVED.indexOf(c) >= 0 ? '_' : c));
        String result = clean.toString();
        if (result.isEmpty() || result.chars().allMatch(c -> c == '.')) {
            throw InvalidInputException.of(FIELD, "文件名无效");
        }
        return result;
    }

    private static String shown(String declared) {
        if (declared == null || declared.isBlank()) {
            return "（未声明）";
        }
        return declared.length() > 100 ? declared.substring(0, 100) + "…" : declared;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> types() {
        return settings.getTypes();
    }

    long maxSize() {
        return settings.getMaxSize().toBytes();
    }
}
