package com.callcentre.workflow.sms;

import com.callcentre.workflow.complaint.PhoneHash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code sms.gateway=log} (the default): nothing is sent; the log says which message would have
 * gone to which masked number (CP-9), so a installation without a provider loses nothing silently.
 */
@Component
@ConditionalOnProperty(name = "sms.gateway", havingValue = "log", matchIfMissing = true)
class LogSmsGateway implements SmsGateway {

    private static final Logger LOG = LoggerFactory.getLogger(LogSmsGateway.class);

    @Override
    public void send(Message message) {
        LOG.info("SMS {} to {} not sent (sms.gateway=log): {} characters", message.reference(),
                PhoneHash.masked(message.to()), message.text().length());
    }
}
