package com.callcentre.workflow.system;

import com.callcentre.workflow.system.InvalidInputException.FieldProblem;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.validation.Validator;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads {@link TypedInput} records, from an {@code /api} JSON body (Jackson, then {@code @Valid})
 * or from a start form's variables ({@link #read}, {@link #readKnown}), with one set of rules:
 * the record's types and its constraint annotations, checked by the one jakarta {@link Validator}.
 * Every bad field is named at once, in Chinese ({@link InvalidInputException}, 400).
 */
@Configuration(proxyBeanMethods = false)
public class RequestRecords {

    private final ObjectMapper mapper;
    private final Validator validator;

    RequestRecords(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** A record as read, with every problem of its values (empty if there is none). */
    public record Reading<R>(R record, List<FieldProblem> problems) {
    }

    /** The values as the record; a value of no field of it is refused ("未知字段"). */
    public <R extends Record> R read(Map<String, ?> values, Class<R> type) {
        return read(mapper.<JsonNode>valueToTree(values), type);
    }

    /**
     * A JSON body as the record, as {@code @Valid} would check it: for a controller that must
     * answer something else (403) before it looks at the body.
     */
    public <R extends Record> R read(JsonNode body, Class<R> type) {
        Reading<R> reading = examine(body, type);
        refuse(reading.problems());
        return reading.record();
    }

    /** The values of the record's fields as the record; others (a form's other variables) are ignored. */
    public <R extends Record> R readKnown(Map<String, ?> values, Class<R> type) {
        return read(known(values, type), type);
    }

    /** Like {@link #readKnown}, the problems returned to be reported with others (the roster's). */
    public <R extends Record> Reading<R> examineKnown(Map<String, ?> values, Class<R> type) {
        return examineValues(known(values, type), type);
    }

    private <R extends Record> Reading<R> examineValues(Map<String, ?> values, Class<R> type) {
        return examine(mapper.<JsonNode>valueToTree(values), type);
    }

    /**
     * A JSON body as the record, unknown fields refused, the problems returned to be reported with
     * others (the roster's): for a body whose checks go beyond the record's.
     */
    public <R extends Record> Reading<R> examine(JsonNode body, Class<R> type) {
        RecordReader.Read<R> read = RecordReader.read(body, type);
        List<FieldProblem> problems = new ArrayList<>(read.problems());
        problems.addAll(RecordReader.violations(validator, read.record(), problems));
        return new Reading<>(read.record(), problems);
    }

    private static Map<String, Object> known(Map<String, ?> values, Class<?> type) {
        Set<String> names = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet());
        Map<String, Object> known = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (names.contains(name)) {
                known.put(name, value);
            }
        });
        return known;
    }

    /** Refuses the problems (400) if there are any, sorted by field. */
    public static void refuse(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            List<FieldProblem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparing(FieldProblem::field));
            throw new InvalidInputException(sorted);
        }
    }

    /**
     * JSON bodies: a {@link TypedInput} record is read field by field, so that a value of the wrong
     * type or an unknown field is named together with the constraints the other fields break;
     * without such problems the record goes on to {@code @Valid}.
     */
    @Bean
    static Module typedInputModule(ObjectProvider<Validator> validator) {
        SimpleModule module = new SimpleModule("typed-input");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                if (!type.isRecord() || !type.isAnnotationPresent(TypedInput.class)) {
                    return deserializer;
                }
                return new JsonDeserializer<Object>() {
                    @Override
                    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                        RecordReader.Read<?> read = RecordReader.read(context.readTree(parser), type);
                        if (!read.problems().isEmpty()) {
                            List<FieldProblem> problems = new ArrayList<>(read.problems());
                            problems.addAll(RecordReader.violations(validator.getObject(), read.record(), problems));
                            refuse(problems);
                        }
                        return read.record();
                    }
                };
            }
        });
        return module;
    }
}
