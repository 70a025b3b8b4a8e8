package com.callcentre.workflow.complaint;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The number of a ticket that exists (a repeat complaint names its original, CP-3). A null or
 * malformed number is left to {@code @Pattern}.
 */
@Constraint(validatedBy = KnownTicket.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownTicket {

    String message() default "原工单不存在";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Made by Spring's validator factory, which gives it the ticket table. */
    class Check implements ConstraintValidator<KnownTicket, String> {

        private final TicketRepository tickets;

        Check(TicketRepository tickets) {
            this.tickets = tickets;
        }

        @Override
        public boolean isValid(String ticketNo, ConstraintValidatorContext context) {
            return ticketNo == null || !ticketNo.matches(TicketNumbers.PATTERN) || tickets.exists(ticketNo);
        }
    }
}
