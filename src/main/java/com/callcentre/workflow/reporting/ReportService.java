package com.callcentre.workflow.reporting;

import com.callcentre.workflow.complaint.DepartmentOrder;
import com.callcentre.workflow.complaint.PeriodRecords;
import com.callcentre.workflow.complaint.PeriodRecords.Order;
import com.callcentre.workflow.complaint.PeriodRecords.OrderTime;
import com.callcentre.workflow.escalation.CentreStep;
import com.callcentre.workflow.identity.StaffNames;
import com.callcentre.workflow.quality.AuditResults;
import com.callcentre.workflow.quality.ListeningResults;
import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.Departments;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * Builds a report from the period's rows in one pass over each query (docs/reports.md): every
 * event is counted in the period it happened in, once in its department and category, its
 * department, its category and the total.
 */
@Service
class ReportService {

    /** The name of the department column for tickets without any department order. */
    static final String UNDISPATCHED = "未派单";
    private static final String RESOLVED = "RESOLVED";
    private static final String SENT_BACK = "SENT_BACK";

    private final PeriodRecords queries;
    private final Departments departments;
    private final CategoryNames categories;
    private final BusinessClock settings;
    private final AuditResults audits;
    private final StaffNames staffNames;
    private final ListeningResults listenings;

    ReportService(PeriodRecords queries, Departments departments, CategoryNames categories,
            BusinessClock settings, AuditResults audits, StaffNames staffNames, ListeningResults listenings) {
        this.listenings = listenings;
        this.audits = audits;
        this.staffNames = staffNames;
        this.queries = queries;
        this.departments = departments;
        this.categories = categories;
        this.settings = settings;
    }

    /** {@code week}: {@code 2026-W47}, or blank for the current week (the engine's clock). */
    Report weekly(String week) {
        return build(ReportPeriod.week(week, now(), zone()));
    }

    /** {@code month}: {@code 2026-11}, or blank for the current month. */
    Report monthly(String month) {
        return build(ReportPeriod.month(month, now(), zone()));
    }

    Report build(ReportPeriod period) {
        Instant now = now();
        Groups groups = new Groups();
        List<PeriodRecords.Received> received = queries.received(period.from().toOffsetDateTime(),
                period.to().toOffsetDateTime());
        received.forEach(r -> groups.add(r.department(), r.category(), t -> t.received(r.ticketNo())));
        queries.orders(period.from().toOffsetDateTime(), period.to().toOffsetDateTime(), OrderTime.OPENED).forEach(o -> groups.add(o, Tally::dispatched));
        for (Order o : queries.orders(period.from().toOffsetDateTime(), period.to().toOffsetDateTime(), OrderTime.ANSWERED)) {
            if (SENT_BACK.equals(o.outcome())) {
                groups.add(o, Tally::sentBack);
            } else if (RESOLVED.equals(o.outcome())) {
                boolean inTime = o.resolveDeadline() == null || !o.answeredAt().isAfter(o.resolveDeadline());
                groups.add(o, t -> t.answered(o.openedAt(), o.answeredAt(), inTime));
            }
        }
        for (Order o : queries.orders(period.from().toOffsetDateTime(), period.to().toOffsetDateTime(), OrderTime.RESOLVE_DEADLINE)) {
            boolean breached = breached(o, now);
            if (breached || o.answeredAt() != null) {
                groups.add(o, t -> t.due(breached, o.escalationLevel()));
            }
        }
        queries.callbacks(period.from().toOffsetDateTime(), period.to().toOffsetDateTime()).forEach(c -> groups.add(c.department(), c.category(),
                t -> t.callback(c.id(), c.outcome())));
        Map<String, Long> late = queries.centreBreaches(period.from().toOffsetDateTime(), period.to().toOffsetDateTime())
                .stream().collect(java.util.stream.Collectors.groupingBy(PeriodRecords.CentreBreach::step,
                        java.util.stream.Collectors.counting()));
        List<Report.CentreStep> centreSteps = java.util.Arrays.stream(CentreStep.values())
                .map(step -> new Report.CentreStep(step.taskKey(), step.taskName(), late.getOrDefault(step.taskKey(), 0L)))
                .toList();
        // CP-8, RP-1: the daily audit's failures per handler and per owner, by when the verdict was given.
        AuditFigures audited = AuditFigures.of(audits.decided(period.from().toOffsetDateTime(),
                period.to().toOffsetDateTime()));
        // SL-1, SL-6: the customers answered late, by the rule GET /api/complaints judges by.
        AnswerFigures answers = AnswerFigures.of(queries.answersDue(period.from().toOffsetDateTime(),
                period.to().toOffsetDateTime()), now);
        // CP-8, RP-1: each person's reviews, answers and callbacks, with the audit's verdicts; QA-1: the
        // quality listenings of each agent's calls in the period (by the call's date) and their average.
        List<PeopleFigures.Person> people = PeopleFigures.of(queries.work(period.from().toOffsetDateTime(),
                period.to().toOffsetDateTime()), audited, listenings.between(period.from().toLocalDate(),
                period.to().toLocalDate().minusDays(1)), staffNames::of);
        return report(period, now, groups, new Beside(centreSteps, answers, audited, people,
                RepeatFigures.of(received, categories)));
    }


