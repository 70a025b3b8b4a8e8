package com.callcentre.workflow.ticketnote;

import com.callcentre.workflow.system.ApiError;
import com.callcentre.workflow.system.InvalidInputException.FieldProblem;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * The uploads' refusals in the API's one shape, naming the field {@code file}: a file over the
 * servlet's limit (refused while it is read, {@link UploadLimits}) is a 413, a broken multipart
 * body a 400, a refused file its {@link AttachmentIntake.Refused} status; never a 500.
 */
@RestControllerAdvice(assignableTypes = TicketNoteController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TicketNoteErrors {

    private final AttachmentIntake intake;

    TicketNoteErrors(AttachmentIntake intake) {
        this.intake = intake;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        return answer(413, intake.tooLarge());
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> unreadable(MultipartException e) {
        return answer(400, "上传内容无法读取：须为 multipart/form-data，文件放在 file 部分");
    }

    @ExceptionHandler(AttachmentIntake.Refused.class)
    ResponseEntity<ApiError> refused(AttachmentIntake.Refused e) {
        return answer(e.status(), e.getMessage());
    }

    private static ResponseEntity<ApiError> answer(int status, String message) {
        return ResponseEntity.status(status).body(new ApiError(status, message,
                List.of(new FieldProblem(AttachmentIntake.FIELD, message))));
    }
}
