package com.callcentre.workflow.search;

import com.callcentre.workflow.complaint.ComplaintIntake;
import com.callcentre.workflow.complaint.ComplaintIntake.Category;
import com.callcentre.workflow.system.TypedInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * What the intake form asks {@code POST /api/caller-history} (CP-3): the caller's number, in a body
 * so that it never reaches an access log, as the intake takes it, and the category of the call.
 *
 * @param phone    the customer's number, by the intake's rule (a mobile number, or a fixed line with
 *                 its area code), also as typed with +86 / 0086 or grouped ({@code ComplaintIntake.PHONE_AS_TYPED})
 * @param category the category chosen so far; none: only an open ticket is proposed
 */
@TypedInput
record CallerHistoryQuery(
        @NotBlank(message = "必填")
        @Pattern(regexp = ComplaintIntake.PHONE_AS_TYPED, message = "不是有效的手机号或带区号的固定电话") String phone,
        Category category) {
}
