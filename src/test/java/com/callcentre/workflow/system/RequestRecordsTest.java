package com.callcentre.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.callcentre.workflow.system.InvalidInputException.FieldProblem;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reading of request records and the system's own constraints, without Spring. */
class RequestRecordsTest {

    enum Colour { RED, GREEN }

    @TypedInput
    @DateRange(from = "from", to = "to", maxDays = 7)
    record Sample(@NotBlank(message = "必填") String name, @NotNull(message = "必填") Boolean flag, Colour colour,
            Long id, @InDateBounds LocalDate from, @InDateBounds LocalDate to) {
    }

    private final Validator validator = Validators.plain();
    private final RequestRecords records = new RequestRecords(new ObjectMapper(), validator);

    @Test
    void everyBadFieldIsNamedAtOnceWrongTypesUnknownFieldsAndConstraints() {
        Map<String, Object> values = new HashMap<>();
        values.put("name", "  ");
        values.put("flag", "yes");
        values.put("colour", "BLUE");
        values.put("id", "x1");
        values.put("from", "2030-02-30");
        values.put("to", "1999-12-31");
        values.put("colour2", 1);

        assertThatThrownBy(() -> records.read(values, Sample.class)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("colour", "colour2", "flag", "from", "id", "name", "to"));
    }

    @Test
    void textIsTrimmedNumbersMayBeTextAndOtherVariablesAreIgnoredWhenAsked() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", " 张三 ");
        values.put("flag", true);
        values.put("colour", "GREEN");
        values.put("id", "42");
        values.put("initiator", "agent1");

        Sample sample = records.readKnown(values, Sample.class);

        assertThat(sample).isEqualTo(new Sample("张三", true, Colour.GREEN, 42L, null, null));
        assertThatThrownBy(() -> records.read(values, Sample.class)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsExactly(new FieldProblem("initiator", "未知字段")));
    }

    @Test
    void controlCharactersAreRefusedNamingTheField() {
        assertThatThrownBy(() -> records.read(Map.of("name", "a\u0000b", "flag", false), Sample.class))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly(new FieldProblem("name", PlainText.MESSAGE)));
    }

    @Test
    void inDateBoundsTakesTheYears2000To2099() {
        assertThat(problems(LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 1))).isEmpty();
        assertThat(problems(LocalDate.of(2099, 12, 31), LocalDate.of(2099, 12, 31))).isEmpty();
        assertThat(problems(LocalDate.of(1999, 12, 31), null)).containsEntry("from", DateBounds.MESSAGE);
        assertThat(problems(null, LocalDate.of(2100, 1, 1))).containsEntry("to", DateBounds.MESSAGE);
    }

    @Test
    void dateRangeNamesTheEndBeforeTheStartOrAPeriodTooLong() {
        LocalDate monday = LocalDate.of(2030, 1, 7);
        assertThat(problems(monday, monday)).isEmpty();
        assertThat(problems(monday, monday.plusDays(6))).as("seven days, both ends included").isEmpty();
        assertThat(problems(monday, monday.plusDays(7))).containsEntry("to", "一次最多查询 7 天（含首尾）");
        assertThat(problems(monday, monday.minusDays(1))).containsEntry("to", "不能早于 from");
        assertThat(problems(null, monday)).as("a missing date is @NotNull's").isEmpty();
    }

    private Map<String, String> problems(LocalDate from, LocalDate to) {
        return Validators.problems(validator, new Sample("x", true, null, null, from, to));
    }
}
