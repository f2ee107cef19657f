package dev.mockhost.collection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PostmanUrlParserTest {

    @ParameterizedTest(name = "{0} -> path {1}, query {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            // raw URL | path segments (~ is an empty segment) | query (- for none)
            "{{baseUrl}}/pets/1                         | pets,1            | -",
            "https://api.example.com/pets/1             | pets,1            | -",
            "/pets/1                                    | pets,1            | -",
            "users/1                                    | 1                 | -",
            "https://h/v2/pets?limit=10&sort            | v2,pets           | limit=10,sort=",
            "{{baseUrl}}/pets/                          | pets,~            | -",
            "http:///forecast/{region}                  | forecast,{region} | -",
            "{{scheme}}://{{host}}/a/{{id}}/b           | a,{{id}},b        | -",
            "{{url}}                                    | -                | -",
            "https://user:pw@h:8080/p?q={{a/b}}#frag     | p                 | q={{a/b}}",
            "{{base/with/slash}}/items                  | items             | -",
            "'  https://h/trimmed  '                    | trimmed           | -",
            "https://h/a%20b/c?x=%41                    | a%20b,c           | x=%41",
    })
    void splitsLikePostman(String raw, String path, String query) {
        RequestUrl url = PostmanUrlParser.parse(raw);
        assertEquals(split(path), url.path(), "path of " + raw);
        assertEquals(split(query), url.query().stream().map(q -> q.name() + "=" + q.value()).toList(),
                "query of " + raw);
    }

    private static List<String> split(String csv) {
        return csv.equals("-") ? List.of() : List.of(csv.split(",", -1)).stream()
                .map(s -> s.equals("~") ? "" : s).toList();
    }
}
