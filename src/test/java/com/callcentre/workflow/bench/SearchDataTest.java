package com.callcentre.workflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.complaint.PhoneHash;
import com.callcentre.workflow.complaint.SearchVolume;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search benchmark's data and probe at a tiny size (issue 16): SearchData writes tickets as
 * registration does (the keyed phone hash beside the number, CP-9) with their department orders,
 * and every search the benchmark times answers 200 with what staff would find: the caller's
 * tickets by phone, an agent's own, a liaison's department's, the manager's CSV with its count.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class SearchDataTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    PhoneHash phoneHash;
    @Autowired
    JdbcClient jdbc;

    @Test
    void ticketsOfAYearThatEverySearchShapeFinds() {
        SearchData data = new SearchData(SearchVolume.of(context), new TransactionTemplate(transactions), "SBT", "199", 7);
        SearchData.Made made = data.generate(240, Instant.now());

        assertThat(jdbc.sql("select count(*) from ticket where ticket_no like 'SBT%'").query(Long.class).single())
                .isEqualTo(240);
        assertThat(made.orders()).isPositive();
        assertThat(made.frequentPhoneTickets()).isGreaterThan(1);
        // CP-9: the number is found by its keyed hash, which is not the number.
        List<String> hashes = jdbc.sql("select customer_phone_hash from ticket where customer_phone = ?")
                .param(made.frequentPhone()).query(String.class).list();
        assertThat(hashes).hasSize((int) made.frequentPhoneTickets())
                .containsOnly(phoneHash.of(made.frequentPhone())).doesNotContainNull();
        assertThat(hashes.get(0)).doesNotContain(made.frequentPhone().substring(3));

        SearchProbe probe = new SearchProbe(port);
        Map<String, SearchProbe.Answer> answers = new LinkedHashMap<>();
        for (SearchBench.Shape shape : SearchBench.shapes(made.frequentPhone(), 1)) {
            answers.put(shape.name(), probe.search(shape.user(), shape.query()));
        }
        answers.values().forEach(a -> assertThat(a.nanos()).isPositive());
        // The agent finds the caller's every ticket by the number as typed, whoever owns them.
        assertThat(answers.get("agent_phone").total()).isEqualTo(made.frequentPhoneTickets());
        // The suite's other tests leave tickets of their own beside these: at least the generated ones.
        assertThat(answers.get("supervisor_all").total()).isGreaterThanOrEqualTo(240);
        assertThat(answers.get("supervisor_all").rows()).isEqualTo(20);
        assertThat(answers.get("supervisor_all_later_page").rows()).isEqualTo(20);
        assertThat(answers.get("supervisor_status").total()).isGreaterThanOrEqualTo(made.atDepartments());
        assertThat(answers.get("supervisor_department").total()).isGreaterThanOrEqualTo(made.networkTickets());
        assertThat(answers.get("supervisor_text_rare").total()).isGreaterThanOrEqualTo(made.rareTextTickets());
        assertThat(answers.get("supervisor_text_common").total()).isPositive();
        assertThat(answers.get("agent_mine").total()).isGreaterThanOrEqualTo(made.agent1Tickets());
        assertThat(answers.get("agent_mine_later_page").rows()).isPositive();
        assertThat(answers.get("liaison").total()).isGreaterThanOrEqualTo(made.billingTickets())
                .isLessThan(answers.get("supervisor_all").total());

        SearchProbe.Answer csv = probe.csv(SearchBench.csvShape().user(), SearchBench.csvShape().query());
        assertThat(csv.total()).isEqualTo(answers.get("supervisor_all").total());
        assertThat(csv.rows()).isEqualTo((int) Math.min(csv.total(), 10_000));
    }
}
