package com.callcentre.workflow.sms;

import com.callcentre.workflow.system.BusinessClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code sms.gateway=demo} (the demo profile): nothing leaves the application; the last messages
 * are kept in memory for {@code GET /api/demo/sms} and lost at restart.
 */
@Component
@ConditionalOnProperty(name = "sms.gateway", havingValue = "demo")
class DemoSmsGateway implements SmsGateway {

    /** A message as the demo page shows it. */
    record Caught(Instant time, String reference, String to, String text) {
    }

    static final int KEPT = 500;
    private final List<Caught> caught = new ArrayList<>();

    @Override
    public synchronized void send(Message message) {
        caught.add(new Caught(BusinessClock.now(), message.reference(), message.to(), message.text()));
        if (caught.size() > KEPT) {
            caught.remove(0);
        }
    }

    synchronized List<Caught> caught() {
        return List.copyOf(caught);
    }
}
