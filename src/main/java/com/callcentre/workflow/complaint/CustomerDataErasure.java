package com.callcentre.workflow.complaint;

import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.ComplaintSettings;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * CP-14: expired customer data is destroyed. A ticket closed (archived, or closed as unreachable)
 * longer ago than {@code complaint.customer-data-retention} (default 180 days) loses the customer's
 * name and phone; the erasure is on its trail. Runs every hour ({@code complaint.customer-data-erasure-cron});
 * each ticket in a transaction of its own and only once, whichever node gets there first. Other
 * features' data on the ticket (notes, attachments) goes in the same transaction ({@link CustomerDataErased}).
 */
@Component
public class CustomerDataErasure {

    private static final Logger LOG = LoggerFactory.getLogger(CustomerDataErasure.class);
    static final String STEP = "eraseCustomerData";
    /** Tickets per run: a backlog (the first run after an upgrade) is worked off over a few runs. */
    static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final TicketTrail trail;
    private final ComplaintSettings settings;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    CustomerDataErasure(JdbcClient jdbc, TicketTrail trail, ComplaintSettings settings, TransactionTemplate transactions,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.trail = trail;
        this.settings = settings;
        this.transactions = transactions;
        this.events = events;
    }

    @Scheduled(cron = "${complaint.customer-data-erasure-cron:0 17 * * * *}", zone = "${centre.business-zone:Asia/Shanghai}")
    public void run() {
        int erased = eraseExpired();
        if (erased > 0) {
            LOG.info("CP-14: customer data of {} closed tickets erased", erased);
        }
    }

    /** The number of tickets whose customer data this call erased. */
    public int eraseExpired() {
        OffsetDateTime before = BusinessClock.timestamp().minus(settings.getCustomerDataRetention());
        List<String> due = jdbc.sql("""
                select ticket_no from ticket
                where closed_at is not null and closed_at < ? and customer_data_erased_at is null
                order by closed_at fetch first %d rows only""".formatted(BATCH))
                .param(before).query(String.class).list();
        int erased = 0;
        for (String ticketNo : due) {
            Boolean done = transactions.execute(status -> erase(ticketNo));
            erased += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return erased;
    }

    private boolean erase(String ticketNo) {
        int rows = jdbc.sql("""
                update ticket set customer_name = null, customer_phone = null, customer_phone_hash = null,
                    customer_data_erased_at = ?
                where ticket_no = ? and customer_data_erased_at is null""")
                .params(BusinessClock.timestamp(), ticketNo).update();
        if (rows == 1) {
            events.publishEvent(new CustomerDataErased(ticketNo));
            trail.record(ticketNo, STEP, "销毁客户资料", TicketTrail.SYSTEM, "ERASED",
                    "结案超过 " + settings.getCustomerDataRetention().toDays() + " 天，客户姓名和电话已按保存期限销毁（CP-14）");
        }
        return rows == 1;
    }
}
