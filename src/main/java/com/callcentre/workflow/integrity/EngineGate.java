package com.callcentre.workflow.integrity;

import com.callcentre.workflow.system.FormOptions;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link CommandGate} inside and the {@link ConflictTranslator} around every command the
 * engine runs, so both hold for every route into the engine.
 */
@Component
class EngineGate extends AbstractProcessEnginePlugin {

    private final FormContracts contracts;
    private final FormOptions options;

    EngineGate(FormContracts contracts, FormOptions options) {
        this.contracts = contracts;
        this.options = options;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new ConflictTranslator(configuration));
        if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequired().add(new CommandGate(contracts, options));
    }
}
