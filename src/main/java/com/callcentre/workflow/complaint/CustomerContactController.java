package com.callcentre.workflow.complaint;

import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.identity.StaffGroups;
import com.callcentre.workflow.system.ApiError;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * CP-9 over HTTP: {@code GET /api/tasks/{taskId}/customer-contact} shows the full name and phone
 * to the worker of that callback or request for customer information (the forms link to the page
 * {@code /customer-contact/}, which calls it with the Tasklist session); each read is recorded.
 * {@code GET /api/customer-data-reads} lists the reads for quality inspectors.
 */
@RestController
class CustomerContactController {

    /** The most reads one answer lists. */
    static final int MAX_READS = 500;

    private final CustomerContacts contacts;
    private final CurrentUser currentUser;

    CustomerContactController(CustomerContacts contacts, CurrentUser currentUser) {
        this.contacts = contacts;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/tasks/{taskId}/customer-contact")
    ResponseEntity<?> contact(@PathVariable String taskId) {
        try {
            // Never kept by a browser or a proxy.
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(contacts.reveal(taskId));
        } catch (CustomerContacts.Refused refused) {
            return ApiError.of(refused.notFound() ? HttpStatus.NOT_FOUND : HttpStatus.FORBIDDEN, refused.getMessage());
        }
    }

    @GetMapping("/api/customer-data-reads")
    ResponseEntity<?> reads(@RequestParam Optional<String> ticketNo) {
        if (!currentUser.isInAny(List.of(StaffGroups.QUALITY_INSPECTOR, Groups.CAMUNDA_ADMIN))) {
            return ApiError.of(HttpStatus.FORBIDDEN, "只有质检员可以查看客户资料的查看记录（CP-9）");
        }
        return ResponseEntity.ok(contacts.reads(ticketNo.filter(t -> !t.isBlank()), MAX_READS));
    }
}
