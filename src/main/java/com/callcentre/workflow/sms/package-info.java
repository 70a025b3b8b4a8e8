/**
 * The customer kept informed by text message (seed 004: 及时向客户反馈处理进度; issue 16): at
 * registration (the ticket number, the time by which they will be answered), when the centre
 * accepts the departments' receipts (an answer that holds), and at closing. Texts are Chinese
 * templates in configuration ({@code sms.texts.*}) that can name the ticket, the deadline and a
 * staff number (工号), never a staff member's name nor anything internal (CP-13). Each message is
 * written to {@code sms_outbox} in the transaction of the step that causes it and sent by a poller
 * through the configured {@link com.callcentre.workflow.sms.SmsGateway} ({@code sms.gateway}:
 * {@code log}, {@code demo}, {@code http}); the demo profile shows what it caught on
 * {@code GET /api/demo/sms}.
 */
@OwnsTables({"sms_outbox"})
package com.callcentre.workflow.sms;

import com.callcentre.workflow.system.OwnsTables;