    /** The resolve clock as {@code GET /api/complaints} judges it ({@link DepartmentOrder#breached}). */
    static boolean breached(Order o, Instant now) {
        return DepartmentOrder.breached(o.resolveDeadline(), o.answeredAt() != null ? o.answeredAt() : o.pausedAt(), now);
    }

    /** The report of the groups' tallies, with the figures of {@code beside} that are no tally's. */
    private Report report(ReportPeriod period, Instant now, Groups groups, Beside beside) {
        Comparator<String> byDepartment = Comparator.comparingInt(this::departmentOrder)
                .thenComparing(Comparator.naturalOrder());
        Comparator<String> byCategory = Comparator.comparingInt(categories::order)
                .thenComparing(Comparator.naturalOrder());
        List<Report.Row> rows = groups.rows.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Key, Tally> e) -> e.getKey().department(),
                                Comparator.nullsLast(byDepartment))
                        .thenComparing(e -> e.getKey().category(), Comparator.nullsLast(byCategory)))
                .map(e -> new Report.Row(e.getKey().department(), departmentName(e.getKey().department()),
                        e.getKey().category(), categories.nameOf(e.getKey().category()), e.getValue().figures()))
                .toList();

        // Every configured department and category, even without figures, so charts keep their shape.
        List<String> departmentCodes = new ArrayList<>(departments.departments().stream()
                .map(Departments.Department::code).toList());
        groups.departments.keySet().stream().filter(k -> !departmentCodes.contains(k))
                .sorted(Comparator.nullsLast(byDepartment)).forEach(departmentCodes::add);
        List<Report.DepartmentTotal> departmentTotals = departmentCodes.stream()
                .map(code -> new Report.DepartmentTotal(code, departmentName(code),
                        groups.departments.getOrDefault(code, new Tally()).figures()))
                .toList();
        List<String> categoryCodes = new ArrayList<>(categories.all().keySet());
        groups.categories.keySet().stream().filter(k -> !categoryCodes.contains(k))
                .sorted(Comparator.nullsLast(Comparator.naturalOrder())).forEach(categoryCodes::add);
        List<Report.CategoryTotal> categoryTotals = categoryCodes.stream()
                .map(code -> new Report.CategoryTotal(code, categories.nameOf(code),
                        groups.categories.getOrDefault(code, new Tally()).figures()))
                .toList();

        return new Report(Report.Period.of(period), now.atZone(zone()).toOffsetDateTime(), rows, departmentTotals,
                categoryTotals, groups.total.figures(), beside.centreSteps(), beside.customerAnswers(), beside.audits(),
                beside.people(), beside.repeats());
    }

    private int departmentOrder(String code) {
        List<Departments.Department> all = departments.departments();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).code().equals(code)) {
                return i;
            }
        }
        return all.size();
    }

    private String departmentName(String code) {
        return code == null ? UNDISPATCHED : departments.nameOf(code);
    }

    private ZoneId zone() {
        return settings.zone();
    }

    private static Instant now() {
        return BusinessClock.now();
    }

    private record Key(String department, String category) {
    }

    /** The figures of a report that are not per department and category. */
    private record Beside(List<Report.CentreStep> centreSteps, AnswerFigures customerAnswers, AuditFigures audits,
            List<PeopleFigures.Person> people, RepeatFigures repeats) {
    }

    /** The tallies of one report: per department and category, per department, per category, total. */
    private static final class Groups {

        final Map<Key, Tally> rows = new HashMap<>();
        final Map<String, Tally> departments = new HashMap<>();
        final Map<String, Tally> categories = new HashMap<>();
        final Tally total = new Tally();

        void add(Order o, Consumer<Tally> count) {
            add(o.department(), o.category(), count);
        }

        void add(String department, String category, Consumer<Tally> count) {
            count.accept(rows.computeIfAbsent(new Key(department, category), k -> new Tally()));
            count.accept(departments.computeIfAbsent(department, k -> new Tally()));
            count.accept(categories.computeIfAbsent(category, k -> new Tally()));
            count.accept(total);
        }
    }
}
