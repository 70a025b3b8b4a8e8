package com.callcentre.workflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.callcentre.workflow.system.Validators;
import jakarta.validation.Validator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link KnownTicket} and the intake's phone rule: a repeat complaint names a ticket that exists. */
class KnownTicketTest {

    private final TicketRepository tickets = mock(TicketRepository.class);
    private final Validator validator = Validators.with(key -> key == KnownTicket.Check.class
            ? new KnownTicket.Check(tickets) : null);

    @Test
    void anExistingTicketPassesAnUnknownOneIsNamedAMalformedOneIsThePatterns() {
        when(tickets.exists("CS20300101-000001")).thenReturn(true);

        assertThat(problems(intake("CS20300101-000001", "13800138000"))).isEmpty();
        assertThat(problems(intake(null, "13800138000"))).isEmpty();
        assertThat(problems(intake("CS20300101-000002", "13800138000")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("repeatOf", "原工单不存在"));
        assertThat(problems(intake("no-ticket", "13800138000")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("repeatOf", "不是有效的工单号"));
        verify(tickets, never()).exists("no-ticket");
    }

    @Test
    void aPhoneIsAMobileOrAFixedLineWithItsAreaCode() {
        assertThat(problems(intake(null, "010-12345678"))).isEmpty();
        assertThat(problems(intake(null, "12345"))).containsOnlyKeys("customerPhone");
    }

    private Map<String, String> problems(ComplaintIntake intake) {
        return Validators.problems(validator, intake);
    }

    private static ComplaintIntake intake(String repeatOf, String phone) {
        return new ComplaintIntake(ComplaintIntake.Channel.HOTLINE, ComplaintIntake.ContactType.COMPLAINT,
                ComplaintIntake.Category.BILLING, "张三", phone, ComplaintIntake.VipLevel.NONE, "话费多扣", false,
                false, repeatOf, null, null);
    }
}
