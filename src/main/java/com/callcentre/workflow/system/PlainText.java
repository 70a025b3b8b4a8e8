package com.callcentre.workflow.system;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Text a person types has no control characters but line breaks and tabs: a NUL (U+0000) is no
 * part of a complaint, and PostgreSQL refuses to store one (which answered 500). Every string of
 * an {@code /api} body is read through this rule (request records by {@link RecordReader}, any
 * other string by this module), so a bad one is a 400 naming its field.
 */
@Configuration(proxyBeanMethods = false)
public class PlainText {

    public static final String MESSAGE = "不能含有控制字符";

    /** Whether the text holds a control character other than a tab or a line break. */
    public static boolean hasControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    @Bean
    Module plainTextModule() {
        SimpleModule module = new SimpleModule("plain-text");
        module.addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String text = super.deserialize(parser, context);
                if (text != null && hasControlCharacters(text)) {
                    throw InvalidFormatException.from(parser, MESSAGE, text, String.class);
                }
                return text;
            }
        });
        return module;
    }
}
