package com.callcentre.workflow.complaint;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * CP-9: the customer's phone in a form that can be searched but not read: HMAC-SHA256 of its
 * digits, keyed from configuration ({@code complaint.phone-hash-key}, docs/operations.md), as 64
 * hex characters in {@code ticket.customer_phone_hash}. Without the key a dump of the column or
 * its index tells nothing, not even by hashing every possible number. {@code 138-0013-8000},
 * {@code +86 138 0013 8000}, {@code 008613800138000} and {@code 13800138000} are one number ({@link #digits}).
 */
@Component
public class PhoneHash {

    private static final String ALGORITHM = "HmacSHA256";
    /** China's country calling code. */
    private static final String CHINA = "86";
    /** The public development default of application.yaml. */
    static final String DEVELOPMENT_KEY = "dev-only-phone-hash-key-not-for-production";

    private final SecretKeySpec key;

    @Autowired
    PhoneHash(@Value("${complaint.phone-hash-key}") String key, Environment environment) {
        this(key);
        if (DEVELOPMENT_KEY.equals(key) && !environment.acceptsProfiles(Profiles.of("demo"))) {
            LoggerFactory.getLogger(PhoneHash.class).warn("CP-9: complaint.phone-hash-key is the public development "
                    + "default; set COMPLAINT_PHONE_HASH_KEY (docs/operations.md)");
        }
    }

    PhoneHash(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("complaint.phone-hash-key is not set (docs/operations.md)");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /**
     * The digits of a number as typed, as dialled at home: China's country code in front
     * ({@code +86}, {@code 0086}, or {@code 86} before a mobile number) is dropped, and a fixed line
     * typed with it gets its trunk 0 back ({@code +86 10 8888 8888} is {@code 01088888888}). So
     * {@code +86 138 0013 8000}, {@code 008613800138000}, {@code 138-0013-8000} and
     * {@code 13800138000} are one number; a number typed without the code keeps its digits as
     * they were (its stored hash does not change). Empty if it has none.
     */
    public static String digits(String phone) {
        if (phone == null) {
            return "";
        }
        String digits = phone.replaceAll("\\D", "");
        String national;
        if (phone.strip().startsWith("+")) {
            if (!digits.startsWith(CHINA)) {
                return digits; // another country's number stays as typed
            }
            national = digits.substring(CHINA.length());
        } else if (digits.startsWith("00" + CHINA) && digits.length() > 12) {
            // The international prefix 0086 only before 9 or more national digits: an accepted plain
            // number has at most 12 (0 + area code + line), and 0086-1234567 stays as it was stored.
            national = digits.substring(CHINA.length() + 2);
        } else if (digits.length() == CHINA.length() + 11 && digits.startsWith(CHINA + "1")) {
            national = digits.substring(CHINA.length()); // 8613800138000: no Chinese number starts with 86
        } else {
            return digits;
        }
        boolean mobile = national.length() == 11 && national.startsWith("1");
        return mobile || national.isEmpty() || national.startsWith("0") ? national : "0" + national;
    }

    /** The keyed hash of the number's digits; {@code null} for a number without digits (or none). */
    public String of(String phone) {
        String digits = digits(phone);
        if (digits.isEmpty()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(digits.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The number masked as everywhere else (CP-9): {@code 138****8000}, from its digits. */
    public static String masked(String phone) {
        return Masking.phone(digits(phone));
    }
}
