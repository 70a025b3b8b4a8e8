package com.callcentre.workflow.attendance;

import com.callcentre.workflow.system.BusinessClock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code attendance-publication} (seed 001 考勤: 每月公布一次): on the publication day
 * the register of the month before is frozen as published by the system ({@link PublishedRegisters},
 * once per month whatever the nodes or restarts), then mailed through the outbox: each person
 * their own line only, the duty leaders and the cs-director the whole register.
 */
@Component("attendancePublication")
public class AttendancePublication {

    /** Who publishes: the process's timer, nobody by hand. */
    static final String SYSTEM = "system";
    private static final DateTimeFormatter KEY = DateTimeFormatter.ofPattern("yyyyMM");

    private final PublishSchedule schedule;
    private final AttendanceRegister register;
    private final PublishedRegisters published;
    private final ApplicationEventPublisher events;

    AttendancePublication(PublishSchedule schedule, AttendanceRegister register, PublishedRegisters published,
            ApplicationEventPublisher events) {
        this.schedule = schedule;
        this.register = register;
        this.published = published;
        this.events = events;
    }

    /**
     * {@code freezeRegister}: the month before's register, frozen as published unless it was already;
     * sets {@code registerMonth}, {@code registerMonthText} and {@code publishedNow}.
     */
    public void freeze(DelegateExecution execution) {
        YearMonth month = schedule.monthToPublish();
        execution.setProcessBusinessKey(key(month));
        execution.setVariable("registerMonth", month.toString());
        execution.setVariable("registerMonthText", monthText(month));
        boolean now = published.publish(month, BusinessClock.now(), SYSTEM, register.of(month));
        execution.setVariable("publishedNow", now);
    }

    /** {@code mailRegister}: each person their line, the duty leaders and the cs-director the whole register. */
    public void mail(DelegateExecution execution) {
        YearMonth month = YearMonth.parse((String) execution.getVariable("registerMonth"));
        List<RegisterLine> lines = published.of(month).orElseThrow().lines();
        events.publishEvent(new AttendancePublished(key(month), month.toString(), monthText(month),
                lines.stream().map(l -> new AttendancePublished.PersonLine(l.employee(), l.name(),
                        PublishedFigures.of(l))).toList(), PublishedFigures.totals(lines)));
    }

    static String key(YearMonth month) {
        return "KQ" + KEY.format(month);
    }

    static String monthText(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }
}
