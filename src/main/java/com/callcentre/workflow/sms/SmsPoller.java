package com.callcentre.workflow.sms;

import com.callcentre.workflow.complaint.TextableCustomer;
import com.callcentre.workflow.system.BusinessClock;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the due messages of {@code sms_outbox} (every 10 seconds by {@code sms.poll-cron}; "-"
 * switches it off). Each node claims a row by compare-and-set before it sends, so two nodes on one
 * database never send one row twice; a refused send is retried after a backoff that doubles, up to
 * {@code sms.max-attempts}, then the row is FAILED (the page shows it, the log says it). The phone
 * is read from the ticket at sending (CP-9); an erased one (CP-14) drops the message. A node killed
 * mid-send leaves its row SENDING; after {@code sms.claim-timeout} another node sends it again: a
 * rare duplicate with the same reference rather than a message lost.
 */
@Component
class SmsPoller {

    private static final Logger LOG = LoggerFactory.getLogger(SmsPoller.class);

    private final SmsOutbox outbox;
    private final SmsGateway gateway;
    private final TextableCustomer customers;
    private final SmsSettings settings;
    private final String node;

    @Autowired
    SmsPoller(SmsOutbox outbox, SmsGateway gateway, TextableCustomer customers, SmsSettings settings) {
        this(outbox, gateway, customers, settings, settings.nodeId().isBlank() ? defaultNode() : settings.nodeId());
    }

    SmsPoller(SmsOutbox outbox, SmsGateway gateway, TextableCustomer customers, SmsSettings settings, String node) {
        this.outbox = outbox;
        this.gateway = gateway;
        this.customers = customers;
        this.settings = settings;
        this.node = node.length() > 64 ? node.substring(0, 64) : node;
    }

    @Scheduled(cron = "${sms.poll-cron:*/10 * * * * *}", zone = "${centre.business-zone:Asia/Shanghai}")
    void poll() {
        try {
            deliverDue(BusinessClock.now());
        } catch (RuntimeException e) {
            // The database away: the next poll tries again; the rows are where they were.
            LOG.warn("SMS poll failed: {}", e.toString());
        }
    }

    /** Sends what is due at {@code now}; returns how many rows this node claimed. */
    int deliverDue(Instant now) {
        int claimed = 0;
        for (long id : outbox.due(now, settings.claimTimeout(), settings.batchSize())) {
            if (outbox.claim(id, node, now, settings.claimTimeout())) {
                claimed++;
                outbox.find(id).ifPresent(row -> deliver(row, now));
            }
        }
        return claimed;
    }

    private void deliver(SmsOutbox.Row row, Instant now) {
        Optional<String> phone = customers.mobile(row.ticketNo());
        if (phone.isEmpty()) {
            outbox.dropped(row.id(), node, "客户号码已删除或不是手机号", now);
            return;
        }
        try {
            gateway.send(new SmsGateway.Message("sms-" + row.id(), phone.get(), row.text()));
        } catch (RuntimeException e) {
            String error = e.getMessage() == null ? e.toString() : e.getMessage();
            if (row.attempts() >= settings.maxAttempts()) {
                outbox.failed(row.id(), node, error, now);
                LOG.error("SMS {} of ticket {} given up after {} attempts: {}", row.id(), row.ticketNo(),
                        row.attempts(), error);
            } else {
                outbox.retry(row.id(), node, error, now.plus(backoff(row.attempts())), now);
                LOG.warn("SMS {} of ticket {} not sent (attempt {}), retried later: {}", row.id(), row.ticketNo(),
                        row.attempts(), error);
            }
            return;
        }
        if (!outbox.sent(row.id(), node, now)) {
            LOG.warn("SMS {} sent, but its claim had been taken over by another node", row.id());
        }
    }

    /** The wait after the n-th failed attempt: sms.retry-backoff, doubled each time, at most sms.max-backoff. */
    Duration backoff(int attempts) {
        Duration wait = settings.retryBackoff().multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }

    String node() {
        return node;
    }

    private static String defaultNode() {
        byte[] random = new byte[3];
        ThreadLocalRandom.current().nextBytes(random);
        return ManagementFactory.getRuntimeMXBean().getName() + "-" + HexFormat.of().formatHex(random);
    }
}
