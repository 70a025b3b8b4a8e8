/**
 * E-mail about tickets (CP-5, SL-2, SL-3, SL-4): who is told of a dispatch, a reminder, a breach
 * and an escalation ({@code RecipientRules}), what they read (Chinese templates under
 * {@code templates/mail/}, CP-9: only the recipient's own order, the phone masked, never the
 * customer's name), and how it is sent: the asynchronous {@code sendNotification} step, at most
 * once per (ticket, order, event, recipient) through the {@code mail_outbox} table. The demo
 * profile runs an SMTP server inside the application and shows what it caught on
 * {@code GET /api/demo/mail}.
 */
@OwnsTables({"mail_outbox"})
package com.callcentre.workflow.notification;

import com.callcentre.workflow.system.OwnsTables;

