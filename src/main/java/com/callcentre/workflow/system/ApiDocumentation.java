package com.callcentre.workflow.system;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI 3 document of the product's {@code /api}, generated from the controllers by
 * springdoc (docs/operations.md, "API 文档"): {@value #DOCUMENT} (JSON, any signed-in member of
 * staff) and the Swagger UI page {@value #PAGE} (administrators only, identity package). Only
 * {@code /api/**} is described ({@code springdoc.paths-to-match}): the engine's REST API is
 * Camunda's own and documented by Camunda.
 * <p>
 * Every operation answers its errors in the one shape {@link ApiError}, which the document
 * gives as the schema of every 4xx and 5xx answer.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    /** The document; springdoc also answers {@code /api/openapi.yaml}. */
    public static final String DOCUMENT = "/api/openapi";
    /** The Swagger UI page, which redirects to {@value #PAGE_ROOT}{@code /index.html}. */
    public static final String PAGE = "/api/swagger-ui.html";
    /** Where springdoc serves the page's files (index, scripts, styles, its configuration). */
    public static final String PAGE_ROOT = "/api/swagger-ui";

    static final String ERROR_SCHEMA = "ApiError";
    private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    /**
     * The document's sections, by the first segment of the path after {@code /api/}: the titles
     * staff read in the page. A new segment needs its title here (OpenApiTest says so).
     */
    static final Map<String, String> SECTIONS = Map.ofEntries(
            Map.entry("complaints", "投诉受理与工单"),
            Map.entry("tickets", "工单查询"),
            Map.entry("tickets.csv", "工单查询"),
            Map.entry("ticket-phone-searches", "工单查询"),
            Map.entry("caller-history", "工单查询"),
            Map.entry("tasks", "客户资料（回访、补充信息）"),
            Map.entry("customer-data-reads", "客户资料（回访、补充信息）"),
            Map.entry("sla", "时限监控"),
            Map.entry("reports", "统计报表"),
            Map.entry("duty-reports", "值班汇报"),
            Map.entry("quality", "质检"),
            Map.entry("duty-log", "值班日志"),
            Map.entry("emergencies", "突发事件"),
            Map.entry("handovers", "交接班"),
            Map.entry("leave-requests", "请假"),
            Map.entry("shift-swaps", "换班"),
            Map.entry("shifts", "排班"),
            Map.entry("attendance", "考勤"),
            Map.entry("holidays", "节假日"),
            Map.entry("demo", "演示环境"));

    /**
     * The guard of the page (administrators only) and its Content-Security-Policy are written for
     * these paths: a setting that moved the page elsewhere would leave it unguarded, so it stops
     * the start instead.
     */
    ApiDocumentation(@Value("${springdoc.api-docs.path:}") String documentPath,
            @Value("${springdoc.swagger-ui.path:}") String pagePath) {
        if (!DOCUMENT.equals(documentPath) || !PAGE.equals(pagePath)) {
            throw new IllegalStateException("springdoc.api-docs.path must be " + DOCUMENT + " and springdoc.swagger-ui.path "
                    + PAGE + " (the page's access rule is written for them), not " + documentPath + " and " + pagePath);
        }
    }

    @Bean
    OpenAPI apiDocument() {
        return new OpenAPI()
                .info(new Info().title("客服中心工作流 API（/api）").version("1")
                        .description("""
                                投诉受理、工单查询、请假、换班、排班、节假日、值班报告、SLA 监控与报表的接口。
                                HTTP Basic 认证（工作流引擎的用户）；已登录 Tasklist/Cockpit/Admin 的浏览器会话只能读（GET）。
                                每个接口按调用者的组与引擎授权决定可见内容（docs/authorization.md）。
                                错误一律为 ApiError：{"status", "message", "rule", "errors": [{"field", "message"}]}。
                                引擎自身的 REST API（/engine-rest）不在此文档中，见 Camunda 官方文档。"""))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("工作流引擎的用户名和密码")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    /** {@link ApiError} in the components, and as every operation's 4xx and 5xx answer. */
    @Bean
    GlobalOpenApiCustomizer errorShapeOnEveryOperation() {
        return document -> {
            Components components = document.getComponents() != null ? document.getComponents() : new Components();
            document.setComponents(components);
            @SuppressWarnings("rawtypes")
            Map<String, Schema> schemas = ModelConverters.getInstance().readAll(ApiError.class);
            schemas.forEach((name, schema) -> {
                if (components.getSchemas() == null || !components.getSchemas().containsKey(name)) {
                    components.addSchemas(name, schema);
                }
            });
            if (document.getPaths() == null) {
                return;
            }
            document.getPaths().values().forEach(path -> path.readOperations().forEach(ApiDocumentation::answersErrors));
            document.setTags(null);
            document.getPaths().forEach((path, item) -> item.readOperations().forEach(
                    operation -> operation.setTags(List.of(section(path)))));
            document.getPaths().keySet().stream().map(ApiDocumentation::section).distinct().sorted()
                    .forEach(name -> document.addTagsItem(new io.swagger.v3.oas.models.tags.Tag().name(name)));
        };
    }

    /** A query read as a request record ({@link QueryRecord}): the record's components as parameters. */
    @Bean
    GlobalOperationCustomizer queryRecordsAsParameters() {
        return (operation, handler) -> {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                QueryRecord record = parameter.getParameterAnnotation(QueryRecord.class);
                if (record != null) {
                    replaceByRecord(operation, handler, parameter, record.value());
                }
            }
            return operation;
        };
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void replaceByRecord(Operation operation, HandlerMethod handler, MethodParameter parameter,
            Class<? extends Record> record) {
        RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
        String name = annotation != null && !annotation.name().isEmpty() ? annotation.name()
                : NAMES.getParameterNames(handler.getMethod())[parameter.getParameterIndex()];
        if (operation.getParameters() != null) {
            operation.getParameters().removeIf(p -> "query".equals(p.getIn()) && p.getName().equals(name));
        }
        ResolvedSchema resolved = ModelConverters.getInstance()
                .resolveAsResolvedSchema(new AnnotatedType(record).resolveAsRef(false));
        if (resolved == null || resolved.schema == null || resolved.schema.getProperties() == null) {
            throw new IllegalStateException(handler + ": no schema for " + record.getName());
        }
        List<String> required = resolved.schema.getRequired() != null ? resolved.schema.getRequired() : List.of();
        Map<String, Schema> properties = resolved.schema.getProperties();
        properties.forEach((property, schema) -> operation.addParametersItem(new Parameter().in("query").name(property)
                .required(required.contains(property)).schema(schema)));
    }

    /** The section of a path: its title, or the segment itself where it has none yet. */
    static String section(String path) {
        String rest = path.startsWith("/api/") ? path.substring("/api/".length()) : path;
        String segment = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        return SECTIONS.getOrDefault(segment, segment);
    }

    private static void answersErrors(Operation operation) {
        ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
        operation.setResponses(responses);
        // No content is no content, whatever the method's declared type (a DELETE's ResponseEntity<?>).
        ApiResponse noContent = responses.get("204");
        if (noContent != null) {
            noContent.setContent(null);
        }
        responses.computeIfAbsent("4XX", code -> error(
                "请求有误、需要登录（401）、无权（403）、不存在（404）、冲突（409）或违反业务规则（422，rule 指明规则）"));
        responses.computeIfAbsent("5XX", code -> error("服务器内部错误，或数据库暂不可用（503，附 Retry-After）"));
        // springdoc lists an exception handler's answers (ApiErrorHandler) with the handler's
        // own type; where that is the error shape, it is the same schema.
        responses.forEach((code, response) -> {
            if ((code.startsWith("4") || code.startsWith("5")) && response.getContent() == null) {
                response.setContent(errorContent());
            }
        });
    }

    private static ApiResponse error(String description) {
        return new ApiResponse().description(description).content(errorContent());
    }

    private static Content errorContent() {
        return new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ERROR_SCHEMA)));
    }
}
