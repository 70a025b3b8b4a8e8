package com.callcentre.workflow.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.system.ShownText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Free text as typed (issue 11): no form shows a person's text raw, and the escaping is exact. */
class FreeTextFormsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");

    @Test
    void noFormShowsFreeTextUnescaped() throws Exception {
        List<String> raw = new ArrayList<>();
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
                collect(form, new ObjectMapper().readTree(form.toFile()).path("components"), raw);
            }
        }
        assertThat(raw).as("use {{<name>Shown}} (FreeTextShown)").isEmpty();
    }

    private static void collect(Path form, JsonNode components, List<String> raw) {
        for (JsonNode component : components) {
            Matcher m = PLACEHOLDER.matcher(component.path("text").asText(""));
            while (m.find()) {
                if (FreeTextShown.FREE_TEXT.contains(m.group(1))) {
                    raw.add(form.getFileName() + ": {{" + m.group(1) + "}}");
                }
            }
            collect(form, component.path("components"), raw);
        }
    }

    @Test
    void markupIsEscapedCharacterByCharacterAndChineseIsLeftAlone() {
        assertThat(ShownText.literal("[登录](http://evil.example)")).isEqualTo("\\[登录\\]\\(http\\:\\/\\/evil\\.example\\)");
        assertThat(ShownText.literal("<img src=x>")).isEqualTo("\\<img src\\=x\\>");
        assertThat(ShownText.literal("第一行\r\n**第二行**")).isEqualTo("第一行\n\\*\\*第二行\\*\\*");
        assertThat(ShownText.literal("多扣 58 元，已退还。")).isEqualTo("多扣 58 元，已退还。");
        assertThat(ShownText.literal(null)).isNull();
    }
}
