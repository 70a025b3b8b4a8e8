package com.callcentre.workflow.staff;

import com.callcentre.workflow.system.InvalidInputException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The roster: employees and their shifts. The package's API for leave, swaps and escalation.
 * Read on every question, not cached, so that a change counts at once on every node. Start and
 * end of a shift come from the configured times ({@link ShiftTimes}), not from the table.
 */
@Component
public class Roster {

    private static final String EMPLOYEE = "select user_id, name, job_type, skill_level, duty_leader from employee";
    private static final String SHIFT = "select id, employee, shift_date, shift_type, origin, swap_id from shift";

    /** By date, then the time of day (a NIGHT of date D before its DAY), then type and employee. */
    private static final Comparator<Shift> ORDER = Comparator.comparing(Shift::date).thenComparing(Shift::start)
            .thenComparing(Shift::type).thenComparing(Shift::employee);

    private final JdbcClient jdbc;
    private final ShiftTimes times;
    private final ObjectProvider<Absences> absences;

    Roster(JdbcClient jdbc, ShiftTimes times, ObjectProvider<Absences> absences) {
        this.jdbc = jdbc;
        this.times = times;
        this.absences = absences;
    }

    public Optional<Employee> employee(String userId) {
        return jdbc.sql(EMPLOYEE + " where user_id = ?").param(userId).query(Roster::mapEmployee).optional();
    }

    /** Everyone of this job type, by user id (QA-1: the agents whose calls are listened to). */
    public List<Employee> employees(JobType type) {
        return jdbc.sql(EMPLOYEE + " where job_type = ? order by user_id").param(type.name())
                .query(Roster::mapEmployee).list();
    }

    /** The employee's shifts from one date to another, both included, in time order. */
    public List<Shift> shiftsOf(String userId, LocalDate from, LocalDate to) {
        return sorted(jdbc.sql(SHIFT + " where employee = ? and shift_date between ? and ?")
                .params(userId, from, to).query(this::mapShift).list());
    }

    /** Everyone's shifts from one date to another, both included, in time order. */
    public List<Shift> shifts(LocalDate from, LocalDate to) {
        return sorted(jdbc.sql(SHIFT + " where shift_date between ? and ?").params(from, to).query(this::mapShift).list());
    }

    public Optional<Shift> shift(long id) {
        return jdbc.sql(SHIFT + " where id = ?").param(id).query(this::mapShift).optional();
    }

    /**
     * The employees of that job type whose shift covers the instant (start included, end
     * excluded: at 08:00 the DAY shift is on duty, not the NIGHT shift), by user id, without
     * those on approved leave at that instant.
     */
    public List<Employee> onDutyAt(Instant at, JobType type) {
        // A shift lasts at most 24 hours and starts on its date: it is of that date or the day before.
        LocalDate date = times.dateOf(at);
        List<Absences.Absence> away = approvedAbsences(at, at.plusNanos(1));
        return jdbc.sql("""
                select e.user_id, e.name, e.job_type, e.skill_level, e.duty_leader, s.shift_date, s.shift_type
                from shift s join employee e on e.user_id = s.employee
                where s.shift_date between ? and ? and e.job_type = ?""")
                .params(date.minusDays(1), date, type.name())
                .query((rs, row) -> {
                    LocalDate day = rs.getObject("shift_date", LocalDate.class);
                    ShiftType shift = ShiftType.valueOf(rs.getString("shift_type"));
                    return times.covers(day, shift, at) ? mapEmployee(rs, row) : null; // null: not on duty then
                }).list().stream().filter(Objects::nonNull).distinct()
                .filter(e -> away.stream().noneMatch(a -> a.employee().equals(e.userId())))
                .sorted(Comparator.comparing(Employee::userId)).toList();
    }

    /** The ids of those shifts that approved leave overlaps (shown as on leave). */
    public Set<Long> onLeave(List<Shift> shifts) {
        if (shifts.isEmpty()) {
            return Set.of();
        }
        Instant from = shifts.stream().map(Shift::start).min(Comparator.naturalOrder()).orElseThrow();
        Instant to = shifts.stream().map(Shift::end).max(Comparator.naturalOrder()).orElseThrow();
        List<Absences.Absence> away = approvedAbsences(from, to);
        return shifts.stream().filter(s -> away.stream()
                .anyMatch(a -> a.employee().equals(s.employee()) && a.overlaps(s.start(), s.end())))
                .map(Shift::id).collect(Collectors.toSet());
    }

