package com.callcentre.workflow.emergency;

import com.callcentre.workflow.system.TypedInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An emergency as {@code POST /api/emergencies} gives it (EM-1), the same fields as the Tasklist
 * start form {@code emergency-report}: every bad field is named at once (400), nothing is started.
 */
@TypedInput
record EmergencyReport(
        @NotNull(message = "必填，可选 [NETWORK_OUTAGE 网络中断, POWER_CUT 停电, FIRE 火灾, PRESS 媒体采访, "
                + "DATA_LEAK 数据泄露, OTHER 其他]") EmergencyKind kind,
        @NotBlank(message = "必填，发生了什么") @Size(max = 2000, message = "最多 2000 字") String situation,
        @NotBlank(message = "必填，发生地点") @Size(max = 200, message = "最多 200 字") String location) {
}
