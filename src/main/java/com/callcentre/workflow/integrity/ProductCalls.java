package com.callcentre.workflow.integrity;

import java.util.function.Supplier;

/**
 * The product's own code starting a process with what it has already checked (the leave API
 * passes its checked request as one Java object, which no form has a field for). Such a start
 * runs as the user, with the user's authorizations, but {@link CommandGate} does not hold its
 * variables to the start form. No HTTP route reaches this: only Java code in the application.
 */
public final class ProductCalls {

    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

    private ProductCalls() {
    }

    public static <T> T run(Supplier<T> call) {
        boolean outer = ACTIVE.get();
        ACTIVE.set(true);
        try {
            return call.get();
        } finally {
            ACTIVE.set(outer);
        }
    }

    static boolean active() {
        return ACTIVE.get();
    }
}
