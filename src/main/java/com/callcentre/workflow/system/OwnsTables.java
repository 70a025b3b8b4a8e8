package com.callcentre.workflow.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a feature package (its package-info.java): the application tables and sequences (Flyway's,
 * db/migration) that only this package reads and writes. Other packages use its small API.
 * ModuleStructureTest holds every table to one owner and every SQL statement to its owner's tables.
 */
@Target(ElementType.PACKAGE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OwnsTables {

    String[] value();
}
