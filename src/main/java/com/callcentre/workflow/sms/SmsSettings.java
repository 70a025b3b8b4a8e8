package com.callcentre.workflow.sms;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Text messages to customers, as configuration ({@code sms.*}): which gateway sends them, how the
 * poller retries, and the texts themselves (policy, not code).
 *
 * @param gateway      {@code log} (the default: written to the log, nothing sent), {@code demo} (kept
 *                     for {@code /api/demo/sms}) or {@code http} (the SMS provider, {@link Http})
 * @param batchSize    messages one poll claims at most
 * @param maxAttempts  attempts before a message is given up (FAILED)
 * @param retryBackoff the wait after the first failed attempt, doubled after each further one
 * @param maxBackoff   the longest wait between two attempts
 * @param claimTimeout a message SENDING for longer than this is taken to be its sender's, which
 *                     stopped (killed) mid-send, and is sent again by another poller
 * @param nodeId       this node's name in {@code claimed_by}; blank: process id, host and a random suffix
 */
@ConfigurationProperties("sms")
record SmsSettings(
        @DefaultValue("log") String gateway,
        @DefaultValue("20") int batchSize,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("PT1M") Duration retryBackoff,
        @DefaultValue("PT1H") Duration maxBackoff,
        @DefaultValue("PT5M") Duration claimTimeout,
        @DefaultValue("") String nodeId,
        @DefaultValue Http http,
        @DefaultValue Texts texts) {

    /**
     * The production gateway: a JSON POST of {@code {"reference","to","text"}} to {@code url} with
     * {@code Authorization: Bearer token}; any 2xx is taken as accepted.
     */
    record Http(URI url, @DefaultValue("") String token, @DefaultValue("PT5S") Duration connectTimeout,
            @DefaultValue("PT10S") Duration requestTimeout) {
    }

    /**
     * The texts, with the placeholders {@code {ticketNo}}, {@code {deadline}} (SL-1's time limit of
     * the customer's answer, in the centre's zone) and {@code {staffNo}} (the first-contact owner's
     * staff number, CP-13) only; an empty text sends no message of that kind.
     */
    record Texts(
            @DefaultValue("【客服中心】您的投诉已受理，工单号{ticketNo}，受理工号{staffNo}，我们将于{deadline}前答复您。") String registered,
            @DefaultValue("【客服中心】您的工单{ticketNo}已有处理结果，工号{staffNo}的客服将回访您。") String answered,
            @DefaultValue("【客服中心】您的工单{ticketNo}已办结归档，感谢您的支持。") String closed,
            @DefaultValue("【客服中心】我们多次致电未能联系到您，工单{ticketNo}已结案，如仍有问题请致电客服热线。") String closedUnreachable) {
    }
}
