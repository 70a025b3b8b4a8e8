package com.callcentre.workflow.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@code @RequestParam Map<String, String>} that the controller reads as a request record
 * ({@link RequestRecords#read}): the OpenAPI document ({@link ApiDocumentation}) then lists the
 * record's components as the query parameters, with their constraints, instead of one parameter
 * "query" of any content.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface QueryRecord {

    /** The request record the parameters are read as. */
    Class<? extends Record> value();
}
