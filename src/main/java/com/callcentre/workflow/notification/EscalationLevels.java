package com.callcentre.workflow.notification;

import java.util.List;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * SL-3's levels as the escalation feature configures them ({@code escalation.chain}: level 1 the
 * duty leader, 2 the cs-director, 3 the centre director). Read from the same property, so the
 * e-mail always follows the chain the supervision tasks follow.
 */
record EscalationLevels(List<String> chain) {

    static final List<String> DEFAULT = List.of("duty-leader", "cs-director", "center-director");

    EscalationLevels {
        chain = chain == null || chain.isEmpty() ? DEFAULT : List.copyOf(chain);
    }

    String groupOf(int level) {
        if (level < 1 || level > chain.size()) {
            throw new IllegalArgumentException("没有第 " + level + " 级督办 (escalation.chain: " + chain + ")");
        }
        return chain.get(level - 1);
    }

    @Configuration(proxyBeanMethods = false)
    static class FromConfiguration {

        @Bean
        EscalationLevels escalationLevels(Environment environment) {
            return new EscalationLevels(Binder.get(environment)
                    .bind("escalation.chain", Bindable.listOf(String.class)).orElse(DEFAULT));
        }
    }
}
