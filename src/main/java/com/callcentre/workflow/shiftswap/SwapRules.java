package com.callcentre.workflow.shiftswap;

import com.callcentre.workflow.calendar.HolidayCalendar;
import com.callcentre.workflow.staff.Absences;
import com.callcentre.workflow.staff.Employee;
import com.callcentre.workflow.staff.Roster;
import com.callcentre.workflow.staff.Shift;
import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.RuleRefusal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The swap rules (domain rules §5, seed 003 客服部换班制度), each in one method and only here:
 * the API, the start form's first step and the exchange all ask this class. A broken rule
 * throws {@link RuleRefusal} naming it. SW-2 (consent, then each duty leader) is the process
 * itself. SW-7 has two sides: a swap is refused here where either person has leave asked for
 * or approved on either shift ({@link Absences}); leave on a swapped shift is refused by the
 * leave feature (LV-9), via the shift's origin. A cover (代班, SW-11) meets the same rules for the
 * one shift that changes hands.
 */
@Component
public class SwapRules {

    /** SW-3: swaps a person may have in one calendar month. */
    static final int MAX_SWAPS_A_MONTH = 2;

    private final Roster roster;
    private final HolidayCalendar holidays;
    private final SwapRecords records;
    private final Absences leave;
    private final Duration minimumRest;

    SwapRules(Roster roster, HolidayCalendar holidays, SwapRecords records, Absences leave, SwapSettings settings) {
        this.roster = roster;
        this.holidays = holidays;
        this.records = records;
        this.leave = leave;
        this.minimumRest = settings.minimumRest();
    }

    /** Every rule for a new request, in this order: SW-6, SW-5, SW-8, SW-7, SW-4, SW-3. */
    void check(SwapRequest request) {
        handoverNoteGiven(request);
        sameJobAndSkill(request);
        noHolidayDuty(request);
        noLeave(request);
        noConsecutiveSwap(request, 0);
        enoughRest(request);
        atMostTwoAMonth(request, 0);
    }

    /**
     * Before an approved swap is exchanged: the rules time or a change of the roster since the
     * request may have broken (SW-10, SW-5, SW-8, SW-7, SW-4). The swap itself no longer counts
     * against itself.
     */
    void recheck(SwapRequest request, long swapId) {
        notBegun(request, BusinessClock.now());
        sameJobAndSkill(request);
        noHolidayDuty(request);
        noLeave(request);
        noConsecutiveSwap(request, swapId);
        enoughRest(request);
    }

    /**
     * SW-10: a shift that has begun is not exchanged: the approval would only record afterwards
     * a swap the two made privately.
     */
    void notBegun(SwapRequest request, Instant now) {
        for (Shift shift : request.shifts()) {
            if (!shift.start().isAfter(now)) {
                throw new RuleRefusal("SW-10", SwapTexts.shift(shift) + " 已开始，不能再交换：未经登记和批准的私自换班不允许");
            }
        }
    }

    /**
     * SW-7: neither person has leave asked for (pending) or approved on either shift: 换班和还班均
     * 不得请假.
     */
    void noLeave(SwapRequest request) {
        for (String userId : List.of(request.requester(), request.colleague())) {
            for (Shift shift : request.shifts()) {
                Optional<String> requested = leave.requestedBetween(userId, shift.start(), shift.end());
                if (requested.isPresent()) {
                    throw new RuleRefusal("SW-7", employee(userId).name() + " 在 " + SwapTexts.shift(shift)
                            + " 有待审批或已批准的请假（" + requested.get() + "），换班和还班均不得请假");
                }
            }
        }
    }

    /** SW-6: both hand over clearly, so the request carries a handover note. */
    void handoverNoteGiven(SwapRequest request) {
        if (request.handoverNote() == null || request.handoverNote().isBlank()) {
            throw new RuleRefusal("SW-6", "交接说明不能为空：换班双方必须交待清楚，交代不清造成误班、空班的按旷工处理",
                    "handoverNote");
        }
    }

    /** SW-5: same job type and the same skill level (初级 / 中级 / 高级). */
    void sameJobAndSkill(SwapRequest request) {
        Employee requester = employee(request.requester());
        Employee colleague = employee(request.colleague());
        if (requester.jobType() != colleague.jobType() || requester.skillLevel() != colleague.skillLevel()) {
            throw new RuleRefusal("SW-5", "换班须同工种、技术业务水平相当：" + describe(requester) + "，"
                    + describe(colleague));
        }
    }

