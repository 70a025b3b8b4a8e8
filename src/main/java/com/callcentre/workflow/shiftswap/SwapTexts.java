package com.callcentre.workflow.shiftswap;

import com.callcentre.workflow.staff.Shift;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** How shifts, months and durations read in refusals and on the forms (Chinese). */
final class SwapTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private SwapTexts() {
    }

    /** 2031-03-04 白班 */
    static String shift(Shift shift) {
        return shift.date() + " " + shift.type().label();
    }

    /** 2031-03-04（周二）白班 08:00-16:00; an end on the next day reads 次日00:00. */
    static String withTimes(Shift shift, ZoneId zone) {
        LocalDateTime start = LocalDateTime.ofInstant(shift.start(), zone);
        LocalDateTime end = LocalDateTime.ofInstant(shift.end(), zone);
        return shift.date() + "（" + weekday(shift.date()) + "）" + shift.type().label() + " "
                + (start.toLocalDate().isAfter(shift.date()) ? "次日" : "") + TIME.format(start) + "-"
                + (end.toLocalDate().isAfter(shift.date()) ? "次日" : "") + TIME.format(end);
    }

    /** 2031年3月 */
    static String month(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }

    /** 8 小时, 7 小时 59 分 */
    static String duration(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes % 60 == 0 ? minutes / 60 + " 小时" : minutes / 60 + " 小时 " + minutes % 60 + " 分";
    }

    private static String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.CHINA);
    }
}
