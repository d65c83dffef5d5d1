package fr.registre.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.registre.Fixtures;
import fr.registre.archive.Archive;
import fr.registre.export.DocumentJson;
import fr.registre.ingest.DocumentSources;
import fr.registre.ingest.IngestOptions;
import fr.registre.ingest.InputCollector;
import fr.registre.ingest.OcrMode;
import fr.registre.pipeline.Registre;
import fr.registre.pipeline.RegistreConfig;
import fr.registre.pipeline.RunListener;
import fr.registre.pipeline.RunOptions;
import fr.registre.text.Lexicon;

/**
 * The review app in a real browser (Debian's headless chromium through its chromedriver): real
 * scans ingested and indexed, a name searched, a document opened, a correction accepted, an
 * attendance name fixed, and the fix found in the export; a document whose text holds markup shows
 * it as text. Screenshots of the main pages go to {@code target/review-screenshots/}.
 */
class ReviewAppTest {

    private static final String MARKUP = "<script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\">";

    @TempDir
    static Path dir;

    private static Path out;
    private static Archive archive;
    private static ReviewServer server;
    private static WebDriver browser;
    private static final Path SHOTS = Path.of("target", "review-screenshots");

    @BeforeAll
    static void ingestIndexAndServe() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Fixtures.scan("territoire-2022-degraded.tiff"), in.resolve("territoire.tiff"));
        Files.copy(Fixtures.scan("bureau-2025-born-digital.pdf"), in.resolve("bureau.pdf"));
        markupPdf(in.resolve("balise.pdf"));
        out = dir.resolve("out");
        try (Registre registre = Registre.open(RegistreConfig.defaults())) {
            registre.run(InputCollector.collect(List.of(in), out), out, RunOptions.defaults(), RunListener.none());
        }
        DocumentJson json = new DocumentJson();
        archive = Archive.open(out.resolve("registre.db").toString(), json.mapper());
        assertEquals(3, archive.index(out).added());
        server = new ReviewServer(archive, out, json.mapper(),
                new DocumentSources(IngestOptions.defaults().withOcrMode(OcrMode.ALWAYS).withDpi(100), Lexicon.load()),
                "relecteur", ReviewServer.local(0), Clock.systemUTC());
        server.start();
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (archive != null) {
            archive.close();
        }
    }

    @Test
    void aClerkSearchesOpensAcceptsFixesAndTheExportCarriesTheFix() throws Exception {
        String machineJson = Files.readString(out.resolve("territoire.json"));
        browser.get(url("/search"));
        browser.findElement(By.id("q")).sendKeys("PEROTTINO\n");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("q=PEROTTINO"));
        List<WebElement> hits = browser.findElements(By.cssSelector("#hits a.hit"));
        assertFalse(hits.isEmpty(), browser.getPageSource());
        shot("search");
        browser.findElements(By.cssSelector("#hits a.hit")).stream()
                .filter(a -> a.getAttribute("href").contains("territoire.json")).findFirst().orElseThrow().click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/document"));
        assertTrue(browser.findElement(By.id("text")).getText().contains("PEROTTINO"));
        assertTrue(browser.findElements(By.cssSelector("#text a.person")).size() > 10, "persons are marked");
        assertTrue(browser.findElements(By.cssSelector("#words-1 span")).size() > 100, "the page's recognised words");
        assertFalse(browser.findElements(By.cssSelector("#words-1 span.conf-mid, #words-1 span.conf-low")).isEmpty(),
                "words of low confidence are tinted");
        assertTrue((Boolean) ((JavascriptExecutor) browser).executeScript(
                "const i = document.querySelector('.page img'); return i.complete && i.naturalWidth > 0;"), "the page image shows");
        shot("document");

        WebElement row = browser.findElement(By.cssSelector("tr.correction"));
        String target = row.getAttribute("data-target");
        row.findElement(By.cssSelector("button.accepted")).click();
        By state = By.cssSelector("tr.correction[data-target='" + target + "'] .state");
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(state).getText().equals("accepted"));

        WebElement first = browser.findElement(By.cssSelector("#present input[data-pointer='/attendance/present/0']"));
        String machineName = first.getAttribute("value");
        first.clear();
        first.sendKeys("Sophie AMARANTINIS-REVUE\n");
        By fixed = By.cssSelector("#present input[data-pointer='/attendance/present/0']");
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(fixed).getAttribute("value").equals("Sophie AMARANTINIS-REVUE"));

        browser.findElement(By.id("export")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/export"));
        JsonNode exported = new ObjectMapper().readTree(browser.findElement(By.tagName("pre")).getText());
        assertEquals("Sophie AMARANTINIS-REVUE", exported.at("/deliberation/attendance/present/0").asText());
        assertEquals(2, exported.path("reviews").size(), exported.path("reviews").toString());
        assertEquals("relecteur", exported.at("/reviews/0/reviewer").asText());
        assertEquals(machineJson, Files.readString(out.resolve("territoire.json")), "the machine output is never overwritten");
        assertFalse(machineName.equals("Sophie AMARANTINIS-REVUE"));

        browser.get(url("/person?name=" + URLEncoder.encode("Sophie AMARANTINIS-REVUE", StandardCharsets.UTF_8)));
        assertTrue(browser.findElement(By.id("sittings")).getText().contains("territoire.json"),
                "the archive follows the fixed name");
        browser.get(url("/person?name=" + URLEncoder.encode("Serge PEROTTINO", StandardCharsets.UTF_8)));
        assertTrue(browser.findElement(By.id("sittings")).getText().contains("territoire.json"));
        assertTrue(browser.findElement(By.id("variants")).getText().contains("Serge PEROTTINO"), "the person's written forms");
        shot("person");
        browser.get(url("/queue"));
        assertTrue(browser.findElement(By.id("queue")).getText().contains("territoire.json"));
        shot("queue");
    }

    @Test
    void markupInADocumentIsShownAsTextAndNeverRuns() {
        browser.get(url("/document?doc=balise.json"));
        String text = browser.findElement(By.id("text")).getText();
        assertTrue(text.contains("<script>"), text);
        assertEquals("balise.json", browser.getTitle().replace(" · registre", ""), "no script changed the title");
        assertEquals(0L, ((JavascriptExecutor) browser).executeScript("return document.scripts.length;"));
    }

    @Test
    void anEditWithoutTheTokenOrAPathOutsideTheArchiveIsRefused() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(url("/review")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("doc=territoire.json&kind=field&target=/president&value=X&token=forged"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forged.statusCode());
        for (String path : List.of("/document?doc=../in/territoire.tiff", "/export?doc=%2Fetc%2Fpasswd", "/page?doc=..%2F..%2Fetc&n=1")) {
            assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode(), path);
        }
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    private static void shot(String name) throws IOException {
        Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** A born-digital page whose text holds markup, as an OCR'd page might. */
    private static void markupPdf(Path file) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                s.newLineAtOffset(60, 700);
                s.showText("Extrait du registre des deliberations du conseil municipal.");
                s.newLineAtOffset(0, -16);
                s.showText("Presents : Hugo MARTINEZ, Lea DURAND " + MARKUP);
                s.newLineAtOffset(0, -16);
                s.showText("Le conseil approuve la convention a l'unanimite des membres presents.");
                s.endText();
            }
            pdf.save(file.toFile());
        }
    }
}
