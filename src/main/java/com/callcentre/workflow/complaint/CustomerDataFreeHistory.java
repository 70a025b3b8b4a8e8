package com.callcentre.workflow.complaint;

import com.callcentre.workflow.system.ProcessKeys;
import java.util.ArrayList;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IncidentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;

/**
 * CP-9 in the engine's history: full history, except that the customer's name and phone never
 * reach it. They are variables only where a worker must call the customer (the callback task,
 * the request for more information) and, briefly, on a start form; without this level the
 * history tables would keep them for every reader of history. Selected by
 * {@code camunda.bpm.history-level: full-without-customer-data}.
 * <p>
 * Nor do the forms' display copies: every task-local variable of this product is one (the
 * {@code ...Shown} texts of integrity.FreeTextShown, complaint.FormLabels' labels, the trail text,
 * the receipts, a form's options), derived from variables and tables whose history is kept, and
 * removed with its task. Their history added two or three rows per copy per task, a tenth of
 * what a ticket wrote (docs/performance.md); the task's own history keeps who did what.
 * <p>
 * Nor do the {@code mail-delivery} instances, one per e-mail: the outbox row (notification's
 * {@code mail_outbox}) is the message's record, with its status, attempts, last error and when
 * it was sent; a delivery's instance, variables, job log and incident history repeated it in
 * about fifteen rows per message. A delivery that fails is still an incident in Cockpit (the
 * runtime's), which is where a manager retries it.
 */
@Component
class CustomerDataFreeHistory extends AbstractProcessEnginePlugin {

    static final String NAME = "full-without-customer-data";
    /** Persisted in the database with the engine's properties: never change it. */
    static final int ID = 31;
    private static final Set<String> CUSTOMER_DATA = Set.of(RegisterTicket.CUSTOMER_NAME, RegisterTicket.CUSTOMER_PHONE);

    static final class Level extends HistoryLevelFull {

        @Override
        public int getId() {
            return ID;
        }

        @Override
        public String getName() {
            return NAME;
        }

        /**
         * Form-property history copies every submitted field, and the engine asks about it per
         * form, not per field: it goes, the variables' history keeps the same values (but these).
         * So do the details of every variable change ({@code ACT_HI_DETAIL}: a row per write, a
         * tenth of what a ticket wrote, read by nothing here): the variables' history keeps each
         * one's last value, the trail (ticket_trail) who did what, the operation log who changed
         * what through the engine's API.
         */
        @Override
        public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
            if (HistoryEventTypes.FORM_PROPERTY_UPDATE.equals(eventType)
                    || HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL.equals(eventType)) {
                return false;
            }
            if (entity instanceof VariableInstanceEntity variable && variable.getTaskId() != null) {
                return false;
            }
            if (ofMailDelivery(entity)) {
                return false;
            }
            return !(entity instanceof VariableInstance variable && CUSTOMER_DATA.contains(variable.getName()));
        }
    }

    /** Definition ids are "key:version:id" (the engine's form for keys this short). */
    private static final String MAIL_DELIVERY_ID = ProcessKeys.MAIL_DELIVERY + ":";

    static boolean ofMailDelivery(Object entity) {
        String definitionId = null;
        if (entity instanceof ExecutionEntity execution) {
            definitionId = execution.getProcessDefinitionId();
        } else if (entity instanceof VariableInstanceEntity variable) {
            definitionId = variable.getProcessDefinitionId();
        } else if (entity instanceof JobEntity job) {
            definitionId = job.getProcessDefinitionId();
        } else if (entity instanceof IncidentEntity incident) {
            definitionId = incident.getProcessDefinitionId();
        }
        return definitionId != null && definitionId.startsWith(MAIL_DELIVERY_ID);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomHistoryLevels() == null) {
            configuration.setCustomHistoryLevels(new ArrayList<>());
        }
        configuration.getCustomHistoryLevels().add(new Level());
    }
}
