package com.callcentre.workflow.quality;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The quality package's API for the reports (QA-1): each agent's average listening score of a
 * month (0-100, one decimal), for the monthly report's per-person figures.
 */
@Component
public class ListeningResults {

    private final QualitySummaries summaries;

    ListeningResults(QualitySummaries summaries) {
        this.summaries = summaries;
    }

    /** Agent to average total of the month's scored listenings; agents without one are absent. */
    public Map<String, BigDecimal> monthlyAverages(YearMonth month) {
        return summaries.monthlyAverages(month);
    }
}
