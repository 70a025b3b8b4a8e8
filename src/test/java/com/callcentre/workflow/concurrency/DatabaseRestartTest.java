package com.callcentre.workflow.concurrency;

import static com.callcentre.workflow.complaint.ComplaintFixture.billingComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The database restarted under the running application (issue 12, faults): requests during the
 * outage are answered 503 in Chinese, never a stack trace; the application finds the database
 * again by itself; nothing committed is lost. Runs where the suite runs on the local PostgreSQL
 * 15 cluster that CI starts ({@code pg_ctlcluster}, as root); an in-memory H2 cannot restart, so
 * there this test does not apply and says so.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class DatabaseRestartTest {

    static final Path PG_CTLCLUSTER = Path.of("/usr/bin/pg_ctlcluster");

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    @BeforeEach
    void onTheLocalPostgreSql() {
        assumeTrue(System.getProperty("spring.profiles.active", "").contains("postgres")
                && String.valueOf(System.getenv("SPRING_DATASOURCE_URL")).contains("//localhost")
                && Files.isExecutable(PG_CTLCLUSTER), "a database restart needs the local PostgreSQL cluster");
    }

    @AfterEach
    void clusterRunning() throws Exception {
        if (Files.isExecutable(PG_CTLCLUSTER)) {
            cluster("start");
        }
    }

    @Test
    void duringTheOutageA503AfterItEverythingCommittedIsThere() throws Exception {
        ApiClient api = new ApiClient(port);
        HttpResponse<String> created = api.post("/api/complaints", "agent1", billingComplaint());
        assertThat(created.statusCode()).isEqualTo(201);
        String ticketNo = ApiClient.JSON.readTree(created.body()).path("ticketNo").asText();

        cluster("stop");
        for (String path : List.of("/api/complaints/" + ticketNo, "/engine-rest/task?processInstanceBusinessKey=" + ticketNo)) {
            HttpResponse<String> during = api.send(api.request(path, "manager1", "demo")
                    .timeout(java.time.Duration.ofSeconds(90)).GET());
            assertThat(during.statusCode()).as(path + ": " + during.body()).isEqualTo(503);
            assertThat(during.body()).contains("数据库暂时不可用").doesNotContain("Exception", "SQL", "at org.");
        }
        cluster("start");

        HttpResponse<String> after = null;
        for (int attempt = 0; attempt < 60; attempt++) {
            after = api.get("/api/complaints/" + ticketNo, "manager1");
            if (after.statusCode() == 200) {
                break;
            }
            Thread.sleep(1000);
        }
        assertThat(after.statusCode()).as("recovered by itself: " + after.body()).isEqualTo(200);
        assertThat(ApiClient.JSON.readTree(after.body()).path("status").asText()).isEqualTo("AWAITING_DISPATCH");
        HttpResponse<String> more = api.post("/api/complaints", "agent1", billingComplaint());
        assertThat(more.statusCode()).as("and takes new work").isEqualTo(201);
    }

    private static void cluster(String action) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(PG_CTLCLUSTER.toString(), "15", "main", action).redirectErrorStream(true).start();
        process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        process.waitFor(60, TimeUnit.SECONDS);
    }
}
