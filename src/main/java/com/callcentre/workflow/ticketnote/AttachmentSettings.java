package com.callcentre.workflow.ticketnote;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code ticketnote.attachments.*} (docs/operations.md): the largest file a ticket takes and the
 * types it takes. Every configured type must be one {@link FileTypes} knows the first bytes of, or
 * the start fails: a type nobody can check is not allowed by accident.
 */
@ConfigurationProperties("ticketnote.attachments")
class AttachmentSettings {

    /** The largest file; the servlet's multipart limit follows it ({@link UploadLimits}). */
    private DataSize maxSize = DataSize.ofMegabytes(10);
    /** Media types allowed, canonical names ({@link FileTypes#KNOWN}). */
    private List<String> types = new ArrayList<>(FileTypes.KNOWN.keySet().stream().sorted().toList());

    public DataSize getMaxSize() {
        return maxSize;
    }

    public void setMaxSize(DataSize maxSize) {
        if (maxSize == null || maxSize.toBytes() <= 0) {
            throw new IllegalArgumentException("ticketnote.attachments.max-size must be positive");
        }
        this.maxSize = maxSize;
    }

    public List<String> getTypes() {
        return types;
    }

    public void setTypes(List<String> types) {
        List<String> unknown = types.stream().filter(t -> !FileTypes.KNOWN.containsKey(t)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("ticketnote.attachments.types: no check of the first bytes for "
                    + unknown + "; known: " + FileTypes.KNOWN.keySet());
        }
        this.types = List.copyOf(types);
    }
}
