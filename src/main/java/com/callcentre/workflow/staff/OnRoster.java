package com.callcentre.workflow.staff;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A user id of an employee on the roster; {@code null} is left to {@code @NotBlank}. */
@Constraint(validatedBy = OnRoster.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface OnRoster {

    String message() default "未知员工: ${validatedValue}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Made by Spring's validator factory, which gives it the roster. */
    class Check implements ConstraintValidator<OnRoster, String> {

        private final Roster roster;

        public Check(Roster roster) {
            this.roster = roster;
        }

        @Override
        public boolean isValid(String userId, ConstraintValidatorContext context) {
            return userId == null || roster.employee(userId).isPresent();
        }
    }
}
