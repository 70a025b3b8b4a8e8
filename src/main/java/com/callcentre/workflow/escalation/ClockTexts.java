package com.callcentre.workflow.escalation;

import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.Departments;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.springframework.stereotype.Component;

/** Deadlines and durations as staff read them, in the business time zone (2026年11月22日 14:30). */
@Component
class ClockTexts {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final BusinessClock settings;
    private final Departments departments;

    ClockTexts(BusinessClock settings, Departments departments) {
        this.settings = settings;
        this.departments = departments;
    }

    String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(settings.zone()));
    }

    String dateTime(Date date) {
        return date == null ? "" : dateTime(date.toInstant());
    }

    /** 3小时20分, 2天1小时. */
    String duration(Duration duration) {
        long minutes = duration.toMinutes();
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        StringBuilder text = new StringBuilder();
        if (days > 0) {
            text.append(days).append("天");
        }
        if (hours > 0) {
            text.append(hours).append("小时");
        }
        if (rest > 0 || text.isEmpty()) {
            text.append(rest).append("分");
        }
        return text.toString();
    }

    String departmentName(String code) {
        return departments.nameOf(code);
    }

    java.util.List<String> otherDepartmentNames(String code) {
        return departments.departments().stream().filter(d -> !d.code().equals(code))
                .map(Departments.Department::name).toList();
    }
}
