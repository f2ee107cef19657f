package dev.mockhost.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample collections of examples/, served by the built WAR on a real Tomcat 10.1. */
class MockServingIT extends DeployedWar {

    @Test
    void servesTheSavedExampleWithItsHeaders() throws Exception {
        HttpResponse<String> response = http.get("petstore/pets");
        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.body().contains("\"name\": \"Tom\""), response.body());
    }

    @Test
    void capturesWildcardSegmentsAndInsertsEnvironmentVariables() throws Exception {
        HttpResponse<String> response = http.get("petstore/users/42");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"id\": \"42\""), response.body());
        assertTrue(response.body().contains("\"apiVersion\": \"2026-11\""), response.body());
    }

    @Test
    void theSampleV3DirectoryIsServedWithItsFolderVariablesAndPathVariables() throws Exception {
        HttpResponse<String> open = http.get("orders-api/orders?status=open");
        assertEquals(200, open.statusCode(), open.body());
        assertTrue(open.body().contains("\"currency\": \"USD\""), "the folder's variable wins: " + open.body());
        assertTrue(http.get("orders-api/orders?status=shipped").body().contains("0999"), "the query variant");
        HttpResponse<String> order = http.get("orders-api/orders/1234");
        assertTrue(order.body().contains("\"id\": \"1234\""), "the :orderId capture: " + order.body());
        assertEquals("application/json", order.headers().firstValue("Content-Type").orElseThrow());
        HttpResponse<String> missing = http.get("orders-api/orders/1234", "x-mock-response-code", "404");
        assertEquals(404, missing.statusCode());
        assertEquals("{\"error\": \"no order 1234\"}", missing.body());
        assertEquals("ok", http.get("orders-api/health").body());
        var status = StatusDocument.parse(http.get("api/status").body()).mock("orders-api").orElseThrow();
        assertEquals("Orders API", status.getString("collectionName"));
        assertEquals("collections/Orders API", status.getString("file"), "the directory, beside the mock's name");
        assertEquals(5, status.getInt("examples"));
    }

    @Test
    void literalSegmentBeatsWildcard() throws Exception {
        assertTrue(http.get("petstore/users/me").body().contains("Current user"));
    }

    @Test
    void pathVariableMatchesAnySegmentAndIsInserted() throws Exception {
        HttpResponse<String> response = http.get("petstore/pets/7");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"id\": 7,"), response.body());
        assertTrue(response.body().contains("Mockhost sample team"), "collection variable: " + response.body());
    }

    @Test
    void queryParametersChooseBetweenExamplesOfOnePath() throws Exception {
        String sold = http.get("petstore/pets?status=sold").body();
        assertTrue(sold.contains("Tom") && !sold.contains("Rex"), sold);
        HttpResponse<String> page = http.get("petstore/pets?limit=1");
        assertEquals("2", page.headers().firstValue("X-Next-Page").orElse(""));
    }

    @Test
    void unmatchedCallGetsPostmansNotFoundBody() throws Exception {
        HttpResponse<String> response = http.get("petstore/no/such/path");
        assertEquals(404, response.statusCode());
        assertEquals("{\"error\":{\"name\":\"mockRequestNotFoundError\",\"message\":\"Double check your method and "
                + "the request path and try again.\",\"header\":\"No matching requests\"}}", response.body());
    }

    @Test
    void wrongMethodIsNotMatched() throws Exception {
        assertEquals(404, http.send("PUT", "petstore/pets", "{}").statusCode());
    }

    @Test
    void unknownMockIsNamedInTheError() throws Exception {
        HttpResponse<String> response = http.get("nosuchmock/pets");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("\"mockNotFoundError\"") && response.body().contains("nosuchmock"),
                response.body());
    }

    @Test
    void responseCodeHeaderChoosesTheExampleWithThatStatus() throws Exception {
        HttpResponse<String> response = http.get("petstore/pets/7", "x-mock-response-code", "404");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("no pet with id 999"), response.body());
    }

    @Test
    void responseNameAndIdHeadersChooseAnExample() throws Exception {
        String byName = http.get("petstore/pets", "x-mock-response-name", "Sold pets").body();
        assertTrue(byName.contains("Tom") && !byName.contains("Rex"), byName);
        // the id of "Sold pets" in examples/collections/petstore.json, alone and in Postman's uid form
        String id = "f4eff934-72fc-50e3-844d-c317a40113ab";
        for (String header : new String[] {id, "12345678-" + id}) {
            String byId = http.get("petstore/pets", "x-mock-response-id", header).body();
            assertTrue(byId.contains("Tom") && !byId.contains("Rex"), byId);
        }
    }

    @Test
    void unknownResponseIdIsA404NamingTheHeader() throws Exception {
        HttpResponse<String> response = http.get("petstore/pets", "x-mock-response-id",
                "00000000-0000-0000-0000-000000000000");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("\"header\":\"x-mock-response-id\""), response.body());
    }

    @Test
    void unknownResponseNameIsA404NamingTheHeader() throws Exception {
        HttpResponse<String> response = http.get("petstore/pets", "x-mock-response-name", "No such example");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("\"header\":\"x-mock-response-name\""), response.body());
    }

    @Test
    void invalidResponseCodeHeaderIsA400NamingIt() throws Exception {
        HttpResponse<String> response = http.get("petstore/pets", "x-mock-response-code", "abc");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("\"header\":\"x-mock-response-code\""), response.body());
    }

    @Test
    void contentTypeIsDerivedFromThePreviewLanguage() throws Exception {
        HttpResponse<String> response = http.get("petstore/store/orders/55");
        assertEquals("application/xml;charset=UTF-8",
                response.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""));
        assertTrue(response.body().contains("<order id=\"55\">"), response.body());
    }

    @Test
    void noContentAnswerHasNoBody() throws Exception {
        HttpResponse<String> response = http.send("DELETE", "petstore/pets/3", null);
        assertEquals(204, response.statusCode());
        assertEquals("", response.body());
    }

    @Test
    void postWithSavedLocationHeader() throws Exception {
        HttpResponse<String> response = http.send("POST", "petstore/pets", "{\"name\": \"Rex\"}",
                "Content-Type", "application/json");
        assertEquals(201, response.statusCode());
        assertEquals("/pets/3", response.headers().firstValue("Location").orElse(""));
    }

    @Test
    void pathParametersAreDroppedSegmentBySegment() throws Exception {
        HttpResponse<String> response = http.get("petstore/pets;v=1/7;jsessionid=abc");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"id\": 7,"), response.body());
    }

    @Test
    void malformedMultipartBodyIsA400NotAStackTrace() throws Exception {
        HttpResponse<String> response = http.send(http.request("petstore/pets").header("Content-Type",
                "multipart/form-data; boundary=xyz").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                "--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunterminated")).build());
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"malformedRequestError\""), response.body());
    }

    @Test
    void collectionV20WithRawHeaderStringIsServed() throws Exception {
        HttpResponse<String> response = http.get("todo/todos/5");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"id\": 5,"), response.body());
        assertEquals("raw header string", response.headers().firstValue("X-Sample").orElse(""));
        assertFalse(response.headers().firstValue("Content-Length").isEmpty());
    }
}
