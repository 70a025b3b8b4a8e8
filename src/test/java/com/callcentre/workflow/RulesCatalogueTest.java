package com.callcentre.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md is the catalogue of the domain rules in the project's own words, and it stays true:
 * every rule id the code, the models, the forms or the tests name has its section there; every
 * section not marked "not yet enforced" names a rule the code or the models enforce; a rule marked
 * "not yet enforced" is nowhere in the code or the models (so the catalogue goes stale loudly when
 * someone builds it); and every class, model, form, setting and test it links to exists. Plain
 * files, no Spring.
 */
class RulesCatalogueTest {

    /** The rule families of the domain rules; HO-, QA-, EM- and RP- are not built yet. */
    private static final Pattern RULE_ID = Pattern.compile("\\b(?:CP|SL|LV|SW|HO|QA|EM|RP)-\\d+\\b");
    private static final Pattern SECTION = Pattern.compile(
            "^###\\s+((?:CP|SL|LV|SW|HO|QA|EM|RP)-\\d+)\\b(.*)$", Pattern.MULTILINE);
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\(([^)\\s]+)\\)");
    private static final String NOT_YET = "not yet enforced";
    private static final String ENFORCED_IN = "**Enforced in:**";
    private static final String PROVED_BY = "**Proved by:**";

    private static Path root;
    private static Path doc;
    private static String catalogue;
    /** Rule id → its section's heading line and body, in the order of the catalogue. */
    private static Map<String, Section> sections;
    /** Rule id → the files of src/main, processes and forms that name it. */
    private static Map<String, Set<String>> inCode;
    /** Rule id → the test files that name it. */
    private static Map<String, Set<String>> inTests;

    record Section(String heading, String body) {
        boolean notYetEnforced() {
            return heading.toLowerCase().contains(NOT_YET);
        }
    }

    @BeforeAll
    static void read() throws IOException {
        root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("pom.xml")) && root.getParent() != null) {
            root = root.getParent();
        }
        doc = root.resolve("docs/rules.md");
        assertThat(doc).as("the rules catalogue").isRegularFile();
        catalogue = Files.readString(doc);
        sections = sections(catalogue);
        inCode = ruleIds(Stream.of(
                files(root.resolve("src/main")),
                files(root.resolve("processes")).filter(p -> name(p).endsWith(".bpmn") || name(p).endsWith(".dmn")),
                files(root.resolve("forms")).filter(p -> name(p).endsWith(".form")))
                .flatMap(s -> s).toList());
        Path self = root.resolve("src/test/java/com/callcentre/workflow/RulesCatalogueTest.java");
        inTests = ruleIds(files(root.resolve("src/test")).filter(p -> !p.equals(self)).toList());
    }

    @Test
    void everyRuleIdInTheCodeModelsFormsAndTestsHasItsSection() {
        Map<String, Set<String>> named = new TreeMap<>();
        inCode.forEach((id, where) -> named.computeIfAbsent(id, k -> new TreeSet<>()).addAll(where));
        inTests.forEach((id, where) -> named.computeIfAbsent(id, k -> new TreeSet<>()).addAll(where));

        List<String> missing = named.entrySet().stream()
                .filter(e -> !sections.containsKey(e.getKey()))
                .map(e -> e.getKey() + " (named in " + String.join(", ", e.getValue()) + ")")
                .toList();

        assertThat(missing)
                .withFailMessage("Rule ids named in the code, models, forms or tests but without a section "
                        + "(### <id> …) in docs/rules.md:%n  %s", String.join("\n  ", missing))
                .isEmpty();
    }

    @Test
    void everyRuleTheCatalogueCallsEnforcedIsNamedInTheCodeOrTheModels() {
        List<String> unknown = sections.entrySet().stream()
                .filter(e -> !e.getValue().notYetEnforced())
                .map(Map.Entry::getKey)
                .filter(id -> !inCode.containsKey(id))
                .toList();

        assertThat(unknown)
                .withFailMessage("Rules in docs/rules.md not marked \"%s\" that nothing in src/main, processes/ "
                        + "or forms/ names (mark them, or name them where they are enforced): %s", NOT_YET, unknown)
                .isEmpty();
    }

    @Test
    void noRuleMarkedNotYetEnforcedIsInTheCodeOrTheModels() {
        List<String> built = sections.entrySet().stream()
                .filter(e -> e.getValue().notYetEnforced())
                .map(Map.Entry::getKey)
                .filter(inCode::containsKey)
                .map(id -> id + " (named in " + String.join(", ", inCode.get(id)) + ")")
                .toList();

        assertThat(built)
                .withFailMessage("Rules marked \"%s\" in docs/rules.md that the code or the models now name: "
                        + "describe where they are enforced and which test proves them:%n  %s",
                        NOT_YET, String.join("\n  ", built))
                .isEmpty();
    }

    @Test
    void everyEnforcedRuleSaysWhereAndWhichTestAndEveryRuleMentionedHasItsSection() {
        List<String> problems = new ArrayList<>();
        sections.forEach((id, section) -> {
            if (section.notYetEnforced()) {
                return;
            }
            for (String label : List.of(ENFORCED_IN, PROVED_BY)) {
                String line = section.body().lines().filter(l -> l.contains(label)).findFirst().orElse("");
                if (!LINK.matcher(line).find()) {
                    problems.add(id + ": no " + label + " line with a link");
                }
            }
        });
        Matcher ids = RULE_ID.matcher(catalogue);
        Set<String> mentioned = new TreeSet<>();
        while (ids.find()) {
            mentioned.add(ids.group());
        }
        mentioned.stream().filter(id -> !sections.containsKey(id))
                .forEach(id -> problems.add(id + ": mentioned but has no section"));
        Matcher headings = SECTION.matcher(catalogue);
        List<String> seen = new ArrayList<>();
        while (headings.find()) {
            if (seen.contains(headings.group(1))) {
                problems.add(headings.group(1) + ": two sections");
            }
            seen.add(headings.group(1));
        }

        assertThat(problems)
                .withFailMessage("docs/rules.md is incomplete:%n  %s", String.join("\n  ", problems))
                .isEmpty();
    }

    @Test
    void everyLinkedClassTestModelFormAndSettingExists() throws IOException {
        List<String> broken = new ArrayList<>();
        Matcher links = LINK.matcher(catalogue);
        while (links.find()) {
            String text = links.group(1).replace("`", "").trim();
            String target = links.group(2);
            if (target.startsWith("http") || target.startsWith("#") || target.startsWith("mailto:")) {
                continue;
            }
            Path file = doc.getParent().resolve(target.replaceFirst("#.*$", "")).normalize();
            if (!file.startsWith(root)) {
                continue; // outside the repository, e.g. the catalogue in ../shared
            }
            if (!Files.isRegularFile(file)) {
                broken.add("[" + text + "](" + target + "): no such file");
                continue;
            }
            String problem = checkNamed(text, file);
            if (problem != null) {
                broken.add("[" + text + "](" + target + "): " + problem);
            }
        }

        assertThat(broken)
                .withFailMessage("Links in docs/rules.md to classes, tests, models, forms or settings that do "
                        + "not exist:%n  %s", String.join("\n  ", broken))
                .isEmpty();
    }

    /**
     * What a link's text promises of its file: {@code Class} or {@code Class#member} for Java (the
     * class is the file, the member is in it), {@code model.bpmn#elementId} for a model, {@code
     * name.form#key} for a form, a dotted key for application.yaml, the file's name otherwise.
     */
    private static String checkNamed(String text, Path file) throws IOException {
        String fileName = name(file);
        String content = Files.readString(file);
        if (fileName.endsWith(".yaml") || fileName.endsWith(".yml")) {
            if (text.equals(fileName)) {
                return null;
            }
            for (String key : text.replace("[]", "").split("\\.")) {
                if (!Pattern.compile("(?m)^\\s*(-\\s+)?" + Pattern.quote(key) + ":").matcher(content).find()) {
                    return "no key " + key;
                }
            }
            return null;
        }
        String[] parts = text.split("#", 2);
        String named = parts[0];
        String expected = fileName.endsWith(".java") ? fileName.substring(0, fileName.length() - 5) : fileName;
        if (!named.equals(expected)) {
            return "the text names " + named + ", the file is " + fileName;
        }
        if (parts.length == 1) {
            return null;
        }
        String member = parts[1];
        boolean found;
        if (fileName.endsWith(".bpmn") || fileName.endsWith(".dmn")) {
            found = content.contains("id=\"" + member + "\"");
        } else if (fileName.endsWith(".form")) {
            found = content.contains("\"" + member + "\"");
        } else {
            found = Pattern.compile("\\b" + Pattern.quote(member) + "\\b").matcher(content).find();
        }
        return found ? null : "no " + member + " in it";
    }

    private static Map<String, Section> sections(String text) {
        Map<String, Section> found = new LinkedHashMap<>();
        Matcher heading = SECTION.matcher(text);
        List<int[]> starts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        while (heading.find()) {
            starts.add(new int[] {heading.start(), heading.end()});
            ids.add(heading.group(1));
        }
        for (int i = 0; i < ids.size(); i++) {
            int bodyEnd = i + 1 < ids.size() ? starts.get(i + 1)[0] : text.length();
            String body = text.substring(starts.get(i)[1], bodyEnd);
            int nextChapter = body.indexOf("\n## ");
            if (nextChapter >= 0) {
                body = body.substring(0, nextChapter);
            }
            found.putIfAbsent(ids.get(i), new Section(text.substring(starts.get(i)[0], starts.get(i)[1]), body));
        }
        return found;
    }

    private static Map<String, Set<String>> ruleIds(List<Path> files) {
        Map<String, Set<String>> found = new TreeMap<>();
        for (Path file : files) {
            String text = textOf(file);
            if (text == null) {
                continue;
            }
            Matcher id = RULE_ID.matcher(text);
            while (id.find()) {
                found.computeIfAbsent(id.group(), k -> new TreeSet<>()).add(root.relativize(file).toString());
            }
        }
        return found;
    }

    /** A file's text, or null for a binary one (images, fonts). */
    private static String textOf(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException binary) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList()).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }
}
