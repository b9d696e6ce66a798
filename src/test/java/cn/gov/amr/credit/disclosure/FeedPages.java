package cn.gov.amr.credit.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.TestHttp;
import tools.jackson.databind.JsonNode;

/** Reads the public change feed as a consumer does: page after page from a cursor until a page is empty. */
final class FeedPages {

    private FeedPages() {
    }

    /** The items after a cursor and the cursor to ask with next time. */
    record Drained(List<JsonNode> items, String cursor) {

        /** The reasons given for one entity, in feed order. */
        List<String> reasonsFor(String entityCode) {
            return items.stream().filter(i -> i.get("entityCode").asString().equals(entityCode))
                    .map(i -> i.get("reason").asString()).toList();
        }
    }

    static Drained drain(TestHttp client, String since) {
        return drain(client, since, body -> { });
    }

    /** Every page after {@code since} (empty: from the start); each page's body also goes to {@code onPage}. */
    static Drained drain(TestHttp client, String since, Consumer<String> onPage) {
        var items = new ArrayList<JsonNode>();
        String cursor = since;
        while (true) {
            var response = client.get("/api/v1/public/changes?size=1000&since=" + cursor);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            onPage.accept(response.body());
            JsonNode page = Json.parse(response.body());
            page.get("items").forEach(items::add);
            String next = page.get("nextCursor").asString();
            if (page.get("items").isEmpty() || next.equals(cursor)) {
                return new Drained(items, next);
            }
            cursor = next;
        }
    }
}
