package com.callcentre.workflow.quality;

import com.callcentre.workflow.identity.CurrentUser;
import com.callcentre.workflow.staff.Employee;
import com.callcentre.workflow.staff.Roster;
import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.InvalidInputException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * End of {@code scoreListening} (质检抽听, QA-1): the inspector's score, checked, graded by the
 * {@code quality-grade} table and recorded. Every item is a whole number from 0 to its maximum,
 * the call's reference is given, the call was made in the listening month and not after today, and
 * a 不合格 needs a comment. An execution listener, not a task listener: the engine passes its
 * {@link InvalidInputException} on, so a refusal is a 400 naming the field over every route
 * (/api, /engine-rest, Tasklist), and nothing changes. The form's contract (integrity.CommandGate)
 * has already refused unknown fields.
 */
@Component("checkListeningScore")
class CheckListeningScore implements ExecutionListener {

    static final String CALL_REF = "callRef";
    static final String LISTENED_ON = "listenedOn";
    static final String COMMENT = "listeningComment";
    static final String DECISION = "quality-grade";
    static final int MAX_CALL_REF = 64;
    static final int MAX_COMMENT = 2000;
    static final List<String> ANSWERS;

    static {
        List<String> answers = new ArrayList<>(List.of(CALL_REF, LISTENED_ON, COMMENT));
        answers.addAll(Criterion.variables());
        ANSWERS = List.copyOf(answers);
    }

    private final ListeningBook book;
    private final Roster roster;
    private final BusinessClock clock;

    CheckListeningScore(ListeningBook book, Roster roster, BusinessClock clock) {
        this.book = book;
        this.roster = roster;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        YearMonth month = YearMonth.parse((String) execution.getVariable(ListeningTasks.MONTH));
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        String callRef = text(execution.getVariable(CALL_REF));
        if (callRef == null) {
            problems.add(problem(CALL_REF, "「通话/工单编号」必填（QA-1）"));
        } else if (callRef.length() > MAX_CALL_REF) {
            problems.add(problem(CALL_REF, "「通话/工单编号」最多 " + MAX_CALL_REF + " 字"));
        }
        LocalDate listenedOn = date(execution.getVariable(LISTENED_ON));
        if (listenedOn == null || !YearMonth.from(listenedOn).equals(month) || listenedOn.isAfter(clock.today())) {
            problems.add(problem(LISTENED_ON, "「通话日期」须为 " + month + " 月内、不晚于今天的日期（yyyy-MM-dd，QA-1）"));
        }
        Map<String, Object> inputs = new HashMap<>();
        List<Integer> scores = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            Integer score = score(execution.getVariable(c.variable()), c.max());
            if (score == null) {
                problems.add(problem(c.variable(), "「" + c.label() + "」须为 0 到 " + c.max() + " 的整数分（QA-1）"));
            }
            scores.add(score);
            inputs.put(c.variable(), score);
        }
        String comment = text(execution.getVariable(COMMENT));
        if (comment != null && comment.length() > MAX_COMMENT) {
            problems.add(problem(COMMENT, "「评语」最多 " + MAX_COMMENT + " 字"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int total = scores.stream().mapToInt(Integer::intValue).sum();
        inputs.put("totalScore", total);
        Grade grade = grade(execution, inputs);
        if (grade == Grade.FAIL && comment == null) {
            throw InvalidInputException.of(COMMENT, "评定为不合格（总分 " + total + "）时，「评语」必填，写明问题所在（QA-1）");
        }
        String slot = (String) execution.getVariable(ListeningTasks.SLOT);
        String agent = ListeningTasks.agentOf(slot);
        String leader = roster.employee(agent).map(Employee::dutyLeader).orElse(null);
        String inspector = CurrentUser.idIn(execution.getProcessEngineServices()).orElse("system");
        boolean recorded = book.record(new ListeningBook.Listening(month.toString(), agent,
                ListeningTasks.slotNo(slot), leader, callRef, listenedOn, List.copyOf(scores), total, grade.name(),
                comment, inspector, null), execution.getProcessInstanceId());
        if (!recorded) {
            throw InvalidInputException.of(CALL_REF, "该抽听已评分，不能再次评分（QA-1）");
        }
        execution.setVariableLocal("listeningGrade", grade.name());
    }

    /** The table's grade for these items and total (FIRST hit policy: the first matching row). */
    private static Grade grade(DelegateExecution execution, Map<String, Object> inputs) {
        // The table is the centre's, not the inspector's: evaluated whatever the inspector may evaluate.
        DmnDecisionRuleResult result = Context.getCommandContext().runWithoutAuthorization(() -> execution
                .getProcessEngineServices().getDecisionService().evaluateDecisionTableByKey(DECISION)
                .variables(inputs).evaluate().getSingleResult());
        Object value = result == null ? null : result.getEntry("grade");
        return Grade.of(value).orElseThrow(() -> new IllegalStateException(
                "The quality-grade table gave no grade for " + inputs + ": it must cover every score"));
    }

    private static Integer score(Object value, int max) {
        if (value instanceof Number n && !(value instanceof Double d && d != Math.rint(d))
                && !(value instanceof Float f && f != Math.rint(f))) {
            double v = n.doubleValue();
            if (v >= 0 && v <= max && v == Math.rint(v)) {
                return (int) v;
            }
        }
        return null;
    }

    private LocalDate date(Object value) {
        if (value instanceof Date d) {
            return LocalDate.ofInstant(d.toInstant(), clock.zone());
        }
        if (value instanceof String s && s.length() == 10) {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private static String text(Object value) {
        return value instanceof String s && !s.isBlank() ? s.trim() : null;
    }

    private static InvalidInputException.FieldProblem problem(String field, String message) {
        return new InvalidInputException.FieldProblem(field, message);
    }
}
