package com.callcentre.workflow.handover;

import com.callcentre.workflow.staff.ShiftType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code handover} and {@code handover_item} tables (HO-1, HO-2, HO-4, HO-5). */
@Repository
class Handovers {

    private static final String SELECT = """
            select id, handover_no, shift_date, shift_type, process_instance_id, outgoing, incoming, status,
                responsible, opened_at, handover_note, outgoing_signed_by, outgoing_signed_at, incoming_signed_by,
                incoming_signed_at, confirmation, face_to_face, refusals, last_refusal, reminded_at, escalated_at
            from handover""";

    private final JdbcClient jdbc;

    Handovers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The new handover's id. A second one for the shift breaks the unique key: the command fails
     * and its job is retried, when {@link #exists} answers (not caught here: on PostgreSQL a failed
     * statement spoils the rest of the transaction).
     */
    long open(String handoverNo, Kind kind, LocalDate date, ShiftType type, String processInstanceId, String outgoing,
            String incoming, OffsetDateTime at, List<Handover.Item> items) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into handover (handover_no, kind, shift_date, shift_type, process_instance_id, outgoing,
                    incoming, status, responsible, opened_at)
                values (?, ?, ?, ?, ?, ?, ?, 'HANDING_OVER', ?, ?)""")
                .params(handoverNo, kind.name(), date, type.name(), processInstanceId, outgoing, incoming, outgoing, at)
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        for (Handover.Item item : items) {
            jdbc.sql("insert into handover_item (handover_id, item_no, kind, ref, text) values (?, ?, ?, ?, ?)")
                    .params(id, item.itemNo(), item.kind().name(), item.ref(), item.text()).update();
        }
        return id;
    }

    /** Who hands over: the duty leaders of a shift, or an agent their own open contacts. */
    enum Kind {
        LEADER, AGENT
    }

    boolean exists(String handoverNo) {
        return jdbc.sql("select count(*) from handover where handover_no = ?").param(handoverNo)
                .query(Long.class).single() > 0;
    }

    /** HO-2: the outgoing signed with the note; every item was on their form (HO-5). */
    void handedOver(String handoverNo, String note, String by, OffsetDateTime at) {
        long id = idOf(handoverNo);
        jdbc.sql("""
                update handover set status = 'AWAITING', handover_note = ?, outgoing_signed_by = ?, outgoing_signed_at = ?
                where id = ?""").params(note, by, at, id).update();
        jdbc.sql("update handover_item set outgoing_seen_at = ? where handover_id = ?").params(at, id).update();
    }

    /** The incoming refused: back to the outgoing, who stays responsible (HO-4). */
    void refused(String handoverNo, String reason, OffsetDateTime at) {
        long id = idOf(handoverNo);
        jdbc.sql("""
                update handover set status = 'HANDING_OVER', refusals = refusals + 1, last_refusal = ?
                where id = ?""").params(reason, id).update();
        jdbc.sql("update handover_item set incoming_seen_at = ? where handover_id = ?").params(at, id).update();
    }

    /** HO-2, HO-5: the incoming signed; the items they confirmed are theirs from now, the others stay the outgoing's. */
    void takenOver(String handoverNo, String by, OffsetDateTime at, String confirmation, boolean faceToFace,
            Collection<Integer> confirmedItems) {
        long id = idOf(handoverNo);
        jdbc.sql("""
                update handover set status = 'TAKEN_OVER', responsible = ?, incoming_signed_by = ?, incoming_signed_at = ?,
                    confirmation = ?, face_to_face = ?
                where id = ?""").params(by, by, at, confirmation, faceToFace, id).update();
        jdbc.sql("update handover_item set incoming_seen_at = ? where handover_id = ?").params(at, id).update();
        for (Integer itemNo : confirmedItems) {
            jdbc.sql("update handover_item set confirmed_by = ?, confirmed_at = ? where handover_id = ? and item_no = ?")
                    .params(by, at, id, itemNo).update();
        }
    }

    void reminded(String handoverNo, OffsetDateTime at) {
        jdbc.sql("update handover set reminded_at = ? where handover_no = ?").params(at, handoverNo).update();
    }

    void escalated(String handoverNo, OffsetDateTime at) {
        jdbc.sql("update handover set escalated_at = ? where handover_no = ?").params(at, handoverNo).update();
    }

    Optional<Handover> find(String handoverNo) {
        return jdbc.sql(SELECT + " where handover_no = ?").param(handoverNo).query(this::map).optional();
    }

    /**
     * A day's handovers, of one shift or all; {@code party} non-null: only those this person hands
     * over or takes over.
     */
    List<Handover> of(LocalDate date, ShiftType shift, String party) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where shift_date = ?");
        List<Object> params = new ArrayList<>(List.of(date));
        if (shift != null) {
            sql.append(" and shift_type = ?");
            params.add(shift.name());
        }
        if (party != null) {
            sql.append(" and (outgoing = ? or incoming = ? or outgoing_signed_by = ? or incoming_signed_by = ?)");
            params.addAll(List.of(party, party, party, party));
        }
        sql.append(" order by opened_at, id");
        return jdbc.sql(sql.toString()).params(params).query(this::map).list();
    }

    private long idOf(String handoverNo) {
        return jdbc.sql("select id from handover where handover_no = ?").param(handoverNo).query(Long.class).single();
    }

    private List<Handover.Item> items(long id) {
        return jdbc.sql("""
                select item_no, kind, ref, text, outgoing_seen_at, incoming_seen_at, confirmed_by, confirmed_at
                from handover_item where handover_id = ? order by item_no""").param(id)
                .query((rs, row) -> new Handover.Item(rs.getInt("item_no"), Handover.Kind.valueOf(rs.getString("kind")),
                        rs.getString("ref"), rs.getString("text"), rs.getObject("outgoing_seen_at", OffsetDateTime.class),
                        rs.getObject("incoming_seen_at", OffsetDateTime.class), rs.getString("confirmed_by"),
                        rs.getObject("confirmed_at", OffsetDateTime.class))).list();
    }

    private Handover map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        Object face = rs.getObject("face_to_face");
        return new Handover(id, rs.getString("handover_no"), rs.getObject("shift_date", LocalDate.class),
                ShiftType.valueOf(rs.getString("shift_type")), rs.getString("process_instance_id"),
                rs.getString("outgoing"), rs.getString("incoming"), Handover.Status.valueOf(rs.getString("status")),
                rs.getString("responsible"), rs.getObject("opened_at", OffsetDateTime.class),
                rs.getString("handover_note"), rs.getString("outgoing_signed_by"),
                rs.getObject("outgoing_signed_at", OffsetDateTime.class), rs.getString("incoming_signed_by"),
                rs.getObject("incoming_signed_at", OffsetDateTime.class), rs.getString("confirmation"),
                face == null ? null : rs.getBoolean("face_to_face"), rs.getInt("refusals"), rs.getString("last_refusal"),
                rs.getObject("reminded_at", OffsetDateTime.class), rs.getObject("escalated_at", OffsetDateTime.class),
                items(id));
    }
}
