package com.callcentre.workflow.notification;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code deliverMail} (发送邮件) of {@code mail-delivery}: sends one queued message, once. The
 * outbox row is claimed in a committed transaction of its own before SMTP is spoken to; a row
 * already SENT or held by another sender is left alone; a refused send gives the claim back
 * (FAILED) and is thrown, so the job retries (R3/PT5M) and then raises an incident, whose retry
 * in Cockpit sends it. A node that stops while SENDING (killed) leaves its job locked; once the
 * lock expires another node runs the same job, whose delivery takes the message over
 * (MailOutbox#claim): the trade-off is a duplicate in the rare case the server had taken it
 * before the crash, rather than an escalation lost; the duplicate carries the same Message-ID
 * ({@link Mailer}), so the reader's mail client shows it once.
 */
@Component("deliverMail")
class DeliverMail implements JavaDelegate {

    static final String OUTBOX_ID = "outboxId";
    private static final Logger LOG = LoggerFactory.getLogger(DeliverMail.class);

    private final MailOutbox outbox;
    private final Mailer mailer;

    DeliverMail(MailOutbox outbox, Mailer mailer) {
        this.outbox = outbox;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(OUTBOX_ID)).longValue();
        MailOutbox.Queued queued = outbox.queued(id).orElseThrow(
                () -> new ProcessEngineException("邮件 " + id + " 不在发件箱中"));
        MailOutbox.Claim claim = outbox.claim(queued.key(), execution.getProcessInstanceId());
        if (claim != MailOutbox.Claim.CLAIMED) {
            LOG.info("Mail {} not sent again: {}", queued.key(), claim);
            return;
        }
        try {
            mailer.send(queued);
        } catch (RuntimeException e) {
            outbox.markFailed(queued.key(), e.toString());
            throw new ProcessEngineException("邮件发送失败，稍后重试: " + queued.key().ticketNo() + " "
                    + queued.key().orderKey() + " " + queued.key().event() + " → " + queued.key().recipient() + ": "
                    + e.getMessage(), e);
        }
        outbox.markSent(queued.key());
        LOG.info("Mail {} sent", queued.key());
    }
}
