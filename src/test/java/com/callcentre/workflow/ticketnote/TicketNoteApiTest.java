package com.callcentre.workflow.ticketnote;

import static com.callcentre.workflow.ApiClient.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A ticket's notes and attachments over real HTTP (issue 16): workers add, readers read, the
 * download's headers, and every refusal a clear 4xx with nothing stored.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class TicketNoteApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ComplaintFixture complaints;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcessEngine engine;
    ApiClient api;
    String ticket;

    /** A ticket of agent1, dispatched by manager1 to billing. */
    @BeforeEach
    void ticket() {
        api = new ApiClient(port);
        ticket = complaints.register("agent1", ComplaintFixture.billingComplaint()).getBusinessKey();
        complaints.complete("manager1", complaints.task(ticket, "dispatch"), Map.of("departments",
                SpinValues.jsonValue(Spin.JSON(List.of("billing")).toString()).create()));
    }

    @Test
    void workersAddNotesThatReadersSeeAsTyped() throws Exception {
        String typed = "客户说 <b>账单</b> [链接](http://evil.example)\n第二行";
        HttpResponse<String> added = api.post(notes(), "agent1", Map.of("text", typed));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode note = ApiClient.JSON.readTree(added.body());
        assertThat(ApiClient.fieldNames(note)).containsExactly("id", "author", "createdAt", "text");
        assertThat(note.path("author").asText()).isEqualTo("agent1");
        assertThat(note.path("text").asText()).isEqualTo(typed);
        assertThat(api.post(notes(), "billing1", Map.of("text", "部门已核实")).statusCode()).as("liaison").isEqualTo(201);
        assertThat(api.post(notes(), "manager1", Map.of("text", "请尽快处理")).statusCode()).isEqualTo(201);

        for (String reader : List.of("agent1", "billing1", "manager1", "inspector1", "director1")) {
            HttpResponse<String> list = api.get(notes(), reader);
            assertThat(list.statusCode()).as(reader).isEqualTo(200);
            assertThat(list.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
            JsonNode items = ApiClient.JSON.readTree(list.body()).path("items");
            assertThat(items).hasSize(3);
            assertThat(items.get(0).path("text").asText()).isEqualTo(typed);
            assertThat(items.get(1).path("author").asText()).isEqualTo("billing1");
        }
    }

    @Test
    void whoIsNoWorkerOrReaderIsRefusedAndAnUnknownTicketIsNotFound() throws Exception {
        // agent2: not the owner, no task of it, no department of it.
        HttpResponse<String> read = api.get(notes(), "agent2");
        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(ApiClient.JSON.readTree(read.body()).path("message").asText()).contains("无权");
        assertThat(api.get(attachments(), "agent2").statusCode()).isEqualTo(403);
        assertThat(api.post(notes(), "agent2", Map.of("text", "x")).statusCode()).isEqualTo(403);
        assertThat(Uploads.upload(api, attachments(), "agent2", "file", "a.png", "image/png", Uploads.PNG).statusCode())
                .isEqualTo(403);
        // network1: a department that has had no order for it.
        assertThat(api.get(notes(), "network1").statusCode()).isEqualTo(403);
        assertThat(api.post(notes(), "network1", Map.of("text", "x")).statusCode()).isEqualTo(403);
        // The quality inspector reads every ticket but works on none.
        assertThat(api.post(notes(), "inspector1", Map.of("text", "x")).statusCode()).isEqualTo(403);
        assertThat(Uploads.upload(api, attachments(), "inspector1", "file", "a.png", "image/png", Uploads.PNG)
                .statusCode()).isEqualTo(403);
        assertThat(api.get(notes(), null).statusCode()).isEqualTo(401);

        HttpResponse<String> unknown = api.get("/api/tickets/CS-NOPE-1/notes", "manager1");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(ApiClient.JSON.readTree(unknown.body()).path("message").asText()).contains("工单不存在");
        assertThat(api.post("/api/tickets/CS-NOPE-1/notes", "manager1", Map.of("text", "x")).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/tickets/CS-NOPE-1/attachments/1", "manager1").statusCode()).isEqualTo(404);
        assertThat(stored()).isZero();
    }

    @Test
    void anAgentWhoHasATaskOfTheTicketIsAWorker() throws Exception {
        // The ticket (agent1's) reaches its callback; the callback is handed to agent2, another agent.
        complaints.complete("billing1", complaints.task(ticket, "handleOrder"), Map.of("orderOutcome", "RESOLVED",
                "receipt", "已退费", "receiptCause", "核实属实", "receiptMeasures", "已整改"));
        complaints.complete("handler1", complaints.task(ticket, "reviewReceipt"), Map.of("receiptAccepted", true));
        assertThat(api.post(notes(), "agent2", Map.of("text", "x")).statusCode()).isEqualTo(403);

        engine.getTaskService().setAssignee(complaints.task(ticket, "callback").getId(), "agent2");

        assertThat(api.post(notes(), "agent2", Map.of("text", "已接手回访")).statusCode()).isEqualTo(201);
        assertThat(api.get(notes(), "agent2").statusCode()).as("a worker reads what they work on").isEqualTo(200);
        assertThat(api.get(notes(), "agent3").statusCode()).isEqualTo(403);
    }

    @Test
    void badNotesAreRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        HttpResponse<String> tooLong = api.post(notes(), "agent1", Map.of("text", "长".repeat(2001)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(errorFields(tooLong)).containsExactly("text");
        assertThat(ApiClient.JSON.readTree(tooLong.body()).path("errors").get(0).path("message").asText()).contains("2000");
        assertThat(errorFields(api.post(notes(), "agent1", Map.of("text", "  ")))).containsExactly("text");
        assertThat(errorFields(api.post(notes(), "agent1", Map.of()))).containsExactly("text");
        assertThat(errorFields(api.post(notes(), "agent1", Map.of("text", "a\u0000b")))).containsExactly("text");
        assertThat(errorFields(api.post(notes(), "agent1", Map.of("text", "a", "author", "manager1"))))
                .containsExactly("author");
        assertThat(api.postRaw(notes(), "agent1", "application/json", "{").statusCode()).isEqualTo(400);
        assertThat(api.post(notes(), "agent1", Map.of("text", "长".repeat(2000))).statusCode()).isEqualTo(201);
        assertThat(jdbc.sql("select count(*) from ticket_note where ticket_no = ?").param(ticket).query(Long.class)
                .single()).as("only the note of 2000").isEqualTo(1);
    }

    @Test
    void aFileIsUploadedListedAndDownloadedWithItsTypeAndName() throws Exception {
        HttpResponse<String> up = Uploads.upload(api, attachments(), "billing1", "file", "C:\\扫描\\账单 3月.pdf",
                "application/pdf", Uploads.PDF);
        assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
        JsonNode file = ApiClient.JSON.readTree(up.body());
        assertThat(file.path("fileName").asText()).as("no path").isEqualTo("账单 3月.pdf");
        assertThat(file.path("contentType").asText()).isEqualTo("application/pdf");
        assertThat(file.path("size").asLong()).isEqualTo(Uploads.PDF.length);
        assertThat(file.path("uploadedBy").asText()).isEqualTo("billing1");
        assertThat(file.path("sha256").asText()).isEqualTo(AttachmentIntake.sha256(Uploads.PDF));
        assertThat(Uploads.upload(api, attachments(), "agent1", "file", "录音.wav", "audio/x-wav", Uploads.WAV)
                .statusCode()).isEqualTo(201);

        JsonNode list = ApiClient.JSON.readTree(api.get(attachments(), "inspector1").body());
        assertThat(list.path("items")).hasSize(2);
        assertThat(list.path("items").get(1).path("contentType").asText()).isEqualTo("audio/wav");
        assertThat(list.path("maxSize").asLong()).isEqualTo(10L * 1024 * 1024);

        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(api.request(attachments() + "/"
                + file.path("id").asLong(), "agent1", "demo").GET().build(), BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(Uploads.PDF);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;").contains("filename*=UTF-8''%E8%B4%A6%E5%8D%95%203%E6%9C%88.pdf");
        assertThat(download.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(download.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(download.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("sandbox");

        String path = attachments() + "/" + file.path("id").asLong();
        assertThat(api.get(path, "agent2").statusCode()).as("not a reader").isEqualTo(403);
        assertThat(api.get(path, "network1").statusCode()).isEqualTo(403);
        String other = complaints.register("agent1", ComplaintFixture.billingComplaint()).getBusinessKey();
        assertThat(api.get("/api/tickets/" + other + "/attachments/" + file.path("id").asLong(), "agent1").statusCode())
                .as("another ticket's file through this ticket").isEqualTo(404);
        assertThat(api.get(attachments() + "/abc", "agent1").statusCode()).isEqualTo(404);
    }

    @Test
    void badFilesAreRefusedWithAClearAnswerAndNothingIsStored() throws Exception {
        assertRefused(Uploads.upload(api, attachments(), "agent1", "file", "run.exe", "application/x-msdownload",
                Uploads.EXE), 415, "不支持的文件类型");
        assertRefused(Uploads.upload(api, attachments(), "agent1", "file", "photo.png", "image/png", Uploads.EXE),
                415, "不符");
        assertRefused(Uploads.upload(api, attachments(), "agent1", "file", "bill.pdf", "image/png", Uploads.PDF),
                415, "不符");
        assertRefused(Uploads.upload(api, attachments(), "agent1", "file", "notes.txt", "text/plain", Uploads.PDF),
                415, "不符");
        assertRefused(Uploads.upload(api, attachments(), "agent1", "file", "x.png", null, Uploads.PNG), 415, "未声明");
        assertRefused(Uploads.upload(api, attachments(), "agent1", "file", "empty.png", "image/png", new byte[0]),
                400, "为空");
        assertRefused(Uploads.upload(api, attachments(), "agent1", "other", "a.png", "image/png", Uploads.PNG),
                400, "必填");
        assertRefused(Uploads.upload(api, attachments(), "agent1", "file", "..", "image/png", Uploads.PNG),
                400, "文件名");
        assertRefused(Uploads.upload(api, attachments(), "agent1", "file", "a\u0001.png", "image/png", Uploads.PNG),
                400, "控制字符");
        assertRefused(Uploads.upload(api, attachments(), "agent1", "file", "x".repeat(201) + ".png", "image/png",
                Uploads.PNG), 400, "200");
        assertRefused(api.postRaw(attachments(), "agent1", "application/json", "{\"file\":\"x\"}"), 400, "multipart");
        byte[] big = Uploads.concat(Uploads.PNG, new byte[10 * 1024 * 1024 + 1 - Uploads.PNG.length]);
        assertRefused(Uploads.upload(api, attachments(), "agent1", "file", "big.png", "image/png", big), 413, "10 MB");
        assertThat(stored()).as("nothing stored on any refusal").isZero();

        // The limit itself is taken; a name with reserved characters is cleaned.
        byte[] limit = Uploads.concat(Uploads.PNG, new byte[10 * 1024 * 1024 - Uploads.PNG.length]);
        HttpResponse<String> ok = Uploads.upload(api, attachments(), "agent1", "file", "a<b>:c.png", "image/jpg;x=1",
                Uploads.concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, new byte[10]));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        assertThat(ApiClient.JSON.readTree(ok.body()).path("fileName").asText()).isEqualTo("a_b__c.png");
        assertThat(ApiClient.JSON.readTree(ok.body()).path("contentType").asText()).isEqualTo("image/jpeg");
        assertThat(Uploads.upload(api, attachments(), "agent1", "file", "max.png", "image/png", limit).statusCode())
                .isEqualTo(201);
        assertThat(Uploads.upload(api, attachments(), "agent1", "file", "说明.txt", "text/plain; charset=UTF-8",
                "客户来电记录".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(201);
    }

    private void assertRefused(HttpResponse<String> response, int status, String words) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = ApiClient.JSON.readTree(response.body());
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(errorFields(response)).containsExactly("file");
        assertThat(body.toString()).contains(words);
    }

    private long stored() {
        return jdbc.sql("select (select count(*) from ticket_note where ticket_no = :t)"
                + " + (select count(*) from ticket_attachment where ticket_no = :t)").param("t", ticket)
                .query(Long.class).single();
    }

    private String notes() {
        return "/api/tickets/" + ticket + "/notes";
    }

    private String attachments() {
        return "/api/tickets/" + ticket + "/attachments";
    }
}
