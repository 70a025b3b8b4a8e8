package com.callcentre.workflow.notification;

import java.util.List;
import java.util.Optional;

/** Where people's e-mail addresses come from: the engine's users and groups in the application. */
interface StaffDirectory {

    record Person(String id, String name, String email) {
    }

    Optional<Person> person(String userId);

    List<Person> members(String groupId);

    /** The group's display name (值班长, 客服部主任, ...), or its id when it has none. */
    String groupName(String groupId);
}
