package com.callcentre.workflow.integrity;

import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.WebappSession;
import com.callcentre.workflow.complaint.ComplaintFixture;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two people on one task (issue 11, "Answers"): whoever loses gets a 409 in Chinese saying who
 * has the task or finished it, a task that never was a 404; never a 500, on {@code /engine-rest}
 * and in Tasklist's own API.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class TaskRaceTest {

    @LocalServerPort
    int port;
    ApiClient api;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ComplaintFixture complaints;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void claimingATaskSomeoneHoldsIsA409NamingThem() throws Exception {
        String dispatch = dispatchTask();
        assertThat(api.post("/engine-rest/task/" + dispatch + "/claim", "manager1", Map.of("userId", "manager1"))
                .statusCode()).isEqualTo(204);
        engine.getIdentityService().setAuthentication("admin", List.of("camunda-admin"));
        try {
            engine.getIdentityService().createMembership("agent1", "complaint-manager");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        try {
            HttpResponse<String> second = api.post("/engine-rest/task/" + dispatch + "/claim", "agent1",
                    Map.of("userId", "agent1"));

            assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
            assertThat(second.body()).contains("已由").contains("杨军（manager1）");
        } finally {
            engine.getIdentityService().deleteMembership("agent1", "complaint-manager");
        }
    }

    @Test
    void completingATaskThatNeverWasIsA404AndOneAlreadyDoneA409NamingWhoDidIt() throws Exception {
        String dispatch = dispatchTask();
        Map<String, Object> answer = Map.of("variables", Map.of("departments",
                Map.of("value", "[\"billing\"]", "type", "Json")));
        assertThat(api.post("/engine-rest/task/" + dispatch + "/complete", "manager1", answer).statusCode()).isEqualTo(204);

        HttpResponse<String> again = api.post("/engine-rest/task/" + dispatch + "/complete", "manager1", answer);
        HttpResponse<String> never = api.post("/engine-rest/task/no-such-task/complete", "manager1", answer);
        HttpResponse<String> tasklist = WebappSession.logIn(port, "manager1")
                .post(WebappSession.ENGINE + "/task/" + dispatch + "/submit-form", answer);

        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(again.body()).contains("派发督办单").contains("杨军（manager1）").contains("办理完毕");
        assertThat(never.statusCode()).as(never.body()).isEqualTo(404);
        assertThat(tasklist.statusCode()).as(tasklist.body()).isEqualTo(409);
    }

    @Test
    void twoManagersCompletingOneDispatchAtOnceGiveOneSuccessAndNoServerError() throws Exception {
        for (int round = 0; round < 5; round++) {
            String dispatch = dispatchTask();
            Map<String, Object> answer = Map.of("variables", Map.of("departments",
                    Map.of("value", "[\"billing\"]", "type", "Json")));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<HttpResponse<String>> call = () -> {
                    start.await();
                    return api.post("/engine-rest/task/" + dispatch + "/complete", "manager1", answer);
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            int done = 0;
            for (Future<HttpResponse<String>> future : answers) {
                HttpResponse<String> response = future.get(60, TimeUnit.SECONDS);
                assertThat(response.statusCode()).as(response.body()).isIn(204, 409);
                if (response.statusCode() == 409) {
                    assertThat(response.body()).as("in Chinese, about the task").contains("任务");
                } else {
                    done++;
                }
            }
            pool.shutdown();
            assertThat(done).as("exactly one completion counts").isOne();
        }
    }

    private String dispatchTask() {
        ProcessInstance pi = complaints.register("agent1", billingComplaint());
        return complaints.task(pi.getBusinessKey(), "dispatch").getId();
    }
}
