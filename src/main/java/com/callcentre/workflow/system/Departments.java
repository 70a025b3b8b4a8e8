package com.callcentre.workflow.system;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The support departments (domain rules §1): data, not code. Each has a code (what the
 * dispatch form and the routing table use), a Chinese name, the Camunda group of its
 * liaisons, a mailbox and a working calendar (SL-5).
 */
@ConfigurationProperties("centre")
public record Departments(List<Department> departments) {

    /**
     * @param mailbox      where its e-mail goes; default {@code <code>@departments.example}
     * @param workingHours {@code null} or empty: the hotline's wall clock, 24 hours a day;
     *                     otherwise its daily hours in the business zone, e.g. {@code 08:30-17:30},
     *                     on working days only (weekends and the holiday table's break days off,
     *                     make-up working days on)
     */
    public record Department(String code, String name, String group, String mailbox, String workingHours) {

        public Department {
            mailbox = mailbox == null || mailbox.isBlank() ? code + "@departments.example" : mailbox;
            workingHours = workingHours == null || workingHours.isBlank() ? null : workingHours.trim();
        }

        /** Whether its clocks count only working time (SL-5), or run around the clock. */
        public boolean keepsOfficeHours() {
            return workingHours != null;
        }
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

    /** The codes, in the configured order. */
    public List<String> codes() {
        return departments.stream().map(Department::code).toList();
    }
}
