package com.callcentre.workflow.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.callcentre.workflow.staff.OnRoster;
import com.callcentre.workflow.staff.Roster;
import com.callcentre.workflow.system.DateBounds;
import com.callcentre.workflow.system.Validators;
import jakarta.validation.Validator;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link LeaveForm.Period}: times in the business zone and the years allowed, the end after the start. */
class LeaveFormTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final Validator validator = Validators.with(key -> key == LeaveForm.Period.Check.class
            ? new LeaveForm.Period.Check(SHANGHAI)
            : key == OnRoster.Check.class ? new OnRoster.Check(mock(Roster.class)) : null);

    @Test
    void aPeriodWithOrWithoutOffsetPasses() {
        assertThat(problems("2030-01-08T08:00+08:00", "2030-01-08T16:00+08:00")).isEmpty();
        assertThat(problems("2030-01-08T08:00", "2030-01-08T16:00+08:00")).as("without offset: Shanghai").isEmpty();
    }

    @Test
    void theEndMustBeAfterTheStartAndAtMost366DaysLater() {
        assertThat(problems("2030-01-08T16:00+08:00", "2030-01-08T08:00+08:00"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("end", "结束时间须晚于开始时间"));
        assertThat(problems("2030-01-08T08:00+08:00", "2030-01-08T08:00"))
                .as("the same instant, one written without offset").containsOnlyKeys("end");
        assertThat(problems("2030-01-01T00:00+08:00", "2031-01-02T00:00+08:00")).isEmpty();
        assertThat(problems("2030-01-01T00:00+08:00", "2031-01-02T00:01+08:00"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("end", "一次请假最长 366 天"));
    }

    @Test
    void eachBadTimeIsNamed() {
        assertThat(problems("tomorrow", "2100-01-01T08:00+08:00"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("start", "不是有效时间，格式 yyyy-MM-ddTHH:mm+08:00",
                        "end", DateBounds.MESSAGE));
        assertThat(problems(null, null)).as("missing: @NotNull's message")
                .containsExactlyInAnyOrderEntriesOf(Map.of("start", LeaveForm.TIME_FORMAT, "end", LeaveForm.TIME_FORMAT));
    }

    private Map<String, String> problems(String start, String end) {
        return Validators.problems(validator, new LeaveForm(null, LeaveType.SICK, start, end, "发烧", null));
    }
}
