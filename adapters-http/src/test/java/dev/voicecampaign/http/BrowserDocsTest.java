package dev.voicecampaign.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.http.routing.Router;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * /docs in a real browser: headless Chromium opens the page, finds every operation of the server
 * listed, authorizes with a token and creates the seeds' sample campaign through "Try it out". Needs
 * Debian's {@code chromium} and {@code chromium-driver} (the README's test setup; CI installs them):
 * without them the test reports itself skipped, saying so.
 */
class BrowserDocsTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @Test
    void thePageListsEveryOperationAndCreatesACampaign() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "SKIPPED: no Chromium at " + CHROMIUM + " and " + DRIVER + "; install Debian's chromium and chromium-driver (README, Testing)");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,4000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        try (ServerFixture f = new ServerFixture()) {
            ChromeDriver browser = new ChromeDriver(service, options);
            try {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
                browser.get("http://127.0.0.1:" + f.server.port() + "/docs");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-summary-operation-id")));
                List<String> listed = browser.findElements(By.cssSelector(".opblock-summary-operation-id")).stream().map(WebElement::getText).toList();
                List<String> documented = new java.util.ArrayList<>();
                f.send("GET", "/openapi.json", null).json().get("paths")
                        .forEach(item -> item.forEach(op -> documented.add(op.get("operationId").asString())));
                assertThat(documented).hasSize(Router.ROUTES.size());
                assertThat(listed).as("every operation on the page").containsExactlyInAnyOrderElementsOf(documented);

                browser.findElement(By.cssSelector(".btn.authorize")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".auth-container input"))).sendKeys(f.token(ServerFixture.DEMO));
                browser.findElement(By.cssSelector(".auth-btn-wrapper .btn.modal-btn.auth.authorize")).click();
                browser.findElement(By.cssSelector(".btn-done, .close-modal")).click();

                WebElement create = browser.findElement(By.cssSelector("[id$='-createCampaignV2']"));
                create.findElement(By.cssSelector(".opblock-summary")).click();
                wait.until(d -> !create.findElements(By.cssSelector("tr[data-param-name='streamId'] input")).isEmpty());
                create.findElement(By.cssSelector("tr[data-param-name='streamId'] input")).sendKeys(ServerFixture.DEMO.streamId().value());
                create.findElement(By.cssSelector("tr[data-param-name='iid'] input")).sendKeys(ServerFixture.DEMO.streamId().value());
                create.findElement(By.cssSelector("tr[data-param-name='accountId'] input")).sendKeys(ServerFixture.DEMO.accountId());
                new Select(create.findElement(By.cssSelector("tr[data-param-name='campaignType'] select"))).selectByValue("voice");
                assertThat(create.findElement(By.cssSelector("textarea.body-param__text")).getAttribute("value"))
                        .as("the body is the seeds' sample, from the document's example").contains("Product Feedback Voice Campaign-3.41");
                create.findElement(By.cssSelector(".btn.execute")).click();
                WebElement status = wait.until(d -> create.findElements(By.cssSelector(".live-responses-table tbody .response-col_status"))
                        .stream().findFirst().orElse(null));
                assertThat(status.getText()).startsWith("200");
            } finally {
                browser.quit();
            }
            JsonNode page = f.call("POST", ServerFixture.V2 + "/campaign/getAllCampaignDetails", ServerFixture.bytes("{}")).json();
            assertThat(page.get("data").get("results").size()).as("one campaign, created through the page").isEqualTo(1);
            assertThat(page.get("data").get("results").get(0).get("name").asString()).isEqualTo("Product Feedback Voice Campaign-3.41");
        }
    }
}
