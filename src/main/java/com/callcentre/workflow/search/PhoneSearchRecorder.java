package com.callcentre.workflow.search;

import com.callcentre.workflow.complaint.CallerHistoryShown;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * CP-9: a caller's history shown at intake (CP-3, {@code POST /api/caller-history} and the answer of
 * {@code POST /api/complaints}) is a look at a number like a search by it: recorded in the same
 * {@link PhoneSearchLog}, in the same thread, so that a look that cannot be recorded fails.
 */
@Component
class PhoneSearchRecorder {

    private final PhoneSearchLog log;

    PhoneSearchRecorder(PhoneSearchLog log) {
        this.log = log;
    }

    @EventListener
    void on(CallerHistoryShown shown) {
        log.record(shown.readBy(), shown.phoneMasked(), shown.phoneHash(), shown.results());
    }
}
