package com.callcentre.workflow.shiftswap;

import com.callcentre.workflow.staff.Employee;
import com.callcentre.workflow.staff.Roster;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who approves after the colleague (SW-2): each employee's own duty leader, each once, read from
 * the roster when approval starts; the requester's first. {@code ${swapApprovers.leaders(execution)}}
 * is the collection of the parallel {@code leaderApproval}: one task when both share a leader.
 */
@Component("swapApprovers")
public class SwapApprovers {

    private final Roster roster;

    SwapApprovers(Roster roster) {
        this.roster = roster;
    }

    public List<String> leaders(DelegateExecution execution) {
        Set<String> leaders = new LinkedHashSet<>();
        for (String person : List.of((String) execution.getVariable("requester"),
                (String) execution.getVariable("colleague"))) {
            roster.employee(person).map(Employee::dutyLeader).ifPresent(leaders::add);
        }
        if (leaders.size() == 0) {
            // Never approve by an empty multi-instance: registration refuses people without a leader.
            throw new IllegalStateException("No duty leader to approve swap " + execution.getBusinessKey());
        }
        return List.copyOf(leaders);
    }
}
