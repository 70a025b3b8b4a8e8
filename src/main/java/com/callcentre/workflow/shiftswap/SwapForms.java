package com.callcentre.workflow.shiftswap;

import com.callcentre.workflow.staff.OnRoster;
import com.callcentre.workflow.staff.ShiftType;
import com.callcentre.workflow.system.InDateBounds;
import com.callcentre.workflow.system.TypedInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A swap request as given: {@link Body} by {@code POST /api/shift-swaps} (shifts by id), {@link Form}
 * by the Tasklist start form (a shift by id, or by date and type). Whose the shifts are and
 * whether they have begun is the roster's question ({@link SwapShifts}); whether the swap is
 * allowed {@link SwapRules}'.
 */
final class SwapForms {

    static final int MAX_REASON = 500;
    static final int MAX_NOTE = 2000;
    static final String COLLEAGUE = "必填，同事的用户名，例如 agent2";
    static final String SHIFT = "必填，班次编号";
    static final String REQUIRED = "必填";
    static final String REASON_LENGTH = "最多 500 个字";
    static final String NOTE_LENGTH = "最多 2000 个字";

    private SwapForms() {
    }

    /** {@code kind} left out is a swap; a cover (代班, SW-11) names no {@code colleagueShift}. */
    @TypedInput
    record Body(
            SwapKind kind,
            @NotNull(message = SHIFT) Long requesterShift,
            @NotBlank(message = COLLEAGUE) @OnRoster String colleague,
            Long colleagueShift,
            @NotBlank(message = REQUIRED) @Size(max = MAX_REASON, message = REASON_LENGTH) String reason,
            @Size(max = MAX_NOTE, message = NOTE_LENGTH) String handoverNote) {

        Form form() {
            return new Form(kind, requesterShift, null, null, colleague, colleagueShift, null, null, reason,
                    handoverNote);
        }
    }

    /** {@code …Shift} by id, or {@code …ShiftDate} and {@code …ShiftType}; a cover names no colleague's shift. */
    @TypedInput
    record Form(
            SwapKind kind,
            Long requesterShift,
            @InDateBounds LocalDate requesterShiftDate,
            ShiftType requesterShiftType,
            @NotBlank(message = COLLEAGUE) @OnRoster String colleague,
            Long colleagueShift,
            @InDateBounds LocalDate colleagueShiftDate,
            ShiftType colleagueShiftType,
            @NotBlank(message = REQUIRED) @Size(max = MAX_REASON, message = REASON_LENGTH) String reason,
            @Size(max = MAX_NOTE, message = NOTE_LENGTH) String handoverNote) {
    }
}
