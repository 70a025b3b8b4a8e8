package com.callcentre.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our zh-CN locale of each Camunda webapp is complete against the en.json that the Camunda jars
 * on the class path ship: every label key is there, not empty, not left in English, and keeps
 * the English label's placeholders. An upgrade that adds labels fails here instead of showing
 * English to staff. Terms: docs/glossary.md.
 */
class WebappLocalesTest {

    static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
    static final ObjectMapper JSON = new ObjectMapper();
    /** {{count}}, {{ name }}, %s, %d: what the webapps put into a label. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}|%[sd]");
    static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /**
     * Labels that may read the same in Chinese: technical tokens, formats and product names (Camunda,
     * its Optimize) that are not words (checked after placeholders, tags and punctuation are taken out).
     */
    static final Pattern TECHNICAL = Pattern.compile(
            "(?i)(camunda|optimize|bpmn|dmn|cmmn|feel|juel|json|xml|url|uri|rest|api|csv|http|https|id|uuid|utc|iso|"
                    + "java|javascript|groovy|spin|string|integer|long|double|short|boolean|object|date|bytes|"
                    + "null|true|false|v\\d+|[YyMDdHhmsSTZz]+|[a-z]|x|yyyy|mm|dd|hh|ss|sss|zz|ms|s|m|h|d|w|y|e\\.g|\\d+)");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyLabelOfTheShippedEnglishIsTranslated(String app) throws IOException {
        JsonNode english = shipped(app).path("labels");
        JsonNode chinese = ours(app).path("labels");
        assertThat(english.size()).as("the shipped en.json of " + app).isGreaterThan(100);

        List<String> missing = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        List<String> untranslated = new ArrayList<>();
        List<String> placeholders = new ArrayList<>();
        english.fieldNames().forEachRemaining(key -> {
            String en = english.path(key).asText();
            if (!chinese.has(key)) {
                missing.add(key);
                return;
            }
            String zh = chinese.path(key).asText();
            // "s", the English plural ending some labels are built with, has no Chinese: empty is right.
            if (zh.isBlank() && !en.isBlank() && !en.strip().equals("s")) {
                empty.add(key);
            } else if (needsTranslation(en) && !HAN.matcher(zh).find()) {
                untranslated.add(key + " = " + zh);
            }
            if (!placeholdersOf(en).equals(placeholdersOf(zh))) {
                placeholders.add(key + ": " + placeholdersOf(en) + " -> " + placeholdersOf(zh));
            }
        });
        assertThat(missing).as(app + ": keys of en.json missing in zh-CN.json").isEmpty();
        assertThat(empty).as(app + ": empty labels").isEmpty();
        assertThat(untranslated).as(app + ": labels left in English").isEmpty();
        assertThat(placeholders).as(app + ": placeholders of the English label lost or changed").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void datesAreChinese(String app) throws IOException {
        JsonNode dates = ours(app).path("dateLocales");
        assertThat(dates.path("months")).hasSize(12);
        assertThat(dates.path("months").get(4).asText()).isEqualTo("五月");
        assertThat(dates.path("weekdays").get(6).asText()).isEqualTo("星期六");
        // 2026年5月9日 星期六 14:30
        assertThat(dates.path("longDateFormat").path("LLLL").asText()).isEqualTo("YYYY年M月D日 dddd HH:mm");
        assertThat(dates.path("week").path("dow").asInt()).as("weeks start on Monday").isEqualTo(1);
    }

    /** A label needs Chinese when it has a word in it beyond placeholders, tags and technical tokens. */
    static boolean needsTranslation(String english) {
        String words = PLACEHOLDER.matcher(english).replaceAll(" ")
                .replaceAll("<[^>]*>", " ")
                .replaceAll("&[a-z]+;", " ");
        for (String token : words.split("[^A-Za-z0-9.]+")) {
            String word = token.replaceAll("^\\.+|\\.+$", "");
            if (!word.isEmpty() && word.matches(".*[A-Za-z]{2,}.*") && !TECHNICAL.matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }

    static Set<String> placeholdersOf(String label) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(label);
        while (matcher.find()) {
            found.add(matcher.group(1) != null ? matcher.group(1).replaceAll("\\s+", "") : matcher.group());
        }
        return found;
    }

    /** The en.json in Camunda's webjar: the one resource of that name on the class path not of ours. */
    static JsonNode shipped(String app) throws IOException {
        List<URL> found = Collections.list(WebappLocalesTest.class.getClassLoader()
                .getResources(LOCALES.formatted(app, "en")));
        URL jar = found.stream().filter(url -> url.getProtocol().equals("jar")).findFirst()
                .orElseThrow(() -> new AssertionError("no en.json of " + app + " in a Camunda jar: " + found));
        try (InputStream in = jar.openStream()) {
            return JSON.readTree(in);
        }
    }

    static JsonNode ours(String app) throws IOException {
        try (InputStream in = WebappLocalesTest.class.getClassLoader()
                .getResourceAsStream(LOCALES.formatted(app, "zh-CN"))) {
            assertThat(in).as("our zh-CN.json of " + app).isNotNull();
            return JSON.readTree(in);
        }
    }
}
