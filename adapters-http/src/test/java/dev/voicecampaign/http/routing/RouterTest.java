package dev.voicecampaign.http.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RouterTest {
    final Router router = new Router();

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "POST,/campaign/api/v2/public/st-1/campaign,CREATE_V2",
            "POST,/agentassist/api/v1/public/st-1/campaign,CREATE_V1",
            "PUT,/campaign/api/v2/public/st-1/campaign/cd-9,UPDATE_V2",
            "PUT,/agentassist/api/v1/public/st-1/campaign/cd-9,UPDATE_V1",
            "GET,/campaign/api/v2/public/st-1/campaign/cd-9,GET_V2",
            "GET,/agentassist/api/v1/public/st-1/campaign/cd-9,GET_V1",
            "POST,/campaign/api/v2/public/st-1/campaign/getAllCampaignDetails,LIST",
            "DELETE,/campaign/api/v2/public/st-1/campaign/cd-9,DELETE_V2",
            "DELETE,/agentassist/api/v1/public/st-1/campaign/cd-9,DELETE_V1",
            "POST,/api/v2/public/st-1/campaign/trigger/cd-9,TRIGGER_V2",
            "POST,/campaign/api/v1/public/st-1/campaign/cd-9,TRIGGER_V1",
            "POST,/campaign/api/v2/public/st-1/campaign/cd-9/status,STATUS",
            "POST,/campaign/api/v2/public/st-1/campaign/schedule,SCHEDULE"})
    void everyDocumentedRouteMatches(String method, String path, RouteId expected) {
        RouteMatch m = router.match(method, path);
        assertThat(m).isInstanceOf(RouteMatch.Matched.class);
        assertThat(((RouteMatch.Matched) m).id()).isEqualTo(expected);
        assertThat(((RouteMatch.Matched) m).parameters()).containsEntry("streamId", "st-1");
    }

    @Test
    void parametersAreBoundAndLiteralsWin() {
        assertThat(router.match("GET", "/campaign/api/v2/public/st-1/campaign/cd-9"))
                .isEqualTo(new RouteMatch.Matched(RouteId.GET_V2, Map.of("streamId", "st-1", "campaignId", "cd-9")));
        assertThat(router.match("POST", "/campaign/api/v2/public/st-1/campaign/getAllCampaignDetails"))
                .isEqualTo(new RouteMatch.Matched(RouteId.LIST, Map.of("streamId", "st-1")));
    }

    @Test
    void otherPathsAndMethods() {
        assertThat(router.match("POST", "/campaign/api/v2/public/st-1/campaign/")).as("trailing slash").isEqualTo(new RouteMatch.NoRoute());
        assertThat(router.match("POST", "/campaign/api/v2/public//campaign")).as("empty stream").isEqualTo(new RouteMatch.NoRoute());
        assertThat(router.match("GET", "relative")).isEqualTo(new RouteMatch.NoRoute());
        assertThat(router.match("PATCH", "/campaign/api/v2/public/st-1/campaign/cd-9"))
                .isEqualTo(new RouteMatch.MethodNotAllowed(Set.of("GET", "PUT", "DELETE")));
    }
}
