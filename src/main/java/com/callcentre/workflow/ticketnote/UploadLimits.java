package com.callcentre.workflow.ticketnote;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The servlet container's multipart limits follow {@code ticketnote.attachments.max-size} (the only
 * upload of the application): a file over it is refused while it is read, before it is held whole,
 * and answered 413 in the API's shape ({@link TicketNoteErrors}); the request may be a little larger
 * than the file (the form's boundaries and headers). Replaces Spring Boot's
 * {@code spring.servlet.multipart.max-*}; parts stay in memory up to 1 MB, beyond it in a temporary
 * file the container deletes after the request.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

    static final DataSize FORM_OVERHEAD = DataSize.ofKilobytes(64);

    @Bean
    MultipartConfigElement multipartConfigElement(AttachmentSettings settings) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(settings.getMaxSize());
        factory.setMaxRequestSize(DataSize.ofBytes(settings.getMaxSize().toBytes() + FORM_OVERHEAD.toBytes()));
        factory.setFileSizeThreshold(DataSize.ofMegabytes(1));
        return factory.createMultipartConfig();
    }
}