    private List<Absences.Absence> approvedAbsences(Instant from, Instant to) {
        Absences source = absences.getIfAvailable();
        return source == null ? List.of() : source.approvedBetween(from, to);
    }

    /** How many employees of the job type are rostered on that shift (e.g. colleagues left on it). */
    public int countOnShift(LocalDate date, ShiftType type, JobType jobType) {
        return jdbc.sql("""
                select count(*) from shift s join employee e on e.user_id = s.employee
                where s.shift_date = ? and s.shift_type = ? and e.job_type = ?""")
                .params(date, type.name(), jobType.name()).query(Integer.class).single();
    }

    /**
     * SW-1: a swap's exchange moves one shift from one employee to the other, recorded as the
     * swap's; false when the shift is no longer that employee's (changed meanwhile).
     */
    public boolean moveBySwap(long shiftId, String from, String to, long swapId) {
        return jdbc.sql("update shift set employee = ?, origin = 'SWAP', swap_id = ? where id = ? and employee = ?")
                .params(to, swapId, shiftId, from).update() == 1;
    }

    /**
     * Locks the two employees' rows until the transaction ends, in one order (no deadlock), so
     * that two swaps of one person are counted and exchanged one after the other (SW-3, SW-4).
     */
    public void lockEmployees(String first, String second) {
        jdbc.sql("select user_id from employee where user_id in (?, ?) order by user_id for update")
                .params(first, second).query(String.class).list();
    }

    /**
     * Rosters the employee on that shift and answers its id.
     *
     * @throws InvalidInputException   naming {@code employee} when there is no such employee
     * @throws DuplicateShiftException when the employee already has that shift
     */
    public long addShift(String userId, LocalDate date, ShiftType type) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        if (userId == null || employee(userId).isEmpty()) {
            throw InvalidInputException.of("employee", "未知员工: " + userId);
        }
        // Checked first: on PostgreSQL a failed insert would spoil a caller's transaction.
        if (jdbc.sql("select count(*) from shift where employee = ? and shift_date = ? and shift_type = ?")
                .params(userId, date, type.name()).query(Integer.class).single() > 0) {
            throw new DuplicateShiftException(userId, date, type);
        }
        KeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("insert into shift (employee, shift_date, shift_type, origin) values (?, ?, ?, ?)")
                    .params(userId, date, type.name(), Shift.Origin.ROSTER.name()).update(key, "id");
        } catch (DuplicateKeyException e) {
            throw new DuplicateShiftException(userId, date, type); // added meanwhile by another request
        }
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /** Adds the employee unless one with that user id exists; {@code true} if added. */
    boolean addEmployeeIfMissing(Employee employee) {
        if (employee(employee.userId()).isPresent()) {
            return false;
        }
        try {
            jdbc.sql("insert into employee (user_id, name, job_type, skill_level, duty_leader) values (?, ?, ?, ?, ?)")
                    .params(employee.userId(), employee.name(), employee.jobType().name(),
                            employee.skillLevel().name(), employee.dutyLeader()).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false; // another node added it meanwhile
        }
    }

    /** Whether anyone is rostered on that date. */
    boolean isRostered(LocalDate date) {
        return jdbc.sql("select count(*) from shift where shift_date = ?").param(date)
                .query(Integer.class).single() > 0;
    }

    private static List<Shift> sorted(List<Shift> shifts) {
        return shifts.stream().sorted(ORDER).toList();
    }

    private static Employee mapEmployee(ResultSet rs, int row) throws SQLException {
        return new Employee(rs.getString("user_id"), rs.getString("name"), JobType.valueOf(rs.getString("job_type")),
                SkillLevel.valueOf(rs.getString("skill_level")), rs.getString("duty_leader"));
    }

    private Shift mapShift(ResultSet rs, int row) throws SQLException {
        LocalDate date = rs.getObject("shift_date", LocalDate.class);
        ShiftType type = ShiftType.valueOf(rs.getString("shift_type"));
        return new Shift(rs.getLong("id"), rs.getString("employee"), date, type, times.start(date, type),
                times.end(date, type), Shift.Origin.valueOf(rs.getString("origin")), rs.getObject("swap_id", Long.class));
    }
}
