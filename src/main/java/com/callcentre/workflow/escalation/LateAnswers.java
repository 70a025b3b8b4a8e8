package com.callcentre.workflow.escalation;

import com.callcentre.workflow.complaint.AnswerClocks;
import com.callcentre.workflow.complaint.AnswerClocks.LateAnswer;
import com.callcentre.workflow.complaint.IntakeLabels;
import com.callcentre.workflow.identity.CurrentUser;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * SL-6 for the customer's answer (SL-1, issue 15): the open tickets whose customer's-answer deadline
 * has passed and whose customer has not been answered, late by the one rule of
 * {@link AnswerClocks#breached} (a clock paused for the customer before its deadline is not), most
 * overdue first, for the SLA board beside the departments' orders and the centre's steps. Only
 * tickets whose instance still runs: one deleted in Cockpit is answered by nobody.
 */
@Component
class LateAnswers {

    private final AnswerClocks clocks;
    private final RuntimeService runtime;
    private final CurrentUser currentUser;
    private final IntakeLabels labels;
    private final ClockTexts texts;

    LateAnswers(AnswerClocks clocks, RuntimeService runtime, CurrentUser currentUser, IntakeLabels labels,
            ClockTexts texts) {
        this.clocks = clocks;
        this.runtime = runtime;
        this.currentUser = currentUser;
        this.labels = labels;
        this.texts = texts;
    }

    List<SlaLateAnswer> at(Instant now, ZoneId zone) {
        List<LateAnswer> late = clocks.late(now);
        Set<String> ids = new HashSet<>();
        late.stream().map(LateAnswer::processInstanceId).filter(Objects::nonNull).forEach(ids::add);
        Set<String> alive = new HashSet<>();
        if (!ids.isEmpty()) {
            currentUser.withoutAuthorization(() -> runtime.createProcessInstanceQuery().processInstanceIds(ids).list())
                    .stream().map(ProcessInstance::getId).forEach(alive::add);
        }
        return late.stream().filter(t -> alive.contains(t.processInstanceId())).map(t -> {
            // A paused clock stopped at the pause: its overdue time is frozen there (SL-5).
            Instant stopped = t.pausedAt() != null ? t.pausedAt().toInstant() : now;
            Duration overdue = Duration.between(t.deadline().toInstant(), stopped);
            overdue = overdue.isNegative() ? Duration.ZERO : overdue;
            return new SlaLateAnswer(t.ticketNo(), t.processInstanceId(), t.category(),
                    labels.nameOf("category", t.category()), t.vipLevel(), labels.nameOf("vipLevel", t.vipLevel()),
                    t.major(), t.owner(), t.deadline().toInstant().atZone(zone).toOffsetDateTime(), t.level(),
                    overdue.toMinutes(), t.pausedAt() != null, "超时 " + texts.duration(overdue)
                            + (t.pausedAt() != null ? "（暂停中，等待客户）" : ""));
        }).sorted(Comparator.comparingLong(SlaLateAnswer::overdueMinutes).reversed()
                .thenComparing(SlaLateAnswer::ticketNo)).toList();
    }
}
