package com.callcentre.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.system.OwnsTables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages hold: Spring Modulith's model of them has no cycle and no package uses
 * another's internals; each table and sequence of the migrations has one owning package
 * ({@link OwnsTables} on its package-info), and no SQL outside that package names it.
 */
class ModuleStructureTest {

    static final Path SOURCES = Path.of("src/main/java/com/callcentre/workflow");
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    /** SQL naming a table: the word after these keywords, in string literals and text blocks. */
    static final Pattern TABLE_USE = Pattern.compile("(?i)\\b(?:from|join|update|into|table|exists)\\s+([a-z_][a-z0-9_]*)");
    static final Pattern CREATED = Pattern.compile("(?i)create\\s+(?:table|sequence)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

    @Test
    void modulesHaveNoCycleAndUseOnlyEachOthersApi() {
        ApplicationModules.of(Application.class).verify();
    }

    @Test
    void everyTableOfTheMigrationsHasExactlyOneOwningPackage() {
        Map<String, List<String>> ownersByTable = new TreeMap<>();
        owners().forEach((pkg, tables) -> tables.forEach(t -> ownersByTable.computeIfAbsent(t, k -> new ArrayList<>()).add(pkg)));

        assertThat(ownersByTable.keySet()).as("tables and sequences owned (@OwnsTables) = those the migrations create")
                .containsExactlyInAnyOrderElementsOf(createdByMigrations());
        assertThat(ownersByTable).as("one owner each").allSatisfy((table, pkgs) -> assertThat(pkgs).hasSize(1));
    }

    @Test
    void noPackageNamesAnotherPackagesTablesInItsSql() {
        Map<String, String> ownerOf = new TreeMap<>();
        owners().forEach((pkg, tables) -> tables.forEach(t -> ownerOf.put(t, pkg)));
        List<String> trespasses = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        for (Path file : javaSources()) {
            String pkg = SOURCES.relativize(file).getName(0).toString();
            for (String table : tablesNamedIn(read(file), ownerOf.keySet())) {
                used.add(table);
                if (!ownerOf.get(table).equals(pkg)) {
                    trespasses.add(SOURCES.relativize(file) + " names " + table + " (owned by " + ownerOf.get(table) + ")");
                }
            }
        }
        assertThat(trespasses).as("SQL on another package's tables: use the owner's API instead").isEmpty();
        // The scan sees the SQL at all: the owners' own statements are found.
        assertThat(used).contains("ticket", "department_order", "mail_outbox", "shift", "leave_request", "shift_swap",
                "holiday", "ticket_no_seq");
    }

    @Test
    void theScanFindsTablesInStatementsAndSequencesButNotInCommentsOrColumns() {
        Set<String> known = Set.of("ticket", "employee", "ticket_no_seq");
        String source = """
                // select * from employee
                /* update employee */
                class X {
                    String a = "select e.employee from shift e join ticket t on t.no = e.no";
                    String b = "ticket_no_seq";
                    String field = "employee";
                }
                """;
        assertThat(tablesNamedIn(source, known)).containsExactlyInAnyOrder("ticket", "ticket_no_seq");
    }

    /** The known tables named in the file's string literals: after an SQL keyword, or a sequence's whole name. */
    static Set<String> tablesNamedIn(String source, Set<String> known) {
        Set<String> found = new TreeSet<>();
        for (String literal : stringLiterals(source)) {
            Matcher m = TABLE_USE.matcher(literal);
            while (m.find()) {
                if (known.contains(m.group(1).toLowerCase())) {
                    found.add(m.group(1).toLowerCase());
                }
            }
            if (literal.endsWith("_seq") && known.contains(literal.toLowerCase())) {
                found.add(literal.trim().toLowerCase());
            }
        }
        return found;
    }

    /** The contents of the string literals and text blocks of Java source, comments skipped. */
    static List<String> stringLiterals(String s) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("//", i)) {
                i = s.indexOf('\n', i) < 0 ? s.length() : s.indexOf('\n', i);
            } else if (s.startsWith("/*", i)) {
                i = s.indexOf("*/", i + 2) < 0 ? s.length() : s.indexOf("*/", i + 2) + 2;
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                literals.add(s.substring(i + 3, end));
                i = end + 3;
            } else if (s.charAt(i) == '"') {
                int j = i + 1;
                while (s.charAt(j) != '"') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                literals.add(s.substring(i + 1, j));
                i = j + 1;
            } else if (s.charAt(i) == '\'') {
                // a char literal such as '"'
                i = s.charAt(i + 1) == '\\' ? s.indexOf('\'', i + 3) + 1 : i + 3;
            } else {
                i++;
            }
        }
        return literals;
    }

    static Map<String, List<String>> owners() {
        Map<String, List<String>> owners = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                String pkg = dir.getFileName().toString();
                Package p = Class.forName("com.callcentre.workflow." + pkg + ".package-info").getPackage();
                OwnsTables owns = p.getAnnotation(OwnsTables.class);
                if (owns != null) {
                    owners.put(pkg, List.of(owns.value()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Every feature package has a package-info.java: " + e.getMessage(), e);
        }
        return owners;
    }

    static Set<String> createdByMigrations() {
        Set<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.toList()) {
                Matcher m = CREATED.matcher(read(file));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return created;
    }

    static List<Path> javaSources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java") && SOURCES.relativize(f).getNameCount() > 1).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
