package com.callcentre.workflow.system;

import com.callcentre.workflow.system.InvalidInputException.FieldProblem;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A JSON object as a record's fields: text is trimmed (blank is left out), and a value of the
 * wrong type or of no field is a problem naming that field, the field then left out.
 */
final class RecordReader {

    static final String UNKNOWN = "未知字段";

    record Read<R>(R record, List<FieldProblem> problems) {
    }

    private RecordReader() {
    }

    static <R> Read<R> read(JsonNode body, Class<R> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        List<FieldProblem> problems = new ArrayList<>();
        if (body == null || !body.isObject()) {
            problems.add(new FieldProblem("body", "请求体不是有效的 JSON 对象"));
        } else {
            Set<String> names = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
            List<String> unknown = new ArrayList<>();
            body.fieldNames().forEachRemaining(name -> {
                if (!names.contains(name)) {
                    unknown.add(name);
                }
            });
            unknown.stream().sorted().forEach(name -> problems.add(new FieldProblem(name, UNKNOWN)));
            for (int i = 0; i < components.length; i++) {
                JsonNode value = body.get(components[i].getName());
                if (value != null && !value.isNull()) {
                    try {
                        values[i] = value(value, components[i].getType());
                    } catch (IllegalArgumentException bad) {
                        problems.add(new FieldProblem(components[i].getName(), bad.getMessage()));
                    }
                }
            }
        }
        return new Read<>(construct(type, components, values), problems);
    }

    /** The record's constraint violations, one a field, but for fields named already (none without a body). */
    static List<FieldProblem> violations(Validator validator, Object record, List<FieldProblem> named) {
        List<FieldProblem> problems = new ArrayList<>();
        if (named.stream().anyMatch(p -> p.field().equals("body"))) {
            return problems; // no fields to speak of
        }
        validator.validate(record).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessage))
                .forEach(v -> {
                    String field = v.getPropertyPath().toString().isEmpty() ? "body" : v.getPropertyPath().toString();
                    if (named.stream().noneMatch(p -> p.field().equals(field))
                            && problems.stream().noneMatch(p -> p.field().equals(field))) {
                        problems.add(new FieldProblem(field, v.getMessage()));
                    }
                });
        return problems;
    }

    /** The value as the field's type, {@code null} for blank text; a wrong one throws its message. */
    private static Object value(JsonNode node, Class<?> type) {
        if (type == String.class) {
            String text = text(node);
            return text.isEmpty() ? null : text;
        }
        if (type == Boolean.class || type == boolean.class) {
            if (!node.isBoolean()) {
                throw new IllegalArgumentException("须为 true 或 false");
            }
            return node.booleanValue();
        }
        if (type == Long.class || type == Integer.class) {
            return whole(node, type == Integer.class);
        }
        String text = text(node);
        if (text.isEmpty()) {
            return null;
        }
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).filter(c -> ((Enum<?>) c).name().equals(text)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("未知的取值: " + text + "，可选 "
                            + Arrays.toString(type.getEnumConstants())));
        }
        if (type == LocalDate.class) {
            try {
                // ISO_LOCAL_DATE is strict: 2030-02-30 is refused, not moved to March.
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("不是有效日期，格式 yyyy-MM-dd");
            }
        }
        throw new IllegalStateException("No reading for " + type);
    }

    private static String text(JsonNode node) {
        if (!node.isTextual()) {
            throw new IllegalArgumentException("须为文本");
        }
        if (PlainText.hasControlCharacters(node.textValue())) {
            throw new IllegalArgumentException(PlainText.MESSAGE);
        }
        return node.textValue().trim();
    }

    private static Object whole(JsonNode node, boolean integer) {
        long value;
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            value = node.longValue();
        } else if (node.isTextual() && node.textValue().trim().matches("-?\\d{1,18}")) {
            value = Long.parseLong(node.textValue().trim());
        } else if (node.isNumber() && node.isFloatingPointNumber() && node.doubleValue() == Math.rint(node.doubleValue())
                && Math.abs(node.doubleValue()) < 1e15) {
            value = (long) node.doubleValue();
        } else {
            throw new IllegalArgumentException("须为整数");
        }
        if (integer && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("须为整数");
        }
        // Not a ternary of Integer and Long: that unboxes both and makes every value a Long.
        if (integer) {
            return Integer.valueOf((int) value);
        }
        return Long.valueOf(value);
    }

    private static <R> R construct(Class<R> type, RecordComponent[] components, Object[] values) {
        try {
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<R> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make a " + type.getSimpleName(), e);
        }
    }
}
