package com.callcentre.workflow.attendance;

import com.callcentre.workflow.attendance.AttendancePublished.Figure;
import java.util.ArrayList;
import java.util.List;

/** A register line as the mail shows it: each figure with its Chinese label (the CSV's columns). */
final class PublishedFigures {

    private PublishedFigures() {
    }

    static List<Figure> of(RegisterLine l) {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("排班班次", l.shifts() + " 个"));
        figures.add(new Figure("出勤", l.attended() + " 个班次"));
        figures.add(new Figure("迟到", times(l.lateCount(), l.lateMinutes())));
        figures.add(new Figure("早退", times(l.leftEarlyCount(), l.leftEarlyMinutes())));
        figures.add(new Figure("脱岗", times(l.awayCount(), l.awayMinutes())));
        figures.add(new Figure("违纪（LV-8）", l.disciplinaryCases() + " 次"));
        figures.add(new Figure("旷工", l.absences() + " 个班次"));
        l.leaveDays().forEach((type, days) -> figures.add(new Figure(type, days + " 天")));
        figures.add(new Figure("调班", l.swapShifts() + " 个班次"));
        figures.add(new Figure("加班", l.overtimeMinutes() + " 分钟"));
        figures.add(new Figure("未登记", l.unrecorded() + " 个班次"));
        return figures;
    }

    /** The whole register's totals, for the duty leaders and the cs-director. */
    static List<Figure> totals(List<RegisterLine> lines) {
        return List.of(new Figure("人数", lines.size() + " 人"),
                new Figure("迟到", lines.stream().mapToInt(RegisterLine::lateCount).sum() + " 次"),
                new Figure("脱岗", lines.stream().mapToInt(RegisterLine::awayCount).sum() + " 次"),
                new Figure("违纪（LV-8）", lines.stream().mapToInt(RegisterLine::disciplinaryCases).sum() + " 次"),
                new Figure("旷工", lines.stream().mapToInt(RegisterLine::absences).sum() + " 个班次"),
                new Figure("未登记", lines.stream().mapToInt(RegisterLine::unrecorded).sum() + " 个班次"));
    }

    private static String times(int count, int minutes) {
        return count == 0 ? "0 次" : count + " 次，共 " + minutes + " 分钟";
    }
}
