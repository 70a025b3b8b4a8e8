package com.callcentre.workflow.escalation;

import com.callcentre.workflow.dutylog.DutyLog;
import com.callcentre.workflow.dutylog.DutyLogKind;
import com.callcentre.workflow.identity.CurrentUser;

import com.callcentre.workflow.system.BusinessClock;
import com.callcentre.workflow.system.InvalidInputException;
import java.util.Date;
import java.util.Objects;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * SL-3, a supervisor reports up at once: ending {@code superviseLevel1..3} with
 * {@code escalateNow} UP brings the order's next level forward to now (its timer is due at
 * once); SKIP, in an emergency and from the first level only, brings both forward and the second
 * level is told afterwards instead of supervising ({@code level2SkipGateway},
 * {@code noticeSkippedLevel2}). Either needs the supervisor's proposal for the level above
 * ({@code escalationProposal}), which goes on the trail the next supervisor reads. An execution
 * listener, so a refusal reaches REST as a 400 naming the field. The report-up is written to the
 * shift's duty log (HO-3).
 */
@Component("reportUp")
public class ReportUp implements ExecutionListener {

    static final String CHOICE = "escalateNow";
    static final String PROPOSAL = "escalationProposal";
    /** Order-local: the first level skipped the second (SL-3 越级). */
    static final String SKIP_LEVEL_2 = "skipLevel2";

    private final ManagementService management;
    private final RuntimeService runtime;
    private final DutyLog dutyLog;
    private final ClockTexts texts;

    ReportUp(ManagementService management, RuntimeService runtime, DutyLog dutyLog, ClockTexts texts) {
        this.management = management;
        this.runtime = runtime;
        this.dutyLog = dutyLog;
        this.texts = texts;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object choice = execution.getVariable(CHOICE);
        if (execution.isCanceled() || choice == null || "NO".equals(choice)) {
            return;
        }
        int level = ((Number) execution.getVariable("escalationLevel")).intValue();
        if (!"UP".equals(choice) && !"SKIP".equals(choice)) {
            throw InvalidInputException.of(CHOICE, "请选择 NO、UP 或 SKIP");
        }
        if (level >= 3) {
            throw InvalidInputException.of(CHOICE, "已是最高一级督办，无可上报");
        }
        if ("SKIP".equals(choice) && level != 1) {
            throw InvalidInputException.of(CHOICE, "只有一级督办可以越级上报（SL-3）");
        }
        Object proposal = execution.getVariable(PROPOSAL);
        if (proposal == null || proposal.toString().isBlank()) {
            throw InvalidInputException.of(PROPOSAL, "立即上报须写明上报说明及建议措施（SL-3）");
        }
        if (proposal.toString().length() > 2000) {
            throw InvalidInputException.of(PROPOSAL, "最多 2000 个字");
        }
        DelegateExecution order = orderScope(execution);
        if ("SKIP".equals(choice)) {
            order.setVariableLocal(SKIP_LEVEL_2, true);
        }
        int up = "SKIP".equals(choice) ? 3 : level + 1;
        // HO-3: what was reported up goes on the shift's duty log.
        dutyLog.write(DutyLogKind.REPORTED_UP, "工单 " + execution.getProcessBusinessKey() + "（"
                + texts.departmentName((String) execution.getVariable("department")) + "）：第 " + level + " 级督办"
                + ("SKIP".equals(choice) ? "紧急越级上报第 3 级，事后告知第 2 级" : "立即上报第 " + up + " 级") + "：" + proposal,
                execution.getProcessBusinessKey(), null,
                CurrentUser.idIn(execution.getProcessEngineServices()).orElse(DutyLog.SYSTEM));
        // The supervisor may not move the engine's jobs; the rule may, for this order's levels only.
        Context.getCommandContext().runWithoutAuthorization(() -> {
            for (int next = level + 1; next <= up; next++) {
                bringForward(execution, order, next);
            }
            return null;
        });
    }

    /** {@code level2SkipGateway}: did the first level skip this one? */
    public boolean skipped(DelegateExecution execution, int level) {
        return level == 2 && Boolean.TRUE.equals(execution.getVariable(SKIP_LEVEL_2));
    }

    /** The order's timer of that level, due now; none left (it fired already): nothing to bring forward. */
    private void bringForward(DelegateExecution execution, DelegateExecution order, int level) {
        String department = (String) execution.getVariable("department");
        Object round = execution.getVariable("dispatchRound");
        Date now = Date.from(BusinessClock.now());
        for (Job job : management.createJobQuery().processInstanceId(execution.getProcessInstanceId())
                .activityId("level" + level + "Timer").list()) {
            if (department.equals(runtime.getVariable(job.getExecutionId(), "department"))
                    && Objects.equals(round, runtime.getVariable(job.getExecutionId(), "dispatchRound"))) {
                management.setJobDuedate(job.getId(), now);
                order.setVariable("escalation" + level + "At", now);
            }
        }
    }

    /** The execution of this department's order, where its variables are local. */
    private static DelegateExecution orderScope(DelegateExecution execution) {
        ExecutionEntity scope = (ExecutionEntity) execution;
        while (scope.getParent() != null && !scope.hasVariableLocal("department")) {
            scope = scope.getParent();
        }
        return scope;
    }
}
