package com.callcentre.workflow.attendance;

import com.callcentre.workflow.system.TypedInput;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a duty leader records for one shift ({@code PUT /api/attendance/{date}/{shift}/{userId}}).
 * Minutes left out are 0; each is checked against the shift's length by {@link RecordAttendance}.
 *
 * @param swapRequest SW-6: the swap (HB…) whose unclear handover caused the gap; the record is made
 *                    against both of its people
 */
@TypedInput
record AttendanceEntry(
        @NotNull(message = "必填，可选 [PRESENT, LATE, LEFT_EARLY, AWAY, ABSENT, LEAVE, SWAP]") AttendanceStatus status,
        @Min(value = 0, message = "迟到分钟数不能为负") @Max(value = 1440, message = "迟到分钟数不能超过 1440") Integer lateMinutes,
        @Min(value = 0, message = "早退分钟数不能为负") @Max(value = 1440, message = "早退分钟数不能超过 1440") Integer earlyMinutes,
        @Min(value = 0, message = "脱岗分钟数不能为负") @Max(value = 1440, message = "脱岗分钟数不能超过 1440") Integer awayMinutes,
        @Min(value = 0, message = "加班分钟数不能为负") @Max(value = 1440, message = "加班分钟数不能超过 1440") Integer overtimeMinutes,
        @Size(max = 1000, message = "备注不能超过 1000 字") String note,
        @Pattern(regexp = "HB\\d{8}-\\d{4,}", message = "换班单号格式如 HB20301105-0001") String swapRequest) {

    int late() {
        return lateMinutes == null ? 0 : lateMinutes;
    }

    int early() {
        return earlyMinutes == null ? 0 : earlyMinutes;
    }

    int away() {
        return awayMinutes == null ? 0 : awayMinutes;
    }

    int overtime() {
        return overtimeMinutes == null ? 0 : overtimeMinutes;
    }
}
