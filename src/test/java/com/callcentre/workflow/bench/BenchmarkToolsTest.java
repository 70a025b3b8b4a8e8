package com.callcentre.workflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's arithmetic and output: what bench/run prints must be what was measured. */
class BenchmarkToolsTest {

    @Test
    void percentilesAreNearestRankOfTheMeasuredDurations() {
        List<Long> nanos = List.of(5_000_000L, 1_000_000L, 3_000_000L, 2_000_000L, 4_000_000L);
        assertThat(Percentiles.millis(nanos, 0.5)).isEqualTo(3.0);
        assertThat(Percentiles.millis(nanos, 0.95)).isEqualTo(5.0);
        assertThat(Percentiles.millis(nanos, 0.2)).isEqualTo(1.0);
        assertThat(Percentiles.millis(List.of(), 0.95)).isNaN();
    }

    @Test
    void figuresArePrintedOneKeyValueLineEach() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Figures figures = new Figures(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        figures.put("lifecycle_tickets_per_s", 27.456);
        figures.put("report_month_ms", 812.4);
        figures.put("lifecycle_errors", 0L);
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("lifecycle_tickets_per_s=27.46", "report_month_ms=812", "lifecycle_errors=0");
    }

    @Test
    void sizesNamedOnTheCommandLineReplaceTheQuickOrFullOnes() {
        Sizes sizes = Sizes.QUICK.with(List.of("--quick", "--lifecycle_tickets=50", "--open_tasks=100", "--no-default",
                "--search_tickets=2000"));
        assertThat(sizes.lifecycleTickets()).isEqualTo(50);
        assertThat(sizes.openTasks()).isEqualTo(100);
        assertThat(sizes.stormOrders()).isEqualTo(Sizes.QUICK.stormOrders());
        assertThat(sizes.searchTickets()).isEqualTo(2_000);
        assertThat(Sizes.FULL.searchTickets()).isEqualTo(500_000);
        assertThat(sizes.describe()).contains("lifecycle_tickets=50", "open_tasks=100", "search_tickets=2000", "sizes=quick");
    }
}
