package com.callcentre.workflow.dutyreport;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;

/** The reports' dates and figures as staff read them, in Chinese and the business zone. */
final class DutyReportTexts {

    private static final String[] WEEKDAYS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private DutyReportTexts() {
    }

    /** 2030年3月4日（周一） */
    static String day(LocalDate date) {
        DayOfWeek weekday = date.getDayOfWeek();
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日（"
                + WEEKDAYS[weekday.getValue() - 1] + "）";
    }

    /** 2030年3月 */
    static String month(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }

    /** 2030年3月22日 18:00 */
    static String due(Date due, ZoneId zone) {
        return due == null ? "" : DUE.format(due.toInstant().atZone(zone));
    }

    /** The day's figures with their names (docs/reports.md), in the order the form shows them. */
    static List<DutyReportFiled.Figure> figures(DutyReport.Figures f) {
        return List.of(new DutyReportFiled.Figure("受理工单", f.received()),
                new DutyReportFiled.Figure("派发督办单", f.dispatched()),
                new DutyReportFiled.Figure("退单", f.sentBack()),
                new DutyReportFiled.Figure("回单", f.answered()),
                new DutyReportFiled.Figure("按时回单", f.answeredInTime()),
                new DutyReportFiled.Figure("督办单超时", f.breached()),
                new DutyReportFiled.Figure("回访", f.callbacks()),
                new DutyReportFiled.Figure("中心环节超时", f.centreStepBreaches()));
    }

    /** The figures as the form's markdown list. */
    static String figuresText(DutyReport.Figures f) {
        StringBuilder text = new StringBuilder();
        for (DutyReportFiled.Figure figure : figures(f)) {
            text.append(text.isEmpty() ? "" : "\n").append("- ").append(figure.label()).append("：")
                    .append(figure.value());
        }
        return text.toString();
    }
}
