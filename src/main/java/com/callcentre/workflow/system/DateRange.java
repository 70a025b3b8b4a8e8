package com.callcentre.workflow.system;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * On a record: its date {@link #to} is not before its date {@link #from}, and the period holds at
 * most {@link #maxDays} days, both ends included. The problem names {@code to}; a missing date is
 * left to {@code @NotNull}.
 */
@Constraint(validatedBy = DateRange.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface DateRange {

    String from();

    String to();

    int maxDays();

    String message() default "日期范围有误";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<DateRange, Record> {

        private DateRange range;

        @Override
        public void initialize(DateRange range) {
            this.range = range;
        }

        @Override
        public boolean isValid(Record value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            LocalDate from = component(value, range.from());
            LocalDate to = component(value, range.to());
            if (from == null || to == null) {
                return true;
            }
            String problem = to.isBefore(from) ? "不能早于 " + range.from()
                    : ChronoUnit.DAYS.between(from, to) + 1 > range.maxDays()
                            ? "一次最多查询 " + range.maxDays() + " 天（含首尾）" : null;
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem).addPropertyNode(range.to()).addConstraintViolation();
            return false;
        }

        private static LocalDate component(Record value, String name) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                if (component.getName().equals(name)) {
                    try {
                        component.getAccessor().setAccessible(true);
                        return (LocalDate) component.getAccessor().invoke(value);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            throw new IllegalArgumentException("No date " + name + " in " + value.getClass().getSimpleName());
        }
    }
}
