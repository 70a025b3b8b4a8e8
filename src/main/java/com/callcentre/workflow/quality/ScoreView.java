package com.callcentre.workflow.quality;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A scored listening as {@code GET /api/quality/scores} shows it (QA-1): the items by their Chinese
 * names, the grade's code and name, the inspector's comment as typed (JSON; a page shows it as text).
 */
record ScoreView(String agent, String month, int slot, String callRef, LocalDate listenedOn,
        Map<String, Integer> scores, int total, String grade, String gradeLabel, String comment, String inspector) {

    static ScoreView of(ListeningBook.Listening l) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        Criterion[] items = Criterion.values();
        for (int i = 0; i < items.length; i++) {
            scores.put(items[i].label(), l.scores().get(i));
        }
        Grade grade = Grade.valueOf(l.grade());
        return new ScoreView(l.agent(), l.month(), l.slot(), l.callRef(), l.listenedOn(), scores, l.total(),
                grade.name(), grade.label(), l.comment(), l.inspector());
    }
}
