package com.callcentre.workflow.integrity;

import com.callcentre.workflow.system.ShownText;
import com.callcentre.workflow.system.UserTaskListeners;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Free text shows as typed in every form (issue 11): when any user task is created, each free-text
 * variable it can see gets a task-local copy {@code <name>Shown}, escaped for the forms' markdown
 * ({@link ShownText}); the forms show {@code {{descriptionShown}}}, never {@code {{description}}}.
 * Texts the product composes (trail, receipts, rounds, order history) are escaped where they are
 * composed. {@code FreeTextFormsTest} fails when a form shows one of these variables raw.
 */
@Component
class FreeTextShown extends AbstractProcessEnginePlugin implements TaskListener {

    /** What a person typed (or its masked form), wherever a form shows it. */
    static final List<String> FREE_TEXT = List.of("description", "reason", "handoverNote", "infoRequest",
            "customerInfo", "callbackNote", "customerNameMasked", "customerPhoneMasked", "supervisionInstruction",
            "referralReason", "referralNote", "managerAdvice");
    static final String SUFFIX = "Shown";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        UserTaskListeners.add(configuration, activity -> true, this, TaskListener.EVENTNAME_CREATE);
    }

    @Override
    public void notify(DelegateTask task) {
        for (String name : FREE_TEXT) {
            if (task.getVariable(name) instanceof String text) {
                task.setVariableLocal(name + SUFFIX, ShownText.literal(text));
            }
        }
    }
}
