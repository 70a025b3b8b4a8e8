package com.callcentre.workflow.notification;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A staff directory in memory, for the rules and templates without the engine. */
class Staff implements StaffDirectory {

    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, List<String>> groups = new HashMap<>();
    private final Map<String, String> groupNames = new HashMap<>();

    /** The demo profile's people in charge, as DemoUsers and IdentitySetup make them. */
    static Staff demo() {
        return new Staff()
                .person("agent1", "王芳", "agent1@callcentre.example")
                .person("leader1", "赵磊", "leader1@callcentre.example")
                .person("leader2", "黄敏", "leader2@callcentre.example")
                .person("director1", "周强", "director1@callcentre.example")
                .person("centerdirector1", "吴华", "centerdirector1@callcentre.example")
                .group("duty-leader", "值班长", "leader1", "leader2")
                .group("cs-director", "客服部主任", "director1")
                .group("center-director", "客服中心主任", "centerdirector1");
    }

    Staff person(String id, String name, String email) {
        people.put(id, new Person(id, name, email));
        return this;
    }

    Staff group(String id, String name, String... members) {
        groupNames.put(id, name);
        groups.put(id, List.of(members));
        return this;
    }

    @Override
    public Optional<Person> person(String userId) {
        return Optional.ofNullable(people.get(userId));
    }

    @Override
    public List<Person> members(String groupId) {
        return groups.getOrDefault(groupId, List.of()).stream().map(people::get).toList();
    }

    @Override
    public String groupName(String groupId) {
        return groupNames.getOrDefault(groupId, groupId);
    }
}
