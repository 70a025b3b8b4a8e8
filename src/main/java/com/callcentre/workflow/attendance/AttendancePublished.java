package com.callcentre.workflow.attendance;

import java.util.List;

/**
 * The month's attendance register was published (seed 001 考勤: 每月公布一次). Published inside the
 * process step that mails it, so {@code notification} queues the mail in that transaction: each
 * person their own line only, the duty leaders and the cs-director the whole register (a link to
 * its CSV).
 *
 * @param publicationKey the publication, e.g. {@code KQ203011}: the outbox's key of its mail
 * @param month          {@code 2030-11}
 * @param monthText      {@code 2030年11月}
 * @param lines          each person's line, as published
 * @param totals         the whole register's figures, for the duty leaders and the cs-director
 */
public record AttendancePublished(String publicationKey, String month, String monthText, List<PersonLine> lines,
        List<Figure> totals) {

    /** One person's published line, as figures with their Chinese labels. */
    public record PersonLine(String employee, String name, List<Figure> figures) {
    }

    /** A labelled figure: {@code 迟到}, {@code 2 次，共 35 分钟}. */
    public record Figure(String label, String value) {
    }
}