    /** SW-8: staff on duty on a public-holiday break day may not swap. */
    void noHolidayDuty(SwapRequest request) {
        for (Shift shift : request.shifts()) {
            if (holidays.isBreakDay(shift.date())) {
                throw new RuleRefusal("SW-8", "节假日当班人员不允许换班：" + SwapTexts.shift(shift) + " 是节假日值班");
            }
        }
    }

    /**
     * SW-4, no consecutive swaps: neither shift was obtained by a swap, nor is offered in another
     * pending swap (approving both would swap a swapped shift). {@code swapId}: the swap being
     * checked, or 0 for a new one.
     */
    void noConsecutiveSwap(SwapRequest request, long swapId) {
        for (Shift shift : request.shifts()) {
            if (shift.origin() == Shift.Origin.SWAP) {
                throw new RuleRefusal("SW-4", SwapTexts.shift(shift) + " 是换班得来的班次，不允许连续换班");
            }
            if (records.pendingWith(shift.id(), swapId)) {
                throw new RuleRefusal("SW-4", SwapTexts.shift(shift) + " 已在另一换班申请中，不允许连续换班");
            }
        }
        // Swaps on consecutive days are consecutive swaps: neither person has another swap with a
        // shift on the day before, the same day or the day after either shift of this one.
        for (String userId : List.of(request.requester(), request.colleague())) {
            for (Shift shift : request.shifts()) {
                Optional<String> next = records.nextTo(userId, shift.date(), swapId);
                if (next.isPresent()) {
                    throw new RuleRefusal("SW-4", employee(userId).name() + " 已有换班申请 " + next.get() + " 与 "
                            + SwapTexts.shift(shift) + " 相邻（前后一天内），不允许连续换班");
                }
            }
        }
    }

    /**
     * SW-4, no back-to-back shifts (连班): after the exchange, each person's new shift keeps at
     * least {@code shift-swap.minimum-rest} from their other shifts of the day before, the day
     * itself and the day after. A cover (SW-11): the colleague's only, the requester takes nothing.
     */
    void enoughRest(SwapRequest request) {
        if (request.colleagueShift() != null) {
            restAfterExchange(request.requester(), request.colleagueShift(), request.requesterShift());
        }
        restAfterExchange(request.colleague(), request.requesterShift(), request.colleagueShift());
    }

    private void restAfterExchange(String userId, Shift taken, Shift given) {
        for (Shift other : roster.shiftsOf(userId, taken.date().minusDays(1), taken.date().plusDays(1))) {
            if (given != null && other.id() == given.id()) {
                continue;
            }
            Duration rest = restBetween(taken.start(), taken.end(), other);
            if (rest.compareTo(minimumRest) < 0) {
                String name = employee(userId).name();
                throw new RuleRefusal("SW-4", rest.isNegative()
                        ? "换班后 " + name + " 的 " + SwapTexts.shift(taken) + " 与其 " + SwapTexts.shift(other) + " 时间重叠"
                        : "换班后 " + name + " 的 " + SwapTexts.shift(taken) + " 与其 " + SwapTexts.shift(other)
                                + " 之间只休息 " + SwapTexts.duration(rest) + "，少于 " + SwapTexts.duration(minimumRest)
                                + "（换班者、还班者不允许连班）");
            }
        }
    }

    /** The rest between a shift from start to end (exclusive) and another; negative when they overlap. */
    static Duration restBetween(Instant start, Instant end, Shift other) {
        if (!other.end().isAfter(start)) {
            return Duration.between(other.end(), start);
        }
        if (!other.start().isBefore(end)) {
            return Duration.between(end, other.start());
        }
        return Duration.ofSeconds(-1);
    }

    /**
     * SW-3: at most two swaps a calendar month per person, pending and approved, as requester
     * or as colleague; counted for both people in the month of each shift.
     */
    void atMostTwoAMonth(SwapRequest request, long swapId) {
        Set<YearMonth> months = new LinkedHashSet<>();
        request.shifts().forEach(shift -> months.add(YearMonth.from(shift.date())));
        for (String userId : List.of(request.requester(), request.colleague())) {
            for (YearMonth month : months) {
                int swaps = records.countInMonth(userId, month, swapId);
                if (swaps >= MAX_SWAPS_A_MONTH) {
                    throw new RuleRefusal("SW-3", employee(userId).name() + " " + SwapTexts.month(month) + "已有 "
                            + swaps + " 次换班，每人每月换班不得超过 " + MAX_SWAPS_A_MONTH + " 次");
                }
            }
        }
    }

    private Employee employee(String userId) {
        return roster.employee(userId).orElseThrow(() -> new IllegalStateException("No employee " + userId));
    }

    private static String describe(Employee employee) {
        return employee.name() + " 为" + employee.jobType().label() + "、" + employee.skillLevel().label();
    }
}
