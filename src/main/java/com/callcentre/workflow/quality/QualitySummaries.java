package com.callcentre.workflow.quality;

import com.callcentre.workflow.staff.Employee;
import com.callcentre.workflow.staff.JobType;
import com.callcentre.workflow.staff.Roster;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The weekly and monthly summaries of the listenings (QA-1), per agent and per team (the agents of
 * one duty leader, 班组), by the date of the call. Every agent on the roster has a row, listened to
 * or not, so a month's row shows the quota's progress (2 of 4).
 */
@Component
class QualitySummaries {

    /** One agent's period. {@code quota} only for a month; averages {@code null} without a listening. */
    record AgentRow(String agent, String name, String team, String teamName, int listened, Integer quota,
            BigDecimal average, Integer lowest, Map<String, Integer> grades) {
    }

    record TeamRow(String team, String teamName, int agents, int listened, BigDecimal average, int failed) {
    }

    record Summary(String period, LocalDate from, LocalDate to, Integer quota, List<AgentRow> agents,
            List<TeamRow> teams) {
    }

    private final ListeningBook book;
    private final Roster roster;
    private final ListeningSchedule schedule;

    QualitySummaries(ListeningBook book, Roster roster, ListeningSchedule schedule) {
        this.book = book;
        this.roster = roster;
        this.schedule = schedule;
    }

    /** The week or month holding {@code date}; of one agent only ({@code onlyOf}), without teams, or all. */
    Summary of(String period, LocalDate date, String onlyOf) {
        boolean month = "month".equals(period);
        LocalDate from = month ? date.withDayOfMonth(1) : date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate to = month ? YearMonth.from(date).atEndOfMonth() : from.plusDays(6);
        Integer quota = month ? schedule.quota() : null;
        List<ListeningBook.Listening> listenings = book.between(from, to, onlyOf);
        Map<String, String> names = new LinkedHashMap<>();
        List<AgentRow> agents = new ArrayList<>();
        for (Employee agent : roster.employees(JobType.AGENT)) {
            if (onlyOf != null && !onlyOf.equals(agent.userId())) {
                continue;
            }
            String teamName = agent.dutyLeader() == null ? null : names.computeIfAbsent(agent.dutyLeader(),
                    l -> roster.employee(l).map(e -> e.name() + "班组").orElse(l + "班组"));
            List<ListeningBook.Listening> own = listenings.stream().filter(l -> l.agent().equals(agent.userId()))
                    .toList();
            Map<String, Integer> grades = new LinkedHashMap<>();
            for (Grade g : Grade.values()) {
                grades.put(g.label(), (int) own.stream().filter(l -> l.grade().equals(g.name())).count());
            }
            agents.add(new AgentRow(agent.userId(), agent.name(), agent.dutyLeader(), teamName, own.size(), quota,
                    average(own), own.stream().map(ListeningBook.Listening::total).min(Integer::compare).orElse(null),
                    grades));
        }
        List<TeamRow> teams = onlyOf != null ? List.of() : teams(agents, listenings);
        return new Summary(period, from, to, quota, agents, teams);
    }

    /** Each agent's listenings of calls made in [from, to] and their average, for the reports. */
    Map<String, ListeningResults.AgentScore> scores(LocalDate from, LocalDate to) {
        Map<String, List<ListeningBook.Listening>> byAgent = new LinkedHashMap<>();
        book.between(from, to, null).forEach(l -> byAgent.computeIfAbsent(l.agent(), a -> new ArrayList<>()).add(l));
        Map<String, ListeningResults.AgentScore> scores = new LinkedHashMap<>();
        byAgent.forEach((agent, own) -> scores.put(agent, new ListeningResults.AgentScore(own.size(), average(own))));
        return scores;
    }

    private static List<TeamRow> teams(List<AgentRow> agents, List<ListeningBook.Listening> listenings) {
        List<TeamRow> teams = new ArrayList<>();
        agents.stream().map(AgentRow::team).filter(Objects::nonNull).distinct().forEach(team -> {
            List<AgentRow> members = agents.stream().filter(a -> team.equals(a.team())).toList();
            List<String> ids = members.stream().map(AgentRow::agent).toList();
            List<ListeningBook.Listening> own = listenings.stream().filter(l -> ids.contains(l.agent())).toList();
            teams.add(new TeamRow(team, members.get(0).teamName(), members.size(), own.size(), average(own),
                    (int) own.stream().filter(l -> l.grade().equals(Grade.FAIL.name())).count()));
        });
        return teams;
    }

    private static BigDecimal average(List<ListeningBook.Listening> listenings) {
        if (listenings.isEmpty()) {
            return null;
        }
        int sum = listenings.stream().mapToInt(ListeningBook.Listening::total).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(listenings.size()), 1, RoundingMode.HALF_UP);
    }
}
