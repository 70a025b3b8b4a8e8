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
 * its index tells nothing, not even by hashing every possible number. {@code 138-0013-8000} and
 * {@code 13800138000} are one number.
 */
@Component
public class PhoneHash {

    private static final String ALGORITHM = "HmacSHA256";
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

    /** The digits of a number as typed; empty if it has none. */
    public static String digits(String phone) {
        return phone == null ? "" : phone.replaceAll("\\D", "");
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
