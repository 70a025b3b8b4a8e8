package com.callcentre.workflow.notification;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/** Staff as the engine's identity service knows them (Admin edits their e-mail). */
@Component
class CamundaStaffDirectory implements StaffDirectory {

    private final IdentityService identity;

    CamundaStaffDirectory(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public Optional<Person> person(String userId) {
        return unchecked(() -> Optional.ofNullable(identity.createUserQuery().userId(userId).singleResult())
                .map(CamundaStaffDirectory::person));
    }

    @Override
    public List<Person> members(String groupId) {
        return unchecked(() -> identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list()
                .stream().map(CamundaStaffDirectory::person).toList());
    }

    @Override
    public String groupName(String groupId) {
        Group group = unchecked(() -> identity.createGroupQuery().groupId(groupId).singleResult());
        return group == null || group.getName() == null || group.getName().isBlank() ? groupId : group.getName();
    }

    private static Person person(User user) {
        String name = (nonNull(user.getLastName()) + nonNull(user.getFirstName())).trim();
        return new Person(user.getId(), name.isEmpty() ? user.getId() : name, user.getEmail());
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    /**
     * Whoever triggered the step (a job has nobody; a retry from Cockpit an operator), finding
     * the addresses of the people in charge is the system's own business, not a READ on users.
     */
    static <T> T unchecked(Supplier<T> query) {
        CommandContext context = Context.getCommandContext();
        return context == null ? query.get() : context.runWithoutAuthorization(query::get);
    }
}
