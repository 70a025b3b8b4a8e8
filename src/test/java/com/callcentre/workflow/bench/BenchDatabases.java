package com.callcentre.workflow.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The PostgreSQL server the benchmark works on (bench/run names it): a role that may create
 * databases makes one per part of the run, fresh or copied from a cached, generated one.
 */
final class BenchDatabases {

    private final String serverUrl;
    private final String user;
    private final String password;

    BenchDatabases(String serverUrl, String user, String password) {
        this.serverUrl = serverUrl.endsWith("/") ? serverUrl.substring(0, serverUrl.length() - 1) : serverUrl;
        this.user = user;
        this.password = password;
    }

    static BenchDatabases fromEnvironment() {
        String url = System.getenv("BENCH_DATABASE_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("BENCH_DATABASE_URL is not set: run the benchmark with bench/run");
        }
        return new BenchDatabases(url, System.getenv("BENCH_DATABASE_USER"), System.getenv("BENCH_DATABASE_PASSWORD"));
    }

    String url(String database) {
        return serverUrl + "/" + database;
    }

    /** SPRING_DATASOURCE_* for an application node on this database. */
    Map<String, String> datasourceEnvironment(String database) {
        return Map.of("SPRING_DATASOURCE_URL", url(database), "SPRING_DATASOURCE_USERNAME", user,
                "SPRING_DATASOURCE_PASSWORD", password);
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), user, password);
    }

    /** An empty database of this name, dropping one left by an earlier run. */
    void fresh(String database) throws SQLException {
        admin("DROP DATABASE IF EXISTS " + quoted(database) + " WITH (FORCE)",
                "CREATE DATABASE " + quoted(database));
    }

    /** This database as a copy of the template (a cached, generated database), in seconds not hours. */
    void copy(String template, String database) throws SQLException {
        admin("DROP DATABASE IF EXISTS " + quoted(database) + " WITH (FORCE)",
                "CREATE DATABASE " + quoted(database) + " TEMPLATE " + quoted(template));
    }

    /** A complete database under its final name (a cache is never seen half made). */
    void rename(String from, String to) throws SQLException {
        admin("DROP DATABASE IF EXISTS " + quoted(to) + " WITH (FORCE)",
                "ALTER DATABASE " + quoted(from) + " RENAME TO " + quoted(to));
    }

    void drop(String database) throws SQLException {
        admin("DROP DATABASE IF EXISTS " + quoted(database) + " WITH (FORCE)");
    }

    boolean exists(String database) throws SQLException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database.replace("'", "") + "'")) {
            return rs.next();
        }
    }

    private void admin(String... statements) throws SQLException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static String quoted(String name) {
        if (!name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("database name " + name);
        }
        return "\"" + name + "\"";
    }
}
