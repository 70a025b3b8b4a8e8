package com.callcentre.workflow.integrity;

import java.lang.reflect.Field;

/**
 * Reads what a caller put into an engine command (the task, the variables). Camunda's commands
 * keep them in protected fields without getters; {@code CommandFieldsTest} fails at once if an
 * engine upgrade renames one, and a field that cannot be read refuses the command (fail closed).
 */
final class CommandFields {

    private CommandFields() {
    }

    static Object read(Object command, String name) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(command);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read " + name + " of " + command.getClass().getName(), e);
            }
        }
        throw new IllegalStateException("No field " + name + " in " + command.getClass().getName());
    }
}
