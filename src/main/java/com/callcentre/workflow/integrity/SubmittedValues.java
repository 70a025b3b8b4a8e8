package com.callcentre.workflow.integrity;

import com.callcentre.workflow.integrity.FormContracts.Contract;
import com.callcentre.workflow.integrity.FormContracts.Field;
import com.callcentre.workflow.system.InvalidInputException.FieldProblem;
import com.callcentre.workflow.system.PlainText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Holds what a person submits to its form's contract: only the form's fields, each of its type,
 * no longer than its limit, one of its choices; a read-only field only with the value it shows.
 * Every bad field is named at once, in Chinese.
 */
final class SubmittedValues {

    /** More choices than any checklist of ours offers: a longer list is not a person's answer. */
    static final int MAX_CHOICES = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SubmittedValues() {
    }

    /**
     * The problems of {@code submitted} against {@code contract}; {@code current} gives a
     * variable's value as it is now (read-only fields, required fields already answered).
     */
    static List<FieldProblem> check(Contract contract, Map<String, ?> submitted, Function<String, Object> current,
            boolean requireAnswers) {
        List<FieldProblem> problems = new ArrayList<>();
        for (String name : submitted.keySet()) {
            Field field = contract.fields().get(name);
            if (field == null) {
                problems.add(new FieldProblem(name, "此步骤的表单没有该字段，不能提交（只接受表单「"
                        + contract.formId() + "」中的字段）"));
                continue;
            }
            Object value = plain(submitted, name);
            String problem = value == NOT_PLAIN ? "类型不正确" : problem(field, value);
            if (problem == null && field.readonly() && !Objects.equals(normal(value), normal(current.apply(name)))) {
                problem = "只读字段，不能修改";
            }
            if (problem != null) {
                problems.add(new FieldProblem(name, problem));
            }
        }
        for (Field field : requireAnswers ? contract.fields().values() : List.<Field>of()) {
            if (field.required() && !field.readonly() && blank(submitted.containsKey(field.key())
                    ? plain(submitted, field.key()) : current.apply(field.key()))) {
                problems.add(new FieldProblem(field.key(), "必填（「" + field.label() + "」）"));
            }
        }
        return problems;
    }

    /** A value that is neither a plain value nor a serialized one a form could send. */
    private static final Object NOT_PLAIN = new Object();

    /** The value as a form sends it: typed values unwrapped, serialized JSON read. */
    private static Object plain(Map<String, ?> submitted, String name) {
        Object value = submitted instanceof VariableMap map ? map.getValueTyped(name) : submitted.get(name);
        if (value instanceof FileValue) {
            return NOT_PLAIN;
        }
        if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
            // Only JSON is a form's serialized answer: XML or Java serialization the engine would
            // parse itself (and may fail on) is not a person's answer.
            String format = serializable.getSerializationDataFormat();
            if (format != null && !format.startsWith("application/json")) {
                return NOT_PLAIN;
            }
            String text = serializable.getValueSerialized();
            try {
                return text == null ? null : json(JSON.readTree(text));
            } catch (JsonProcessingException e) {
                return NOT_PLAIN;
            }
        }
        if (value instanceof TypedValue typed) {
            value = typed.getValue();
        }
        if (value instanceof SpinJsonNode node) {
            try {
                return json(JSON.readTree(node.toString()));
            } catch (JsonProcessingException e) {
                return NOT_PLAIN;
            }
        }
        return value;
    }

    private static Object json(JsonNode node) {
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(e -> list.add(e.isTextual() ? e.asText() : e));
            return list;
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        return node.isNull() ? null : NOT_PLAIN;
    }

    private static String problem(Field field, Object value) {
        if (value == null) {
            return null;
        }
        return switch (field.kind()) {
            case TEXT -> text(field, value);
            case NUMBER -> value instanceof Number n && Double.isFinite(n.doubleValue()) ? null : "须为数字";
            case BOOLEAN -> value instanceof Boolean ? null : "须为是或否（true/false）";
            case CHOICE -> value instanceof String s ? choice(field, s) : "须为以下之一：" + String.join("、", field.choices());
            case CHOICES -> choices(field, value);
            case DATETIME -> value instanceof Date || value instanceof String s && s.length() <= 64
                    && !PlainText.hasControlCharacters(s) ? null : "须为日期时间";
        };
    }

    private static String text(Field field, Object value) {
        if (!(value instanceof String text)) {
            return "须为文字";
        }
        if (PlainText.hasControlCharacters(text)) {
            return PlainText.MESSAGE;
        }
        if (text.length() > field.maxLength()) {
            return "最多 " + field.maxLength() + " 个字（现为 " + text.length() + " 个）";
        }
        if (field.pattern() != null && !text.isEmpty() && !field.pattern().matcher(text).matches()) {
            return "格式不正确";
        }
        return null;
    }

    private static String choice(Field field, String value) {
        if (PlainText.hasControlCharacters(value)) {
            return PlainText.MESSAGE;
        }
        if (field.anyChoice() || field.choices().contains(value)) {
            return null;
        }
        return field.choices().isEmpty() ? "「" + value + "」不是可选项"
                : "「" + value + "」不是可选项，须为以下之一：" + String.join("、", field.choices());
    }

    private static String choices(Field field, Object value) {
        if (!(value instanceof Collection<?> list) || list.stream().anyMatch(e -> !(e instanceof String))) {
            return "须为文字列表（JSON 数组）";
        }
        if (list.size() > MAX_CHOICES) {
            return "最多选 " + MAX_CHOICES + " 项";
        }
        return list.stream().map(e -> choice(field, (String) e)).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
    }

    private static boolean blank(Object value) {
        return value == null || value instanceof String s && s.isBlank()
                || value instanceof Collection<?> c && c.isEmpty() || value == NOT_PLAIN;
    }

    /** Compares what a read-only field shows with what was sent back: numbers by value, JSON as text. */
    private static Object normal(Object value) {
        if (value instanceof TypedValue typed) {
            value = typed.getValue();
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        return value instanceof SpinJsonNode node ? node.toString() : value;
    }
}
