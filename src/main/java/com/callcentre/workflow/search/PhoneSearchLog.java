package com.callcentre.workflow.search;

import com.callcentre.workflow.system.BusinessClock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * CP-9: the record of every ticket search by a customer's number (who, when, the number masked and
 * as its keyed hash, how many tickets it found), for the quality inspector. The number itself is
 * never kept here: the hash tells which searches were for the same number, and with the number in
 * hand the inspector finds them ({@code ?phone=}).
 */
@Repository
class PhoneSearchLog {

    record Entry(String searchedBy, OffsetDateTime searchedAt, String phone, long results) {
    }

    private final JdbcClient jdbc;

    PhoneSearchLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String searchedBy, String phoneMasked, String phoneHash, long results) {
        jdbc.sql("""
                insert into ticket_phone_search (searched_by, searched_at, phone_masked, phone_hash, results)
                values (?, ?, ?, ?, ?)""")
                .params(searchedBy, BusinessClock.timestamp(), phoneMasked, phoneHash, results).update();
    }

    /** The latest searches, newest first; with a hash, those for that number only. */
    List<Entry> latest(String phoneHash, int limit) {
        String where = phoneHash == null ? "" : " where phone_hash = :hash";
        var statement = jdbc.sql("select searched_by, searched_at, phone_masked, results from ticket_phone_search"
                + where + " order by searched_at desc, id desc fetch first :limit rows only").param("limit", limit);
        if (phoneHash != null) {
            statement = statement.param("hash", phoneHash);
        }
        return statement.query((rs, i) -> new Entry(rs.getString(1), rs.getObject(2, OffsetDateTime.class),
                rs.getString(3), rs.getLong(4))).list();
    }

    /** The hashes of the numbers this user searched for (or looked up at intake) since then. */
    List<String> hashesSearchedBy(String user, OffsetDateTime since) {
        return jdbc.sql("select distinct phone_hash from ticket_phone_search where searched_at >= ? and searched_by = ?")
                .params(since, user).query(String.class).list();
    }
}
