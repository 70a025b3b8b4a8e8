package com.callcentre.workflow.system;

import com.callcentre.workflow.system.InvalidInputException.FieldProblem;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** A jakarta Validator without Spring, for constraint tests: some checks are given their beans here. */
public final class Validators {

    private Validators() {
    }

    /** {@code made} gives the validators that need a bean (a roster, the zone), else {@code null}. */
    public static Validator with(Function<Class<?>, ConstraintValidator<?, ?>> made) {
        ConstraintValidatorFactory defaults = Validation.byDefaultProvider().configure()
                .getDefaultConstraintValidatorFactory();
        return Validation.byDefaultProvider().configure().constraintValidatorFactory(new ConstraintValidatorFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
                ConstraintValidator<?, ?> validator = made.apply(key);
                return validator != null ? (T) validator : defaults.getInstance(key);
            }

            @Override
            public void releaseInstance(ConstraintValidator<?, ?> instance) {
            }
        }).buildValidatorFactory().getValidator();
    }

    public static Validator plain() {
        return with(key -> null);
    }

    /** Field → message of each problem the record's constraints find, one a field. */
    public static Map<String, String> problems(Validator validator, Object record) {
        Map<String, String> problems = new TreeMap<>();
        for (FieldProblem problem : RecordReader.violations(validator, record, java.util.List.of())) {
            problems.put(problem.field(), problem.message());
        }
        return problems;
    }
}
