package com.callcentre.workflow.complaint;

import com.callcentre.workflow.system.InvalidInputException;
import com.callcentre.workflow.system.InvalidInputException.FieldProblem;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The one place that reads and checks an intake (CP-3): the API's JSON body and the Tasklist
 * start form's variables both come through here, and every bad field is named at once.
 */
@Component
class IntakeValidation {

    /** The fields of an intake, in the API's JSON and as start-form variables alike. */
    static final Set<String> FIELDS = Set.of("channel", "type", "category", "customerName", "customerPhone",
            "vipLevel", "description", "resolvedAtFirstContact", "major", "repeatOf");

    private final Validator validator;
    private final TicketRepository tickets;

    IntakeValidation(Validator validator, TicketRepository tickets) {
        this.validator = validator;
        this.tickets = tickets;
    }

    /** The API: unknown fields are refused, booleans must be given. */
    ComplaintIntake fromApi(Map<String, Object> body) {
        List<FieldProblem> problems = new ArrayList<>();
        body.keySet().stream().filter(k -> !FIELDS.contains(k)).sorted()
                .forEach(k -> problems.add(new FieldProblem(k, "未知字段")));
        return read(body, true, problems);
    }

    /** The start form: other variables (the initiator) are fine, an untouched checkbox is "no". */
    ComplaintIntake fromStartForm(Map<String, Object> variables) {
        return read(variables, false, new ArrayList<>());
    }

    private ComplaintIntake read(Map<String, Object> in, boolean booleansRequired, List<FieldProblem> problems) {
        ComplaintIntake intake = new ComplaintIntake(
                enumOf(ComplaintIntake.Channel.class, "channel", in, problems),
                enumOf(ComplaintIntake.ContactType.class, "type", in, problems),
                enumOf(ComplaintIntake.Category.class, "category", in, problems),
                text("customerName", in, problems),
                text("customerPhone", in, problems),
                enumOf(ComplaintIntake.VipLevel.class, "vipLevel", in, problems),
                text("description", in, problems),
                bool("resolvedAtFirstContact", in, booleansRequired, problems),
                bool("major", in, booleansRequired, problems),
                blankToNull(text("repeatOf", in, problems)));
        validator.validate(intake).forEach(v -> {
            String field = v.getPropertyPath().toString();
            if (problems.stream().noneMatch(p -> p.field().equals(field))) {
                problems.add(new FieldProblem(field, v.getMessage()));
            }
        });
        boolean repeatOfChecked = problems.stream().anyMatch(p -> p.field().equals("repeatOf"));
        if (intake.repeatOf() != null && !repeatOfChecked && !tickets.exists(intake.repeatOf())) {
            problems.add(new FieldProblem("repeatOf", "原工单不存在"));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(FieldProblem::field));
            throw new InvalidInputException(problems);
        }
        return intake;
    }

    private static String text(String name, Map<String, Object> in, List<FieldProblem> problems) {
        Object value = in.get(name);
        if (value == null || value instanceof String) {
            return value == null ? null : ((String) value).trim();
        }
        problems.add(new FieldProblem(name, "须为文本"));
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static Boolean bool(String name, Map<String, Object> in, boolean required, List<FieldProblem> problems) {
        Object value = in.get(name);
        if (value instanceof Boolean b) {
            return b;
        }
        if (value == null && !required) {
            return Boolean.FALSE;
        }
        if (value != null) {
            problems.add(new FieldProblem(name, "须为 true 或 false"));
        }
        return null; // a missing one is reported by the bean validation
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name, Map<String, Object> in,
            List<FieldProblem> problems) {
        String value = blankToNull(text(name, in, problems));
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(name, "未知的取值: " + value));
            return null;
        }
    }
}
