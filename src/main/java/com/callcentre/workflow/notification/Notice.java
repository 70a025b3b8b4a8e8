package com.callcentre.workflow.notification;

import com.callcentre.workflow.system.Departments;
import com.callcentre.workflow.system.Departments.Department;
import java.util.Date;
import java.util.Locale;
import java.util.function.Function;

/**
 * One notification as the model asks for it: the event, the order it is about (if any) and the
 * ticket's facts that the mail may show. It never holds the customer's name (CP-9).
 *
 * @param level         escalation level, 0 unless {@link NotificationEvent#ESCALATION}
 * @param department    the order's department, {@code null} for a ticket-wide notification
 * @param customerPhone as the ticket's variable has it (already masked there); masked again on output
 * @param stepName      the late step's task name, for {@link NotificationEvent#STEP_BREACH} only
 * @param vipLevel      the customer's VIP level (NONE, SILVER, GOLD, DIAMOND), as the ticket has it
 * @param instruction   a supervisor's instruction, for {@link NotificationEvent#INSTRUCTION} only
 * @param change        for {@link NotificationEvent#OWNER_UPDATE} only: the ticket's new status and when, which
 *                      tells this change from the same status reached again
 */
record Notice(
        NotificationEvent event,
        int level,
        Clock clock,
        String ticketNo,
        String category,
        boolean major,
        String customerPhone,
        String owner,
        Department department,
        Integer round,
        Date deadline,
        String taskId,
        String supervisor,
        String supervisorGroup,
        String stepName,
        String vipLevel,
        String instruction,
        String change) {

    /** Is the customer a VIP (any level but NONE)? */
    boolean vip() {
        return vipLevel != null && !"NONE".equals(vipLevel);
    }

    /** Which of an order's two clocks a reminder or breach is about. */
    enum Clock { ACKNOWLEDGE, RESOLVE }

    /**
     * Reads the step's input variables (contract in {@link SendNotification}) and the ticket's
     * variables of {@code complaint-handling} (docs/processes.md: category, major, owner,
     * customerPhoneMasked). A wrong input is a modelling error: it fails the job, and Cockpit
     * shows the message.
     */
    static Notice read(String ticketNo, Function<String, Object> variables, Departments departments) {
        if (ticketNo == null || ticketNo.isBlank()) {
            throw new IllegalArgumentException("通知缺少工单号 (business key or ticketNo)");
        }
        NotificationEvent event = NotificationEvent.valueOf(required(variables, "notificationEvent").toString()
                .trim().toUpperCase(Locale.ROOT));
        int level = 0;
        if (event == NotificationEvent.ESCALATION || event == NotificationEvent.ANSWER_ESCALATION
                || event == NotificationEvent.LEVEL_SKIPPED) {
            level = toInt(required(variables, "escalationLevel"), "escalationLevel");
        }
        Object clockValue = variables.apply("clock");
        Clock clock = clockValue == null ? Clock.RESOLVE : Clock.valueOf(clockValue.toString().trim().toUpperCase(Locale.ROOT));

        Department department = null;
        Integer round = null;
        Object code = variables.apply("department");
        if (code != null) {
            department = departments.byCode(code.toString())
                    .orElseThrow(() -> new IllegalArgumentException("未知部门: " + code));
            round = toInt(required(variables, "dispatchRound"), "dispatchRound");
        } else if (event == NotificationEvent.DISPATCH) {
            throw new IllegalArgumentException("派单通知缺少 department");
        }
        Object deadline = variables.apply("deadline");
        if (deadline != null && !(deadline instanceof Date)) {
            throw new IllegalArgumentException("deadline 应为日期 (java.util.Date), 而非 " + deadline.getClass().getName());
        }
        Object taskId = variables.apply("taskId");
        String instruction = null;
        if (event == NotificationEvent.INSTRUCTION) {
            level = toInt(required(variables, "escalationLevel"), "escalationLevel");
            instruction = required(variables, "instruction").toString();
        }
        String stepName = null;
        String change = null;
        if (event == NotificationEvent.OWNER_UPDATE) {
            stepName = required(variables, "status").toString();
            change = stepName + "@" + required(variables, "changedAt");
        }
        if (event == NotificationEvent.STEP_BREACH) {
            // One message per late task: a step may come round again (a second dispatch, callback).
            required(variables, "taskId");
            stepName = required(variables, "stepName").toString();
        }
        return new Notice(event, level, clock, ticketNo, required(variables, "category").toString(),
                Boolean.TRUE.equals(variables.apply("major")), text(variables.apply("customerPhoneMasked")),
                text(variables.apply("owner")), department, round, (Date) deadline, text(taskId),
                text(variables.apply("supervisor")), text(variables.apply("supervisorGroup")), stepName,
                text(variables.apply("vipLevel")), instruction, change);
    }

    /** The order part of the outbox key: department and round, the late task of a centre step, or "-" for the ticket itself. */
    String orderKey() {
        if (event == NotificationEvent.STEP_BREACH) {
            return "task:" + taskId;
        }
        if (event == NotificationEvent.OWNER_UPDATE) {
            return "change:" + change;
        }
        return department == null ? "-" : department.code() + "#" + round;
    }

    /** The event part of the outbox key: a second level or the other clock is another message. */
    String eventKey() {
        return switch (event) {
            case INTAKE, DISPATCH, STEP_BREACH, ANSWER_REMINDER, ANSWER_BREACH -> event.name();
            case OWNER_UPDATE -> "OWNER-" + stepName; // the column holds 32: OWNER-WITH_COMPLAINT_MANAGER
            case ANSWER_ESCALATION, LEVEL_SKIPPED -> event.name() + "-" + level;
            case REMINDER, BREACH -> event.name() + "-" + clock.name();
            case ESCALATION, INSTRUCTION -> event.name() + "-" + level;
            case DUTY_REPORT, QUALITY_ANALYSIS, ANALYSIS_REMINDER -> event.name(); // no ticket's: DutyReportMail
            case CERTIFICATE_MISSING -> event.name(); // no ticket's: LeaveMail
            case EMERGENCY, EMERGENCY_UNANSWERED, EMERGENCY_LEVEL_SKIPPED -> event.name(); // no ticket's: EmergencyMail
            case HANDOVER_REMINDER, HANDOVER_OVERDUE -> event.name(); // no ticket's: HandoverMail
            case ATTENDANCE_LINE, ATTENDANCE_REGISTER -> event.name(); // no ticket's: AttendanceMail
        };
    }

    private static Object required(Function<String, Object> variables, String name) {
        Object value = variables.apply(name);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("通知缺少变量 " + name);
        }
        return value;
    }

    private static int toInt(Object value, String name) {
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return Integer.parseInt(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " 应为整数: " + value, e);
        }
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
