package com.callcentre.workflow.ticketnote;

import com.callcentre.workflow.system.TypedInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/tickets/{ticketNo}/notes}: the note as typed, shown as typed. */
@TypedInput
record NoteBody(
        @NotBlank(message = "必填，备注内容") @Size(max = NoteBody.MAX, message = "最多 " + NoteBody.MAX + " 个字") String text) {

    static final int MAX = 2000;
}
