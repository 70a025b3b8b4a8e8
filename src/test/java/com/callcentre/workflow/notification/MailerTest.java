package com.callcentre.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.junit.jupiter.api.Test;

class MailerTest {

    /** Not a scan of every jar per MIME part (docs/performance.md): the provider is named. */
    @Test
    void jakartaMailFindsItsStreamProviderByName() throws ClassNotFoundException {
        Class.forName(Mailer.class.getName(), true, Mailer.class.getClassLoader());

        assertThat(System.getProperty(Mailer.STREAM_PROVIDER)).isEqualTo(MailStreamProvider.class.getName());
        assertThat(StreamProvider.provider()).isInstanceOf(MailStreamProvider.class);
    }
}
