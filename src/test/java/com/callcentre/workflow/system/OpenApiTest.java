package com.callcentre.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.callcentre.workflow.ApiClient;
import com.callcentre.workflow.ApplicationTest;
import com.callcentre.workflow.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI document of {@code /api} (issue 16): every endpoint of {@code /api} is in it and
 * nothing else is; the request records' constraints and the one error shape are; the document
 * is for any signed-in member of staff, its Swagger UI page for administrators only.
 */
@ApplicationTest
@ExcludeFromProcessCoverage
class OpenApiTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void everyEndpointOfTheApiIsInTheDocumentAndNothingElseIs() throws Exception {
        Set<String> endpoints = new TreeSet<>();
        handlers.getHandlerMethods().forEach((RequestMappingInfo mapping, HandlerMethod method) -> {
            if (method.getBeanType().getName().startsWith("org.springdoc.")) {
                return; // the document and its page themselves
            }
            for (String pattern : mapping.getPatternValues()) {
                if (!pattern.startsWith("/api/") && !pattern.equals("/api")) {
                    continue;
                }
                Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
                assertThat(methods).as("%s answers one method or a few, not every one", pattern).isNotEmpty();
                methods.forEach(m -> endpoints.add(m.name() + " " + withoutRegex(pattern)));
            }
        });
        assertThat(endpoints).as("the scan finds the API").contains("POST /api/complaints", "GET /api/complaints/{ticketNo}");

        JsonNode paths = document("agent1").path("paths");
        Set<String> documented = new TreeSet<>();
        paths.fieldNames().forEachRemaining(path -> paths.path(path).fieldNames().forEachRemaining(method -> {
            if (Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace").contains(method)) {
                documented.add(method.toUpperCase(Locale.ROOT) + " " + path);
            }
        }));

