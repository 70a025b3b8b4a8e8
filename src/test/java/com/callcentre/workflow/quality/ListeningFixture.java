package com.callcentre.workflow.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.system.ProcessKeys;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The month's listenings (QA-1) through the real engine: months of the tests' own (in 2034, which
 * no other test's clock reaches), timers run by moving the engine's clock and executing their job,
 * as the job executor would.
 */
class ListeningFixture {

    private final ProcessEngine engine;
    private final JdbcClient jdbc;

    ListeningFixture(ProcessEngine engine, JdbcClient jdbc) {
        this.engine = engine;
        this.jdbc = jdbc;
    }

    /** At this time in Shanghai, the start timer fires: the month's instance. */
    ProcessInstance startMonthAt(String shanghaiLocalDateTime) {
        AuditFixture.clockAt(shanghaiLocalDateTime);
        List<Job> jobs = engine.getManagementService().createJobQuery()
                .processDefinitionKey(ProcessKeys.QUALITY_LISTENING).timers().list().stream()
                .filter(j -> j.getProcessInstanceId() == null).toList();
        assertThat(jobs).as("the listenings' start timer").hasSize(1);
        List<String> before = instanceIds();
        engine.getManagementService().executeJob(jobs.get(0).getId());
        List<ProcessInstance> started = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.QUALITY_LISTENING).list().stream()
                .filter(h -> !before.contains(h.getId()))
                .map(StartedInstance::of)
                .toList();
        assertThat(started).as("one month started by the timer").hasSize(1);
        return started.get(0);
    }

    private List<String> instanceIds() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.QUALITY_LISTENING).list().stream().map(h -> h.getId()).toList();
    }

    /** The boundary timer of this instance ({@code listeningReminderTimer}, {@code listeningMonthOver}). */
    Job timer(ProcessInstance pi, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId)
                .singleResult();
    }

    /** Runs that timer at this time in Shanghai. */
    void fire(ProcessInstance pi, String activityId, String shanghaiLocalDateTime) {
        AuditFixture.clockAt(shanghaiLocalDateTime);
        engine.getManagementService().executeJob(timer(pi, activityId).getId());
    }

    List<Task> tasks(ProcessInstance pi) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).orderByTaskName().asc().list();
    }

    /** The open listening of this agent's slot. */
    Task task(ProcessInstance pi, String agent, int slot) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("scoreListening").list().stream()
                .filter(t -> (agent + "#" + slot).equals(engine.getTaskService().getVariable(t.getId(),
                        ListeningTasks.SLOT)))
                .findFirst().orElseThrow();
    }

    /** A score of the four items (服务态度, 业务准确, 沟通表达, 服务规范) for a call on that day. */
    static Map<String, Object> score(String day, int attitude, int accuracy, int expression, int procedure) {
        Map<String, Object> answer = new HashMap<>();
        answer.put("callRef", "LY-" + day + "-" + attitude + accuracy);
        answer.put("listenedOn", day);
        answer.put("attitudeScore", attitude);
        answer.put("accuracyScore", accuracy);
        answer.put("expressionScore", expression);
        answer.put("procedureScore", procedure);
        return answer;
    }

    static Map<String, Object> with(Map<String, Object> answer, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(answer);
        changed.put(key, value);
        return changed;
    }

    /** Ends the months left open and forgets their scores. */
    void clean() {
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProcessKeys.QUALITY_LISTENING)
                .list().forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test over"));
        jdbc.sql("delete from quality_listening").update();
        ClockUtil.reset();
    }
}
