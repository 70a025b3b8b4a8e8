package com.callcentre.workflow.dutylog;

import com.callcentre.workflow.complaint.KnownTicket;
import com.callcentre.workflow.system.TypedInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An entry as the duty leader on duty writes it over {@code POST /api/duty-log} (HO-3): every bad
 * field is named at once (400), nothing is written.
 *
 * @param ticketNo    the ticket the entry is about (it must exist), optional
 * @param emergencyNo the emergency it is about ({@code TF20300514-0001}), optional
 */
@TypedInput
record DutyLogForm(
        @NotNull(message = "必填，可选 [EVENT 事件, DIFFICULT 疑难问题, EMERGENCY 突发事件, REPORTED_UP 上报]")
        DutyLogKind kind,
        @NotBlank(message = "必填，日志内容") @Size(max = TEXT_MAX, message = "最多 2000 字") String text,
        @Pattern(regexp = "^[A-Z]{1,4}\\d{8}-\\d{6,}$", message = "不是有效的工单号") @KnownTicket(message = "工单不存在")
        String ticketNo,
        @Pattern(regexp = "^TF\\d{8}-\\d{4,}$", message = "不是有效的突发事件编号，例如 TF20300514-0001")
        String emergencyNo) {

    static final int TEXT_MAX = 2000;
}
