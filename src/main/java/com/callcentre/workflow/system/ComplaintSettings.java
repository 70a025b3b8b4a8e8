package com.callcentre.workflow.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Configurable numbers of the complaint process (CP-7) and of ticket numbers. The model reads
 * them as {@code ${complaintSettings.…}}, so a change needs neither a model nor a code change.
 */
@Component("complaintSettings")
@ConfigurationProperties("complaint")
public class ComplaintSettings {

    /** Time between two callback attempts when the customer cannot be reached. */
    private Duration callbackRetryInterval = Duration.ofHours(2);
    /** Callback attempts before the ticket is closed as unreachable. */
    private int callbackMaxAttempts = 3;
    /** Reopenings to dispatch after an unsatisfied callback; the next goes to the duty leader. */
    private int maxReopenings = 2;
    /** Prefix of the ticket number. */
    private String ticketPrefix = "CS";
    /** CP-14: how long after closing a ticket keeps the customer's name and phone. */
    private Duration customerDataRetention = Duration.ofDays(180);

    public Duration getCustomerDataRetention() {
        return customerDataRetention;
    }

    public void setCustomerDataRetention(Duration customerDataRetention) {
        this.customerDataRetention = customerDataRetention;
    }

    /** ISO-8601 text, as the timer of {@code callbackRetryTimer} wants it. */
    public String getCallbackRetryInterval() {
        return callbackRetryInterval.toString();
    }

    public void setCallbackRetryInterval(Duration callbackRetryInterval) {
        this.callbackRetryInterval = callbackRetryInterval;
    }

    public int getCallbackMaxAttempts() {
        return callbackMaxAttempts;
    }

    public void setCallbackMaxAttempts(int callbackMaxAttempts) {
        this.callbackMaxAttempts = callbackMaxAttempts;
    }

    public int getMaxReopenings() {
        return maxReopenings;
    }

    public void setMaxReopenings(int maxReopenings) {
        this.maxReopenings = maxReopenings;
    }

    public String getTicketPrefix() {
        return ticketPrefix;
    }

    public void setTicketPrefix(String ticketPrefix) {
        this.ticketPrefix = ticketPrefix;
    }


}
