package com.callcentre.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.callcentre.workflow.complaint.ComplaintIntake;
import com.callcentre.workflow.complaint.PeriodRecords;
import com.callcentre.workflow.system.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reports' parts without the application: periods, category names, average and 90th percentile. */
class ReportPartsTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");

    @ParameterizedTest
    @CsvSource({
            "2026-W47, 2026-11-16T00:00+08:00[Asia/Shanghai], 2026-11-23T00:00+08:00[Asia/Shanghai]",
            "2026-W53, 2026-12-28T00:00+08:00[Asia/Shanghai], 2027-01-04T00:00+08:00[Asia/Shanghai]",
            "2027-W01, 2027-01-04T00:00+08:00[Asia/Shanghai], 2027-01-11T00:00+08:00[Asia/Shanghai]",
            "2020-W53, 2020-12-28T00:00+08:00[Asia/Shanghai], 2021-01-04T00:00+08:00[Asia/Shanghai]"})
    void anIsoWeekRunsMondayToMondayInTheBusinessZone(String week, String from, String to) {
        ReportPeriod period = ReportPeriod.week(week, NOW, SHANGHAI);

        assertThat(period.label()).isEqualTo(week);
        assertThat(period.from()).hasToString(from);
        assertThat(period.to()).hasToString(to);
    }

    @Test
    void theBoundsIncludeMondayMidnightAndExcludeTheNextOne() {
        ReportPeriod week = ReportPeriod.week("2026-W47", NOW, SHANGHAI);

        assertThat(week.contains(Instant.parse("2026-11-15T16:00:00Z"))).as("Monday 00:00 in Shanghai").isTrue();
        assertThat(week.contains(Instant.parse("2026-11-22T15:30:00Z"))).as("Sunday 23:30 in Shanghai").isTrue();
        assertThat(week.contains(Instant.parse("2026-11-22T16:00:00Z"))).as("next Monday 00:00").isFalse();
        assertThat(week.contains(Instant.parse("2026-11-15T15:59:59Z"))).as("Sunday before").isFalse();
    }

    @Test
    void withoutAValueTheWeekAndMonthOfNowInTheBusinessZone() {
        Instant sundayNightUtc = Instant.parse("2021-01-03T17:00:00Z"); // Monday 4 January 01:00 in Shanghai

        assertThat(ReportPeriod.week(null, sundayNightUtc, SHANGHAI).label()).isEqualTo("2021-W01");
        assertThat(ReportPeriod.week(" ", Instant.parse("2021-01-02T12:00:00Z"), SHANGHAI).label())
                .as("2 January 2021 is in the last week of 2020").isEqualTo("2020-W53");
        assertThat(ReportPeriod.month(null, Instant.parse("2026-11-30T16:30:00Z"), SHANGHAI).label())
                .as("1 December in Shanghai").isEqualTo("2026-12");
    }

    @Test
    void aMonthRunsFromTheFirstToTheFirst() {
        ReportPeriod february = ReportPeriod.month("2028-02", NOW, SHANGHAI);

        assertThat(february.title()).isEqualTo("2028 年 2 月");
        assertThat(february.from()).hasToString("2028-02-01T00:00+08:00[Asia/Shanghai]");
        assertThat(february.to()).hasToString("2028-03-01T00:00+08:00[Asia/Shanghai]");
        assertThat(february.kind()).isEqualTo(ReportPeriod.Kind.MONTH);
    }

    @Test
    void badValuesNameTheirField() {
        assertThatThrownBy(() -> ReportPeriod.week("2027-W53", NOW, SHANGHAI))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(InvalidInputException.FieldProblem::field).containsExactly("week");
                    assertThat(e.problems().get(0).message()).contains("2027 年只有第 01 至第 52 周");
                });
        assertThatThrownBy(() -> ReportPeriod.month("2026-00", NOW, SHANGHAI))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("month"));
    }

    @Test
    void everyCategoryOfTheIntakeHasItsChineseNameFromTheIntakeForm() {
        CategoryNames names = new CategoryNames(new com.callcentre.workflow.complaint.IntakeLabels());

        assertThat(names.all().keySet()).containsExactlyElementsOf(
                Arrays.stream(ComplaintIntake.Category.values()).map(Enum::name).toList());
        assertThat(names.all().values()).allSatisfy(name -> assertThat(name).containsPattern("\\p{IsHan}"));
        assertThat(names.nameOf("BILLING")).isEqualTo("计费账务");
        assertThat(names.nameOf("RETIRED")).as("a code no longer on the form").isEqualTo("RETIRED");
    }

    @Test
    void averageAndNinetiethPercentileOfTheHoursToAnswer() {
        Tally tally = new Tally();
        Instant opened = Instant.parse("2030-01-01T00:00:00Z");
        for (int hours = 1; hours <= 10; hours++) {
            tally.answered(opened, opened.plus(Duration.ofHours(hours)), true);
        }
        tally.answered(opened, opened.plus(Duration.ofMinutes(100 * 60 + 5)), false);

        Figures figures = tally.figures();
        assertThat(figures.hoursToAnswer().average()).as("(55 + 100.08) / 11").isEqualTo(14.1);
        assertThat(figures.hoursToAnswer().p90()).as("the 10th of 11 (nearest rank)").isEqualTo(10.0);
        assertThat(figures.answered()).isEqualTo(11);
        assertThat(figures.answeredInTime()).isEqualTo(10);
    }

    @Test
    void breachRateIsOfTheOrdersDueAndEmptyWhenNoneWas() {
        Tally tally = new Tally();
        assertThat(tally.figures().breachRate()).isNull();
        assertThat(tally.figures().hoursToAnswer().average()).isNull();

        tally.due(false, 0);
        tally.due(true, 0);
        tally.due(true, 3);
        Figures figures = tally.figures();
        assertThat(figures.breachRate()).isEqualTo(66.7);
        assertThat(figures.breached().total()).isEqualTo(2);
        assertThat(figures.breached().notEscalated()).isEqualTo(1);
        assertThat(figures.breached().level3()).isEqualTo(1);
    }

    @Test
    void sl1ACustomersAnswerIsLateByTheOneRuleAndAClockPausedBeforeItsDeadlineIsNotYetDue() {
        java.time.OffsetDateTime deadline = java.time.OffsetDateTime.parse("2030-03-06T09:00:00+08:00");
        Instant now = deadline.plusHours(10).toInstant();
        List<PeriodRecords.AnswerDue> clocks = List.of(
                new PeriodRecords.AnswerDue("A", "BILLING", deadline, 0, deadline.minusHours(1), null, null),
                new PeriodRecords.AnswerDue("B", "BILLING", deadline, 0, deadline.plusHours(1), null, null),
                new PeriodRecords.AnswerDue("C", "BILLING", deadline, 0, null, deadline.plusHours(2), null),
                new PeriodRecords.AnswerDue("D", "BILLING", deadline, 0, null, null, deadline.minusHours(3)),
                new PeriodRecords.AnswerDue("E", "BILLING", deadline, 0, null, null, deadline.plusHours(3)),
                new PeriodRecords.AnswerDue("F", "BILLING", deadline, 0, null, null, null),
                new PeriodRecords.AnswerDue("G", "BILLING", deadline.plusHours(20), 0, null, null, null));

        AnswerFigures figures = AnswerFigures.of(clocks, now);

        assertThat(figures.due()).as("A answered in time; B, C late; E paused after it; F open past it").isEqualTo(5);
        assertThat(figures.breached()).isEqualTo(4);
        assertThat(figures.answeredLate()).as("B answered, C closed without an answer").isEqualTo(2);
        assertThat(figures.unanswered()).isEqualTo(2);
        assertThat(figures.breachRate()).isEqualTo(80.0);
    }

    @Test
    void rp1APersonsRowJoinsTheirStepsAndTheAuditsVerdictsAndNamesThemByTheirId() {
        List<PeriodRecords.Work> work = List.of(
                new PeriodRecords.Work("T1", "reviewReceipt", "handler1", "true"),
                new PeriodRecords.Work("T2", "reviewReceipt", "handler1", "false"),
                new PeriodRecords.Work("T3", "reviewReceipt", "handler1", "REFERRED"),
                new PeriodRecords.Work("T1", "handleOrder", "billing1", "NEED_INFO"),
                new PeriodRecords.Work("T1", "callback", "agent1", "DIFFICULT_CUSTOMER"),
                new PeriodRecords.Work("T9", "handleOrder", "network1", "NEED_INFO"));
        AuditFigures audits = AuditFigures.of(List.of(
                new com.callcentre.workflow.quality.AuditResults.AuditResult("T1", "BILLING", "handler1", "agent1", true),
                new com.callcentre.workflow.quality.AuditResults.AuditResult("T4", "BILLING", null, "agent3", false)));

        var listenings = java.util.Map.of(
                "agent1", new com.callcentre.workflow.quality.ListeningResults.AgentScore(2, new java.math.BigDecimal("86.0")),
                "agent4", new com.callcentre.workflow.quality.ListeningResults.AgentScore(1, new java.math.BigDecimal("50.0")));
        List<PeopleFigures.Person> people = PeopleFigures.of(work, audits, listenings,
                ids -> java.util.Map.of("handler1", "陈静"));

        assertThat(people).extracting(PeopleFigures.Person::person)
                .as("a question to the customer is no answer: billing1 and network1 did nothing to count here;"
                        + " agent3 was audited; agent4 was listened to (QA-1)")
                .containsExactly("agent1", "agent3", "agent4", "handler1");
        assertThat(people.get(0).quality()).as("QA-1: listenings and their average")
                .isEqualTo(new PeopleFigures.Quality(2, new java.math.BigDecimal("86.0")));
        assertThat(people.get(2).quality()).isEqualTo(new PeopleFigures.Quality(1, new java.math.BigDecimal("50.0")));
        assertThat(people.get(1).quality()).as("not listened to").isEqualTo(new PeopleFigures.Quality(0, null));
        PeopleFigures.Person handler = people.get(3);
        assertThat(handler.name()).isEqualTo("陈静");
        assertThat(handler.reviews()).isEqualTo(new PeopleFigures.Reviews(3, 1, 1, 1));
        assertThat(handler.asHandler()).isEqualTo(new PeopleFigures.Audited(1, 1));
        assertThat(people.get(0).asOwner()).isEqualTo(new PeopleFigures.Audited(1, 1));
        assertThat(people.get(0).callbacks().difficultCustomer()).isEqualTo(1);
        assertThat(people.get(1).name()).as("no name known: the id").isEqualTo("agent3");
    }
}
