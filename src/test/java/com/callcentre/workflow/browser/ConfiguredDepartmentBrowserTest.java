package com.callcentre.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.cluster.Node;
import com.callcentre.workflow.complaint.ComplaintFixture;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Departments are data: the whole application started with a sixth department in its
 * configuration only ({@code centre.departments}, here 法务部 with group dept-legal) offers it on
 * Tasklist's dispatch form, and a manager sends it an order there that its liaison (legal1, a demo
 * user made for it) finds under the department's own filter. The application runs in a JVM of its
 * own (its configuration differs from the suite's) on a database of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfiguredDepartmentBrowserTest {

    Node node;

    @BeforeAll
    void startTheApplicationWithASixthDepartment() {
        Map<String, String> properties = new HashMap<>();
        List<String[]> departments = new ArrayList<>(List.of(
                new String[] {"network", "网络维护部", "dept-network", ""},
                new String[] {"billing", "计费部", "dept-billing", ""},
                new String[] {"business", "业务支撑部", "dept-business", "08:30-17:30"},
                new String[] {"aftersales", "售后服务部", "dept-aftersales", "08:30-17:30"},
                new String[] {"vip", "大客户经理部", "dept-vip", ""},
                new String[] {"legal", "法务部", "dept-legal", ""}));
        for (int i = 0; i < departments.size(); i++) {
            String[] d = departments.get(i);
            properties.put("centre.departments[" + i + "].code", d[0]);
            properties.put("centre.departments[" + i + "].name", d[1]);
            properties.put("centre.departments[" + i + "].group", d[2]);
            if (!d[3].isEmpty()) {
                properties.put("centre.departments[" + i + "].working-hours", d[3]);
            }
        }
        properties.put("spring.datasource.url", "jdbc:h2:mem:sixth-department;DB_CLOSE_DELAY=-1");
        properties.put("spring.datasource.driver-class-name", "org.h2.Driver");
        properties.put("spring.datasource.username", "sa");
        properties.put("spring.datasource.password", "");
        // H2's migrations only: the postgres profile adds its PostgreSQL-only ones (V26).
        properties.put("spring.flyway.locations", "classpath:db/migration");
        node = Node.start("sixth-department", properties).awaitReady();
    }

    @AfterAll
    void stop() {
        if (node != null) {
            node.stop();
        }
    }

    @Test
    void aManagerSendsTheNewDepartmentAnOrderThroughTasklistsForm() throws Exception {
        ApiClient api = new ApiClient(node.port());
        String description = "套餐合同条款争议（第六个部门 " + System.nanoTime() + "）";
        Map<String, Object> body = new HashMap<>(ComplaintFixture.billingComplaint());
        body.put("description", description);
        HttpResponse<String> registered = api.post("/api/complaints", "agent1", body);
        assertThat(registered.statusCode()).isEqualTo(201);
        String ticketNo = ApiClient.JSON.readTree(registered.body()).path("ticketNo").asText();

        try (Browser browser = Browser.open("http://localhost:" + node.port(), "zh-CN")) {
            Tasklist tasklist = new Tasklist(browser);
            tasklist.login("manager1", "demo");
            tasklist.filter("我组待认领");
            tasklist.openTask("派发督办单", ticketNo);
            assertThat(tasklist.ticked("派单部门", "法务部")).as("offered, not proposed by the routing table").isFalse();
            tasklist.claim();
            tasklist.show("派单部门");
            tasklist.tick("派单部门", "法务部");
            browser.screenshot("form-dispatch-sixth-department");
            tasklist.complete();

            JsonNode ticket = ApiClient.JSON.readTree(api.get("/api/complaints/" + ticketNo, "manager1").body());
            List<String> ordered = new ArrayList<>();
            ticket.path("orders").forEach(order -> ordered.add(order.path("department").asText()));
            assertThat(ordered).contains("legal", "billing");

            tasklist.login("legal1", "demo");
            tasklist.filter("法务部督办单");
            assertThat(tasklist.taskList()).contains(ticketNo);
            tasklist.openTask("处理督办单并回单", ticketNo);
            assertThat(browser.text()).contains("本部门：法务部", description);
            browser.screenshot("form-handle-order-sixth-department");
        }
    }
}
