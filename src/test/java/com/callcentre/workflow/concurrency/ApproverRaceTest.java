package com.callcentre.workflow.concurrency;

import static com.callcentre.workflow.leave.LeaveFixture.SUNDAY_10;
import static com.callcentre.workflow.leave.LeaveFixture.TUESDAY;
import static com.callcentre.workflow.leave.LeaveFixture.approve;
import static com.callcentre.workflow.leave.LeaveFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.leave.LeaveFixture;
import com.callcentre.workflow.staff.ShiftType;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two approvers deciding the same leave at once (issue 12, faults): two directors of the
 * cs-director group open the same approval and press at the same moment, one approving, one
 * refusing. One decision counts, the other is told who decided, in Chinese (409); nothing is
 * half-decided, and never a 500.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class ApproverRaceTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    LeaveFixture leave;

    @BeforeEach
    void aSecondDirector() {
        engine.getIdentityService().createMembership("centerdirector1", "cs-director");
    }

    @AfterEach
    void cleanUp() {
        engine.getIdentityService().deleteMembership("centerdirector1", "cs-director");
        leave.clean();
    }

    @Test
    void twoDirectorsDecideTheSameLeaveAtOnceOneCountsTheOtherGets409() throws Exception {
        ApiClient api = new ApiClient(port);
        for (int round = 0; round < 3; round++) {
            leave.shift("agent1", TUESDAY.plusDays(round * 7L), ShiftType.DAY);
            LeaveFixture.clock(SUNDAY_10);
            String day = TUESDAY.plusDays(round * 7L).toString();
            ProcessInstance pi = leave.submit("agent1", request("agent1", "PERSONAL", day + "T08:00+08:00", day + "T16:00+08:00"));
            leave.complete("leader1", leave.task(pi.getBusinessKey(), "dutyLeaderApproval"), approve("同意"));
            String approval = leave.task(pi.getBusinessKey(), "csDirectorApproval").getId();

            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (String director : List.of("director1", "centerdirector1")) {
                boolean yes = director.equals("director1");
                answers.add(pool.submit(() -> {
                    start.await();
                    return api.post("/engine-rest/task/" + approval + "/complete", director, Map.of("variables", Map.of(
                            "approved", Map.of("value", yes), "comment", Map.of("value", yes ? "同意" : "岗位人手不足"))));
                }));
            }
            start.countDown();
            int counted = 0;
            for (Future<HttpResponse<String>> future : answers) {
                HttpResponse<String> answer = future.get(60, TimeUnit.SECONDS);
                assertThat(answer.statusCode()).as(answer.body()).isIn(204, 409);
                if (answer.statusCode() == 409) {
                    assertThat(answer.body()).contains("办理完毕");
                } else {
                    counted++;
                }
            }
            pool.shutdown();
            assertThat(counted).as("one decision counts").isOne();
            HttpResponse<String> request = api.get("/api/leave-requests/" + pi.getBusinessKey(), "admin");
            var decisions = ApiClient.JSON.readTree(request.body()).path("decisions");
            assertThat(decisions).as("the duty leader's and one director's, no more").hasSize(2);
        }
    }
}
