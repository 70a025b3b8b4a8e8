package com.callcentre.workflow.emergency;

import com.callcentre.workflow.system.ProcessKeys;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/emergencies} (EM-1): anyone on the floor reports an emergency. The process
 * {@code emergency} is started as the caller with the start form's fields, so the engine holds it
 * to the same form as Tasklist's start ({@code integrity.CommandGate}) and its authorizations decide
 * who may start it.
 */
@RestController
@RequestMapping("/api/emergencies")
class EmergencyController {

    /** What the reporter gets back: the emergency's number and its instance. */
    record Registered(String emergencyNo, String processInstanceId) {
    }

    private final RuntimeService runtime;

    EmergencyController(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** 201 {emergencyNo, processInstanceId}; 400 naming every bad field; 403 for someone who may not start it. */
    @PostMapping
    @ApiResponse(responseCode = "201", description = "已报告突发事件，当班值班长已收到处置任务")
    ResponseEntity<Registered> report(@Valid @RequestBody EmergencyReport report) {
        ProcessInstanceWithVariables started = runtime.createProcessInstanceByKey(ProcessKeys.EMERGENCY)
                .setVariables(Map.of("emergencyKind", report.kind().name(), "situation", report.situation(),
                        "location", report.location()))
                .executeWithVariablesInReturn();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Registered((String) started.getVariables().get("emergencyNo"), started.getId()));
    }
}
