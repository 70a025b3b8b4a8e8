package com.callcentre.workflow.notification;

import com.callcentre.workflow.escalation.EscalationPolicy;
import com.callcentre.workflow.identity.StaffGroups;
import com.callcentre.workflow.notification.Recipient.Role;
import com.callcentre.workflow.notification.StaffDirectory.Person;
import com.callcentre.workflow.system.Departments;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who is told of what, in one place. The rules are the issue's; the levels' groups
 * ({@code escalation.chain}) and where a major complaint starts ({@link NotificationSettings})
 * are configuration.
 * <ul>
 * <li>INTAKE: a major complaint to the duty leader on duty (to supervise) and the cs-director (for
 * knowledge, {@code notification.major-intake-informed}), CP-4; a VIP customer's to their account
 * managers' department ({@code notification.vip-account-department}), CP-12; an ordinary one to
 * nobody.</li>
 * <li>DISPATCH: the order's department (CP-5).</li>
 * <li>REMINDER: the department and the ticket's first-contact owner (SL-4, CP-2).</li>
 * <li>BREACH: the duty leaders (level 1) at once, to supervise, the department (SL-2) and the
 * first-contact owner (CP-2).</li>
 * <li>ESCALATION level n: the members of level n's group, to supervise (SL-3).</li>
 * <li>INSTRUCTION: a supervisor's instruction on an overdue order, to its department (SL-3).</li>
 * <li>STEP_BREACH: a step of the centre's own is late: the duty leader on duty, or the group it
 * went to when nobody is (SL-2).</li>
 * <li>ANSWER_REMINDER: the customer's-answer clock nears its limit: the first-contact owner, who
 * follows the ticket to its end (SL-1, CP-2).</li>
 * <li>ANSWER_BREACH: the customer is not answered in time: the duty leader on duty, to supervise
 * (a major complaint: the skipped levels, afterwards), and the owner (SL-1, SL-2).</li>
 * <li>ANSWER_ESCALATION level n: the members of level n's group, to supervise (SL-3).</li>
 * <li>OWNER_UPDATE: the ticket moved on: its first-contact owner (CP-2).</li>
 * <li>LEVEL_SKIPPED level n: the first level reported straight past level n in an emergency: level
 * n's group, afterwards, for knowledge (SL-3).</li>
 * <li>A major complaint skips the levels below its first (越级): their groups are told
 * afterwards ({@link Recipient.Role#INFORMED}), by its BREACH and by its first ESCALATION alike,
 * so the model may send either; the outbox sends that notice once (SL-3).</li>
 * </ul>
 * A duty report is about no ticket ({@link #ofReport}): a filed daily report or monthly analysis to
 * the cs-director, the analysis's reminder to the duty leaders (RP-1, CP-8). A leave request's
 * missing certificate ({@link #ofLeave}) goes to the employee's own duty leader (LV-5).
 * <p>
 * A person without an e-mail address is left out with a warning; each address gets one message.
 */
@Component
class RecipientRules {

    private static final Logger LOG = LoggerFactory.getLogger(RecipientRules.class);

    private final EscalationPolicy levels;
    private final StaffDirectory directory;
    private final NotificationSettings settings;
    private final Departments departments;

    RecipientRules(EscalationPolicy levels, StaffDirectory directory, NotificationSettings settings,
            Departments departments) {
        this.levels = levels;
        this.directory = directory;
        this.settings = settings;
        this.departments = departments;
    }

    List<Recipient> of(Notice notice) {
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        switch (notice.event()) {
            case INTAKE -> {
                if (!notice.major() && !notice.vip()) {
                    return List.of(); // an ordinary ticket: nobody to tell
                }
                if (notice.major()) {
                    supervisorOnDuty(notice, byAddress);
                    group(settings.majorIntakeInformed(), Role.TOLD, notice, byAddress);
                }
                if (notice.vip()) {
                    departments.byCode(settings.vipAccountDepartment()).ifPresentOrElse(
                            accounts -> add(byAddress, new Recipient(accounts.mailbox(), accounts.name(),
                                    Role.DEPARTMENT, accounts.group())),
                            () -> LOG.warn("notification.vip-account-department {} is no department",
                                    settings.vipAccountDepartment()));
                }
            }
            case DISPATCH -> department(notice, byAddress);
            case REMINDER -> {
                department(notice, byAddress);
                owner(notice, byAddress);
            }
            case BREACH -> {
                if (levels.skipsLevels(notice.major())) {
                    skipped(notice, byAddress);
                } else {
                    supervisorOnDuty(notice, byAddress);
                }
                department(notice, byAddress);
                owner(notice, byAddress); // CP-2: the owner is told of every change, a breach too
            }
            case STEP_BREACH -> supervisorOnDuty(notice, byAddress);
            case INSTRUCTION -> department(notice, byAddress);
            case ANSWER_REMINDER, OWNER_UPDATE -> owner(notice, byAddress);
            case LEVEL_SKIPPED -> group(levels.groupOf(notice.level()), Role.INFORMED, notice, byAddress);
            case ANSWER_BREACH -> {
                if (levels.skipsLevels(notice.major())) {
                    skipped(notice, byAddress);
                } else {
                    supervisorOnDuty(notice, byAddress);
                }
                owner(notice, byAddress);
            }
            case DUTY_REPORT, QUALITY_ANALYSIS, ANALYSIS_REMINDER ->
                    throw new IllegalArgumentException(notice.event() + " is about a duty report, not a ticket");
            case CERTIFICATE_MISSING ->
                    throw new IllegalArgumentException(notice.event() + " is about a leave request, not a ticket");
            case EMERGENCY, EMERGENCY_UNANSWERED, EMERGENCY_LEVEL_SKIPPED ->
                    throw new IllegalArgumentException(notice.event() + " is about an emergency, not a ticket");
            case HANDOVER_REMINDER, HANDOVER_OVERDUE ->
                    throw new IllegalArgumentException(notice.event() + " is about a shift handover, not a ticket");
            case ATTENDANCE_LINE, ATTENDANCE_REGISTER ->
                    throw new IllegalArgumentException(notice.event() + " is about attendance, not a ticket");
            case ESCALATION, ANSWER_ESCALATION -> {
                group(levels.groupOf(notice.level()), Role.SUPERVISOR, notice, byAddress);
                if (levels.skipsLevels(notice.major()) && notice.level() == levels.majorFirstLevel()) {
                    skipped(notice, byAddress);
                }
            }
        }
        if (byAddress.isEmpty()) {
            LOG.warn("Notification {} of ticket {} ({}) has nobody with an e-mail address to go to",
                    notice.eventKey(), notice.ticketNo(), notice.orderKey());
        }
        return new ArrayList<>(byAddress.values());
    }

    /**
     * Who is told of a duty report (RP-1): DUTY_REPORT and QUALITY_ANALYSIS go to the cs-director's
     * group (客服部主任, who receives the reports), ANALYSIS_REMINDER to the duty leaders' group; an
     * emergency's notices (EM-1) to the cs-director's group too; a shift handover's reminder (HO-4) to the
     * duty leaders' group, its escalation to the cs-director's.
     */
    List<Recipient> ofReport(NotificationEvent event, String reportKey) {
        String groupId = switch (event) {
            case DUTY_REPORT, QUALITY_ANALYSIS -> StaffGroups.CS_DIRECTOR;
            // EM-1: the duty leader handles it and reports to the cs-director.
            case EMERGENCY, EMERGENCY_UNANSWERED, EMERGENCY_LEVEL_SKIPPED -> StaffGroups.CS_DIRECTOR;
            case ANALYSIS_REMINDER -> StaffGroups.DUTY_LEADER;
            // HO-4: the duty leaders are reminded of an unconfirmed handover, then the cs-director is told.
            case HANDOVER_REMINDER -> StaffGroups.DUTY_LEADER;
            case HANDOVER_OVERDUE -> StaffGroups.CS_DIRECTOR;
            default -> throw new IllegalArgumentException(event + " is about a ticket, not a duty report");
        };
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        for (Person person : directory.members(groupId)) {
            if (person.email() == null || person.email().isBlank()) {
                LOG.warn("User {} has no e-mail address: not told of duty report {}", person.id(), reportKey);
            } else {
                add(byAddress, new Recipient(person.email().trim(), person.name(), Role.TOLD, groupId));
            }
        }
        if (byAddress.isEmpty()) {
            LOG.warn("Duty report {} ({}) has nobody with an e-mail address to go to", reportKey, event);
        }
        return new ArrayList<>(byAddress.values());
    }

    /**
     * A notice about a leave request (LV-5): to the employee's own duty leader; without one, or
     * one without an e-mail address, to the duty leaders.
     */
    List<Recipient> ofLeave(NotificationEvent event, String requestId, String dutyLeader) {
        if (event != NotificationEvent.CERTIFICATE_MISSING) {
            throw new IllegalArgumentException(event + " is not about a leave request");
        }
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        directory.person(dutyLeader == null ? "" : dutyLeader)
                .filter(person -> person.email() != null && !person.email().isBlank())
                .ifPresent(person -> add(byAddress, new Recipient(person.email().trim(), person.name(), Role.SUPERVISOR,
                        StaffGroups.DUTY_LEADER)));
        if (byAddress.isEmpty()) {
            LOG.warn("Leave request {}: duty leader {} has no e-mail address, the duty leaders are told", requestId,
                    dutyLeader);
            for (Person person : directory.members(StaffGroups.DUTY_LEADER)) {
                if (person.email() != null && !person.email().isBlank()) {
                    add(byAddress, new Recipient(person.email().trim(), person.name(), Role.SUPERVISOR,
                            StaffGroups.DUTY_LEADER));
                }
            }
        }
        return new ArrayList<>(byAddress.values());
    }

    private void supervisorOnDuty(Notice notice, Map<String, Recipient> to) {
        if (notice.supervisor() != null) {
            // The duty leader on duty, as the roster says (the model passes who that is).
            directory.person(notice.supervisor()).ifPresent(
                    person -> person(person, Role.SUPERVISOR, levels.groupOf(1), notice, to));
        } else {
            // Nobody on duty: the level the supervision went to instead.
            group(notice.supervisorGroup() != null ? notice.supervisorGroup() : levels.groupOf(1),
                    Role.SUPERVISOR, notice, to);
        }
    }

    private void skipped(Notice notice, Map<String, Recipient> to) {
        for (int level = 1; level < levels.majorFirstLevel(); level++) {
            group(levels.groupOf(level), Role.INFORMED, notice, to);
        }
    }

    private static void department(Notice notice, Map<String, Recipient> to) {
        if (notice.department() != null) {
            add(to, new Recipient(notice.department().mailbox(), notice.department().name(), Role.DEPARTMENT,
                    notice.department().group()));
        }
    }

    private void owner(Notice notice, Map<String, Recipient> to) {
        if (notice.owner() == null) {
            LOG.warn("Ticket {} has no first-contact owner to remind", notice.ticketNo());
            return;
        }
        directory.person(notice.owner()).ifPresentOrElse(
                person -> person(person, Role.OWNER, null, notice, to),
                () -> LOG.warn("First-contact owner {} of ticket {} is no user", notice.owner(), notice.ticketNo()));
    }

    private void group(String groupId, Role role, Notice notice, Map<String, Recipient> to) {
        List<Person> members = directory.members(groupId);
        if (members.isEmpty()) {
            LOG.warn("Group {} has no members to tell of ticket {}", groupId, notice.ticketNo());
        }
        members.forEach(person -> person(person, role, groupId, notice, to));
    }

    private static void person(Person person, Role role, String group, Notice notice, Map<String, Recipient> to) {
        if (person.email() == null || person.email().isBlank()) {
            LOG.warn("User {} has no e-mail address: not told of ticket {}", person.id(), notice.ticketNo());
            return;
        }
        add(to, new Recipient(person.email().trim(), person.name(), role, group));
    }

    private static void add(Map<String, Recipient> to, Recipient recipient) {
        to.putIfAbsent(recipient.address().toLowerCase(Locale.ROOT), recipient);
    }
}
