package com.callcentre.workflow.sms;

/**
 * Where a text goes out: chosen by {@code sms.gateway} ({@link LogSmsGateway}, {@link DemoSmsGateway},
 * {@link HttpSmsGateway}). A send that returns was accepted; one that throws was not, and is retried.
 */
interface SmsGateway {

    /** @param reference the message's own id ({@code sms-<outbox id>}), for the provider to tell repeats apart */
    record Message(String reference, String to, String text) {
    }

    void send(Message message);

    /** The gateway refused or could not be reached; its message says why, without the number. */
    class SendFailed extends RuntimeException {
        SendFailed(String message) {
            super(message);
        }

        SendFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
