package com.callcentre.workflow.system;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The support departments (domain rules §1): data, not code. Each has a code (what the
 * dispatch form and the routing table use), a Chinese name and the Camunda group of its
 * liaisons.
 */
@ConfigurationProperties("centre")
public record Departments(List<Department> departments) {

    public record Department(String code, String name, String group) {
    }

    public Departments {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }

    public Optional<Department> byCode(String code) {
        return departments.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    public String nameOf(String code) {
        return byCode(code).map(Department::name).orElse(code);
    }
}
