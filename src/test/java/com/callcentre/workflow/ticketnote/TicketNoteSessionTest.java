package com.callcentre.workflow.ticketnote;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.Bodies;
import com.callcentre.workflow.WebappSession;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.callcentre.workflow.complaint.CustomerDataErasure;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Tasklist plugin's way in: a webapp session writes a ticket's notes and files only with its
 * CSRF token (a forged cross-site POST carries the cookie, not the token); and CP-14: notes and
 * files go with the customer's data when it expires.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class TicketNoteSessionTest {

    @LocalServerPort
    int port;
    @Autowired
    ComplaintFixture complaints;
    @Autowired
    CustomerDataErasure erasure;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aWebappSessionWritesWithItsCsrfTokenOnly() throws Exception {
        String ticket = complaints.register("agent1", ComplaintFixture.billingComplaint()).getBusinessKey();
        WebappSession tasklist = WebappSession.logIn(port, "agent1");
        String notes = "/api/tickets/" + ticket + "/notes";

        HttpResponse<String> forged = tasklist.client().send(HttpRequest.newBuilder(tasklist.uri(notes))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"text\":\"伪造\"}")).build(), BodyHandlers.ofString());
        assertThat(forged.statusCode()).as("no token: no session").isEqualTo(401);
        HttpResponse<String> wrong = tasklist.client().send(HttpRequest.newBuilder(tasklist.uri(notes))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", "0123456789ABCDEF")
                .POST(BodyPublishers.ofString("{\"text\":\"伪造\"}")).build(), BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);

        HttpResponse<String> added = tasklist.post(notes, Map.of("text", "来自任务表单"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        HttpResponse<String> upload = tasklist.client().send(HttpRequest.newBuilder(tasklist.uri(
                        "/api/tickets/" + ticket + "/attachments"))
                .header("Content-Type", "multipart/form-data; boundary=" + Uploads.BOUNDARY)
                .header("X-XSRF-TOKEN", tasklist.xsrfToken())
                .POST(BodyPublishers.ofByteArray(Uploads.body("file", "截图.png", "image/png", Uploads.PNG))).build(),
                BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        assertThat(tasklist.get(notes).body()).contains("来自任务表单");
        // Other writes to /api stay Basic-only, token or not.
        assertThat(tasklist.post("/api/complaints", ComplaintFixture.billingComplaint()).statusCode()).isEqualTo(401);
    }

    @Test
    void cp14NotesAndFilesAreDestroyedWithTheCustomersData() throws Exception {
        Instant closed = Instant.parse("2032-02-10T02:00:00Z");
        ClockUtil.setCurrentTime(Date.from(closed));
        // CP-1: a consultation answered at first contact is archived at once.
        String ticket = complaints.register("agent1", Bodies.with(Bodies.with(ComplaintFixture.billingComplaint(),
                "type", "CONSULTATION"), "resolvedAtFirstContact", true)).getBusinessKey();
        ApiClient api = new ApiClient(port);
        assertThat(api.post("/api/tickets/" + ticket + "/notes", "agent1", Map.of("text", "客户张先生的账单")).statusCode())
                .isEqualTo(201);
        assertThat(Uploads.upload(api, "/api/tickets/" + ticket + "/attachments", "agent1", "file", "账单.pdf",
                "application/pdf", Uploads.PDF).statusCode()).isEqualTo(201);

        ClockUtil.setCurrentTime(Date.from(closed.plus(Duration.ofDays(179))));
        erasure.eraseExpired();
        assertThat(count(ticket)).as("within the retention").isEqualTo(2);

        ClockUtil.setCurrentTime(Date.from(closed.plus(Duration.ofDays(181))));
        erasure.eraseExpired();
        assertThat(count(ticket)).isZero();
        assertThat(api.get("/api/tickets/" + ticket + "/notes", "agent1").body()).doesNotContain("张先生");
    }

    private long count(String ticket) {
        return jdbc.sql("select (select count(*) from ticket_note where ticket_no = :t)"
                + " + (select count(*) from ticket_attachment where ticket_no = :t)").param("t", ticket)
                .query(Long.class).single();
    }
}
