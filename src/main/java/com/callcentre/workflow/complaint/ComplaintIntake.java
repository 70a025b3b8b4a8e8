package com.callcentre.workflow.complaint;

import com.callcentre.workflow.system.RequestRecords;
import com.callcentre.workflow.system.TypedInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What is taken in about a contact (CP-3), from the API ({@code @Valid}) or the Tasklist start
 * form ({@link RequestRecords#readKnown}) alike: one set of rules, these annotations. Messages
 * are Chinese: an agent sees them when the start form is refused.
 */
@TypedInput
public record ComplaintIntake(
        @NotNull(message = "必填") Channel channel,
        @NotNull(message = "必填") ContactType type,
        @NotNull(message = "必填") Category category,
        @NotBlank(message = "必填") @Size(max = 50, message = "最多 50 个字") String customerName,
        @NotBlank(message = "必填")
        @Pattern(regexp = PHONE, message = "不是有效的手机号或带区号的固定电话") String customerPhone,
        @NotNull(message = "必填") VipLevel vipLevel,
        @NotBlank(message = "必填") @Size(max = 2000, message = "最多 2000 个字") String description,
        @NotNull(message = "必填") Boolean resolvedAtFirstContact,
        @NotNull(message = "必填") Boolean major,
        @Pattern(regexp = TicketNumbers.PATTERN, message = "不是有效的工单号") @KnownTicket String repeatOf,
        Referral referral,
        @Size(max = 1000, message = "最多 1000 个字") String referralReason) {

    /** CP-10, CP-11: whether the agent passes the contact to the duty leader on duty, and why. */
    public enum Referral { NONE, CANNOT_SOLVE, DIFFICULT_CUSTOMER }

    /** Whether the contact goes to the duty leader (no choice is no referral). */
    public boolean referred() {
        return referral != null && referral != Referral.NONE;
    }


    /** A mainland mobile number, or a fixed-line number with its area code. */
    public static final String PHONE = "^(1[3-9]\\d{9}|0\\d{2,3}[- ]?\\d{7,8})$";

    /**
     * A number to look up as an agent may type it: {@link #PHONE}, also grouped ({@code 138-0013-8000},
     * {@code 138 0013 8000}) and with China's code in front ({@code +86 138 0013 8000},
     * {@code 008613800138000}, {@code +86 10 8888 8888}); the hash makes them one number
     * ({@link PhoneHash#digits}).
     */
    public static final String PHONE_AS_TYPED = "^(?:(?:\\+ ?|00)86[- ]?(?:1[3-9]\\d(?:[- ]?\\d{4}){2}"
            + "|[1-9]\\d{1,2}[- ]?\\d{7,8})|1[3-9]\\d(?:[- ]?\\d{4}){2}|0\\d{2,3}[- ]?\\d{7,8})$";

    /** CP-1: a contact's classification. */
    public enum ContactType { CONSULTATION, SERVICE_REQUEST, COMPLAINT }

    public enum Channel { HOTLINE, OUTBOUND_CALL, BUSINESS_HALL, ONLINE, TRANSFERRED }

    public enum Category { NETWORK, BILLING, SERVICE_ATTITUDE, PRODUCT, OTHER }

    public enum VipLevel { NONE, SILVER, GOLD, DIAMOND }
}
