package com.callcentre.workflow.quality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The quality package's API for the reports (QA-1): each agent's listenings of a period (by the
 * call's date) and their average score (0-100, one decimal), for the per-person figures.
 */
@Component
public class ListeningResults {

    /** An agent's scored listenings of a period and their average total. */
    public record AgentScore(int listened, BigDecimal average) {
    }

    private final QualitySummaries summaries;

    ListeningResults(QualitySummaries summaries) {
        this.summaries = summaries;
    }

    /** Agent to their listenings of calls made from one date to another, both included; agents without one are absent. */
    public Map<String, AgentScore> between(LocalDate from, LocalDate to) {
        return summaries.scores(from, to);
    }
}