        assertThat(documented).as("the document = the handlers of /api").isEqualTo(endpoints);
        paths.fieldNames().forEachRemaining(path -> assertThat(path).startsWith("/api/"));
    }

    @Test
    void theRequestRecordsShowTheirConstraints() throws Exception {
        JsonNode intake = document("agent1").path("components").path("schemas").path("ComplaintIntake");

        assertThat(intake.path("properties").path("customerName").path("maxLength").asInt()).isEqualTo(50);
        assertThat(intake.path("properties").path("description").path("maxLength").asInt()).isEqualTo(2000);
        assertThat(intake.path("properties").path("customerPhone").path("pattern").asText()).contains("1[3-9]");
        assertThat(intake.path("properties").path("channel").path("enum")).isNotEmpty();
        List<String> required = new ArrayList<>();
        intake.path("required").forEach(n -> required.add(n.asText()));
        assertThat(required).contains("channel", "customerName", "customerPhone", "description", "major")
                .doesNotContain("repeatOf", "referral");
    }

    @Test
    void aQueryReadAsARequestRecordIsDocumentedAsTheRecordsParameters() throws Exception {
        JsonNode parameters = document("agent1").path("paths").path("/api/duty-reports").path("get").path("parameters");
        List<String> names = new ArrayList<>();
        List<String> required = new ArrayList<>();
        parameters.forEach(p -> {
            names.add(p.path("name").asText());
            if (p.path("required").asBoolean()) {
                required.add(p.path("name").asText());
            }
        });

        assertThat(names).containsExactlyInAnyOrder("from", "to", "kind");
        assertThat(required).containsExactlyInAnyOrder("from", "to");
    }

    @Test
    void everyOperationAnswersItsErrorsInTheOneShape() throws Exception {
        JsonNode document = document("agent1");
        JsonNode error = document.path("components").path("schemas").path("ApiError");
        assertThat(ApiClient.fieldNames(error.path("properties"))).containsExactlyInAnyOrder("status", "message", "rule", "errors");

        List<String> without = new ArrayList<>();
        JsonNode paths = document.path("paths");
        paths.fieldNames().forEachRemaining(path -> paths.path(path).fields().forEachRemaining(operation -> {
            JsonNode errors = operation.getValue().path("responses").path("4XX");
            String schema = errors.path("content").path("application/json").path("schema").path("$ref").asText();
            if (!schema.equals("#/components/schemas/ApiError")) {
                without.add(operation.getKey() + " " + path);
            }
        }));
        assertThat(without).as("operations without ApiError as their 4xx answer").isEmpty();
    }

    @Test
    void theDocumentIsForStaffSignedInAndDescribesNeitherTheEngineNorItsRestApi() throws Exception {
        HttpResponse<String> anonymous = api.get(ApiDocumentation.DOCUMENT, null);
        HttpResponse<String> liaison = api.get(ApiDocumentation.DOCUMENT, "billing1");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(liaison.statusCode()).isEqualTo(200);
        JsonNode document = ApiClient.JSON.readTree(liaison.body());
        assertThat(ApiClient.fieldNames(document.path("paths"))).isNotEmpty()
                .allSatisfy(path -> assertThat(path).startsWith("/api/").doesNotContain("engine-rest", "/camunda/"));
        assertThat(document.path("info").path("title").asText()).contains("客服中心");
        List<String> untitled = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation ->
                operation.getValue().path("tags").forEach(tag -> {
                    if (!tag.asText().matches(".*\\p{IsHan}.*")) {
                        untitled.add(operation.getKey() + " " + path.getKey() + " (" + tag.asText() + ")");
                    }
                })));
        assertThat(untitled).as("operations whose section has no Chinese title: add it to ApiDocumentation.SECTIONS").isEmpty();
    }

    @Test
    void theSwaggerPageIsForAdministratorsOnly() throws Exception {
        String index = ApiDocumentation.PAGE_ROOT + "/index.html";
        HttpResponse<String> admin = api.get(index, "admin");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("swagger-ui");
        assertThat(admin.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("script-src 'self';", "frame-ancestors 'none'"));
        HttpResponse<String> config = api.get(ApiDocumentation.DOCUMENT + "/swagger-config", "admin");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains(ApiDocumentation.DOCUMENT);
        HttpResponse<String> welcome = api.get(ApiDocumentation.PAGE, "admin");
        assertThat(welcome.statusCode()).isEqualTo(302);
        assertThat(welcome.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(index));

        for (String user : List.of("agent1", "manager1", "leader1", "director1", "billing1")) {
            for (String path : List.of(index, ApiDocumentation.PAGE, ApiDocumentation.PAGE_ROOT + "/swagger-initializer.js")) {
                HttpResponse<String> answer = api.get(path, user);
                assertThat(answer.statusCode()).as("%s opens %s", user, path).isEqualTo(403);
                assertThat(answer.body()).contains("camunda-admin").doesNotContain("swagger-ui");
            }
        }
    }

    @Test
    void anAddressSpelledAnotherWayDoesNotGetPastTheGuard() throws Exception {
        for (String path : List.of("/api/./swagger-ui/index.html", "/api//swagger-ui/index.html",
                "/api/swagger-ui/%69ndex.html", "/api/%73wagger-ui/index.html", "/api/swagger-ui/x/../index.html",
                "/api/swagger-ui;x=1/index.html", "/api/swagger-ui%2Findex.html")) {
            HttpResponse<String> answer = api.send(api.request(path, "agent1", ApiClient.password("agent1")).GET());
            assertThat(answer.statusCode()).as(path).isNotEqualTo(200);
            assertThat(answer.body()).as(path).doesNotContain("swagger-ui.css", "swagger-initializer");
        }
    }

    @Test
    void theAdministratorOpensThePageWithTheirWebappLoginAndNobodyIsAskedForBasic() throws Exception {
        WebappSession adminSession = WebappSession.logIn(port, "admin");
        WebappSession managerSession = WebappSession.logIn(port, "manager1");

        assertThat(adminSession.get(ApiDocumentation.PAGE).statusCode()).as("redirected to the index").isEqualTo(200);
        assertThat(adminSession.get(ApiDocumentation.DOCUMENT).statusCode()).isEqualTo(200);
        assertThat(managerSession.get(ApiDocumentation.PAGE).statusCode()).isEqualTo(403);

        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                adminSession.uri(ApiDocumentation.PAGE_ROOT + "/index.html")).GET().build(), BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).as("no browser dialog for Basic").isEmpty();
        assertThat(anonymous.body()).contains("/camunda/app/admin/").doesNotContain("swagger-ui");
    }

    private JsonNode document(String user) throws Exception {
        HttpResponse<String> answer = api.get(ApiDocumentation.DOCUMENT, user);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return ApiClient.JSON.readTree(answer.body());
    }

    /** {@code /x/{id:\d+}} as the document writes it: {@code /x/{id}}. */
    private static String withoutRegex(String pattern) {
        return pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
    }
}
