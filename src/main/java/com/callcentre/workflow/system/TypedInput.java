package com.callcentre.workflow.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request record (a JSON body or a start form's values) read by {@link RequestRecords}: every
 * field of a wrong type, every unknown field and every constraint the record's annotations name
 * is reported at once, as a 400 in the one {@link ApiError} shape.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TypedInput {
}
