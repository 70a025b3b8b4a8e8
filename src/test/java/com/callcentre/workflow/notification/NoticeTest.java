package com.callcentre.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The step's input contract: what it reads, what it refuses, and the outbox key it makes. */
class NoticeTest {

    @Test
    void readsTheOrderAndTheTicketsFacts() {
        Map<String, Object> variables = Notices.variables("ESCALATION");
        variables.put("escalationLevel", "3");
        variables.put("dispatchRound", 2L);
        variables.put("major", true);
        variables.put("taskId", "t-1");
        Notice notice = Notices.read(variables);

        assertThat(notice.event()).isEqualTo(NotificationEvent.ESCALATION);
        assertThat(notice.level()).isEqualTo(3);
        assertThat(notice.department().name()).isEqualTo("计费部");
        assertThat(notice.round()).isEqualTo(2);
        assertThat(notice.major()).isTrue();
        assertThat(notice.clock()).isEqualTo(Notice.Clock.RESOLVE);
        assertThat(notice.orderKey()).isEqualTo("billing#2");
        assertThat(notice.eventKey()).isEqualTo("ESCALATION-3");
    }

    @Test
    void theOutboxKeyTellsOrdersRoundsClocksAndLevelsApart() {
        assertThat(Notices.of("DISPATCH").eventKey()).isEqualTo("DISPATCH");
        assertThat(Notices.of("REMINDER").eventKey()).isEqualTo("REMINDER-RESOLVE");
        Map<String, Object> acknowledge = Notices.variables("reminder");
        acknowledge.put("clock", "acknowledge");
        assertThat(Notices.read(acknowledge).eventKey()).isEqualTo("REMINDER-ACKNOWLEDGE");
        assertThat(Notices.of("BREACH").eventKey()).isEqualTo("BREACH-RESOLVE");

        Map<String, Object> ticketWide = Notices.variables("REMINDER");
        ticketWide.remove("department");
        assertThat(Notices.read(ticketWide).orderKey()).isEqualTo("-");
    }

    @Test
    void aSkippedLevelsNoticeHasOneKeyWhicheverEventBringsIt() {
        Recipient leader = new Recipient("Leader1@callcentre.example", "赵磊", Recipient.Role.INFORMED, "duty-leader");
        Map<String, Object> escalation = Notices.variables("ESCALATION");
        escalation.put("escalationLevel", 2);

        assertThat(MailOutbox.Key.of(Notices.of("BREACH"), leader))
                .isEqualTo(MailOutbox.Key.of(Notices.read(escalation), leader))
                .isEqualTo(new MailOutbox.Key("CS20261122-000042", "billing#1", "SKIP-NOTICE", "leader1@callcentre.example"));
    }

    @Test
    void refusesWhatTheModelGotWrong() {
        assertRefused(without("notificationEvent"), "notificationEvent");
        assertRefused(with("notificationEvent", "PARTY"), "PARTY");
        assertRefused(with("notificationEvent", "ESCALATION"), "escalationLevel");
        assertRefused(with("escalationLevel", "two", "notificationEvent", "ESCALATION"), "escalationLevel");
        assertRefused(without("dispatchRound"), "dispatchRound");
        assertRefused(with("department", "canteen"), "canteen");
        assertRefused(with("deadline", "tomorrow"), "deadline");
        assertRefused(without("category"), "category");
        Map<String, Object> dispatchWithoutOrder = without("department");
        assertRefused(dispatchWithoutOrder, "department");
        assertThatThrownBy(() -> Notice.read(null, Notices.variables("DISPATCH")::get, Notices.DEPARTMENTS))
                .hasMessageContaining("工单号");
    }

    private static void assertRefused(Map<String, Object> variables, String naming) {
        assertThatThrownBy(() -> Notices.read(variables)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(naming);
    }

    private static Map<String, Object> without(String name) {
        Map<String, Object> variables = Notices.variables("DISPATCH");
        variables.remove(name);
        return variables;
    }

    private static Map<String, Object> with(String... namesAndValues) {
        Map<String, Object> variables = Notices.variables("DISPATCH");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables;
    }
}
