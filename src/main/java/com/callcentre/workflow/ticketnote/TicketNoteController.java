package com.callcentre.workflow.ticketnote;

import com.callcentre.workflow.complaint.TicketSearch;
import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.system.ApiError;
import com.callcentre.workflow.system.RequestRecords;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * A ticket's notes and files (issue 16): {@code GET/POST /api/tickets/{ticketNo}/notes},
 * {@code GET/POST /api/tickets/{ticketNo}/attachments} (upload: multipart part {@code file}) and
 * {@code GET /api/tickets/{ticketNo}/attachments/{id}} (download). An unknown ticket is a 404, a
 * reader who may not ({@link TicketWorkers}) a 403, both before the body is looked at; a bad body
 * a 4xx naming its field, with nothing stored.
 */
@RestController
@RequestMapping("/api/tickets/{ticketNo}")
class TicketNoteController {

    /** The multipart form of an upload, for the API document. */
    record UploadForm(@Schema(type = "string", format = "binary", description = "文件") String file) {
    }

    record Notes(List<TicketNotes.Note> items) {
    }

    record Attachments(List<TicketAttachments.Attachment> items, long maxSize, List<String> types) {
    }

    private final TicketWorkers workers;
    private final TicketNotes notes;
    private final TicketAttachments attachments;
    private final AttachmentIntake intake;
    private final RequestRecords records;
    private final CurrentUser currentUser;

    TicketNoteController(TicketWorkers workers, TicketNotes notes, TicketAttachments attachments,
            AttachmentIntake intake, RequestRecords records, CurrentUser currentUser) {
        this.workers = workers;
        this.notes = notes;
        this.attachments = attachments;
        this.intake = intake;
        this.records = records;
        this.currentUser = currentUser;
    }

    @GetMapping("/notes")
    ResponseEntity<?> notes(@PathVariable String ticketNo) {
        return reading(ticketNo, t -> noStore().body(new Notes(notes.of(t.ticketNo()))));
    }

    @PostMapping("/notes")
    @ApiResponse(responseCode = "201", description = "已添加的备注",
            content = @Content(schema = @Schema(implementation = TicketNotes.Note.class)))
    ResponseEntity<?> addNote(@PathVariable String ticketNo, @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true, content = @Content(schema = @Schema(implementation = NoteBody.class)))
            @RequestBody(required = false) JsonNode body) {
        return working(ticketNo, t -> {
            NoteBody note = records.read(body == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : body,
                    NoteBody.class);
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(notes.add(t.ticketNo(), currentUser.id().orElseThrow(), note.text()));
        });
    }

    @GetMapping("/attachments")
    ResponseEntity<?> attachments(@PathVariable String ticketNo) {
        return reading(ticketNo, t -> noStore().body(new Attachments(attachments.of(t.ticketNo()),
                intake.maxSize(), intake.types())));
    }

    @PostMapping("/attachments")
    @ApiResponse(responseCode = "201", description = "已上传的文件",
            content = @Content(schema = @Schema(implementation = TicketAttachments.Attachment.class)))
    ResponseEntity<?> upload(@PathVariable String ticketNo, @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                    schema = @Schema(implementation = UploadForm.class))) HttpServletRequest request) {
        return working(ticketNo, t -> {
            // Read only now, after the access check: the multipart body is parsed lazily.
            if (!(request instanceof MultipartHttpServletRequest multipart)) {
                return ResponseEntity.badRequest().body(new ApiError(400, "输入有误", List.of(
                        new com.callcentre.workflow.system.InvalidInputException.FieldProblem(AttachmentIntake.FIELD,
                                "须以 multipart/form-data 上传，文件放在 file 部分"))));
            }
            MultipartFile file = multipart.getFile(AttachmentIntake.FIELD);
            AttachmentIntake.Checked checked = intake.check(file);
            return ResponseEntity.status(HttpStatus.CREATED).body(attachments.add(t.ticketNo(), checked.fileName(),
                    checked.contentType(), checked.content(), checked.sha256(), currentUser.id().orElseThrow()));
        });
    }

    @GetMapping("/attachments/{id}")
    @ApiResponse(responseCode = "200", description = "文件内容（附件下载）",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE))
    ResponseEntity<?> download(@PathVariable String ticketNo, @PathVariable String id) {
        return reading(ticketNo, t -> {
            Optional<TicketAttachments.Content> found = id.matches("\\d{1,18}")
                    ? attachments.content(t.ticketNo(), Long.parseLong(id)) : Optional.empty();
            if (found.isEmpty()) {
                return ApiError.of(HttpStatus.NOT_FOUND, "附件不存在: " + id);
            }
            TicketAttachments.Attachment a = found.get().attachment();
            // X-Content-Type-Options: nosniff is on every /api answer (system.RequestHygiene); a
            // file opened anyway runs no script and loads nothing (sandbox).
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(a.contentType()))
                    .contentLength(a.size())
                    .cacheControl(CacheControl.noStore())
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename(a.fileName(), StandardCharsets.UTF_8).build().toString())
                    .header("Content-Security-Policy", "default-src 'none'; sandbox")
                    .body(found.get().bytes());
        });
    }

    private ResponseEntity<?> reading(String ticketNo, Function<TicketSearch.Hit, ResponseEntity<?>> answer) {
        Optional<TicketSearch.Hit> ticket = workers.ticket(ticketNo);
        if (ticket.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "工单不存在: " + ticketNo);
        }
        if (!workers.mayRead(ticket.get())) {
            return ApiError.of(HttpStatus.FORBIDDEN, "无权查看此工单的备注和附件：仅可查看该工单的人员可查看");
        }
        return answer.apply(ticket.get());
    }

    private ResponseEntity<?> working(String ticketNo, Function<TicketSearch.Hit, ResponseEntity<?>> answer) {
        Optional<TicketSearch.Hit> ticket = workers.ticket(ticketNo);
        if (ticket.isEmpty()) {
            return ApiError.of(HttpStatus.NOT_FOUND, "工单不存在: " + ticketNo);
        }
        if (!workers.isWorker(ticket.get())) {
            return ApiError.of(HttpStatus.FORBIDDEN,
                    "无权为此工单添加备注或附件：仅工单的经办人员（首问负责人、处理过其任务的人员、派单部门联络员、投诉处理与管理人员）可添加");
        }
        return answer.apply(ticket.get());
    }

    private static ResponseEntity.BodyBuilder noStore() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore());
    }
}
