package com.callcentre.workflow.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.callcentre.workflow.system.BusinessClock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * CP-13: a customer's text names staff by their staff number only. A template can reach the ticket
 * number, the deadline and the staff number, nothing else: one that asks for a name stops the start.
 */
class SmsTextsTest {

    private final BusinessClock shanghai = new BusinessClock(ZoneId.of("Asia/Shanghai"));

    static SmsSettings.Texts defaults() {
        return new SmsSettings.Texts("【客服中心】您的投诉已受理，工单号{ticketNo}，受理工号{staffNo}，我们将于{deadline}前答复您。",
                "【客服中心】您的工单{ticketNo}已有处理结果，工号{staffNo}的客服将回访您。",
                "【客服中心】您的工单{ticketNo}已办结归档，感谢您的支持。", "");
    }

    @Test
    void theRegistrationTextGivesTheTicketTheStaffNumberAndTheDeadlineInTheCentresZone() {
        SmsTexts texts = new SmsTexts(settings(defaults()), shanghai);

        assertThat(texts.render(SmsTexts.Kind.REGISTERED, "CS20261203-000007", "agent1",
                OffsetDateTime.parse("2026-12-05T06:30:00Z")))
                .hasValue("【客服中心】您的投诉已受理，工单号CS20261203-000007，受理工号agent1，我们将于12月5日 14:30前答复您。");
        assertThat(texts.render(SmsTexts.Kind.CLOSED_UNREACHABLE, "CS20261203-000007", "agent1", null))
                .as("an empty text switches the message off").isEmpty();
    }

    @Test
    void aTemplateAskingForAStaffNameStopsTheStart() {
        SmsSettings.Texts naming = new SmsSettings.Texts("您好，{ownerName}已受理工单{ticketNo}", "", "", "");

        assertThatThrownBy(() -> new SmsTexts(settings(naming), shanghai)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("{ownerName}").hasMessageContaining("CP-13");
    }

    @Test
    void whenTheCustomerIsTextedFollowsTheTicketsStatus() {
        assertThat(SmsTriggers.kindOf("REGISTERED", "AWAITING_DISPATCH")).isEqualTo(SmsTexts.Kind.REGISTERED);
        assertThat(SmsTriggers.kindOf("REGISTERED", "WITH_DUTY_LEADER")).isEqualTo(SmsTexts.Kind.REGISTERED);
        assertThat(SmsTriggers.kindOf("REGISTERED", "ARCHIVED")).as("settled at first contact").isNull();
        assertThat(SmsTriggers.kindOf("AT_DEPARTMENTS", "AWAITING_REVIEW")).as("a receipt not yet accepted").isNull();
        assertThat(SmsTriggers.kindOf("AWAITING_REVIEW", "AWAITING_CALLBACK")).isEqualTo(SmsTexts.Kind.ANSWERED);
        assertThat(SmsTriggers.kindOf("CALLBACK_RETRY_PENDING", "AWAITING_CALLBACK")).isNull();
        assertThat(SmsTriggers.kindOf("AWAITING_CALLBACK", "ARCHIVED")).isEqualTo(SmsTexts.Kind.CLOSED);
        assertThat(SmsTriggers.kindOf("WITH_DUTY_LEADER", "ARCHIVED")).isEqualTo(SmsTexts.Kind.CLOSED);
        assertThat(SmsTriggers.kindOf("CALLBACK_RETRY_PENDING", "CLOSED_UNREACHABLE"))
                .isEqualTo(SmsTexts.Kind.CLOSED_UNREACHABLE);
    }

    private static SmsSettings settings(SmsSettings.Texts texts) {
        return new SmsSettings("log", 20, 5, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(5), "",
                new SmsSettings.Http(null, "", Duration.ofSeconds(5), Duration.ofSeconds(10)), texts);
    }
}
