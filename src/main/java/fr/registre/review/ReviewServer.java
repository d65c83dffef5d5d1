package fr.registre.review;

import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import fr.registre.archive.Archive;
import fr.registre.archive.Review;
import fr.registre.archive.ReviewedDocument;
import fr.registre.ingest.DocumentSource;
import fr.registre.ingest.DocumentSources;
import fr.registre.ingest.PageContent;

/**
 * The review web app over an archive and the ingest directory it was filled from: search, a
 * document's pages beside its text and record, person and organisation pages, the queue of pages
 * to read first, and the reviewed JSON. A decision is stored as a {@link Review} in the archive,
 * never written into the machine output.
 * <p>
 * Safety: bound to the loopback address unless told otherwise; every document text is escaped;
 * a change needs the edit token the server set in the browser's cookie and repeated in the form;
 * documents are looked up by their output name in the archive, and only files under the ingest
 * directory, or the source the archive records for a document, are ever read. One request at a
 * time: the archive holds one database connection.
 */
public final class ReviewServer implements AutoCloseable {

    private static final String COOKIE = "registre-token";
    private static final int PAGE_WIDTH = 900;

    private final Archive archive;
    private final Path outDir;
    private final ObjectMapper json;
    private final DocumentSources sources;
    private final String reviewer;
    private final Clock clock;
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private final SecureRandom random = new SecureRandom();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "registre-serve");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param sources  opens a document's source to show its pages (raster pages at screen resolution)
     * @param reviewer the name reviews are stored under
     */
    public ReviewServer(Archive archive, Path outDir, ObjectMapper json, DocumentSources sources, String reviewer,
                        InetSocketAddress address, Clock clock) throws IOException {
        this.archive = archive;
        this.outDir = outDir.toAbsolutePath().normalize();
        this.json = json;
        this.sources = sources;
        this.reviewer = reviewer;
        this.clock = clock;
        this.server = HttpServer.create(address, 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
    }

    /** The loopback address at {@code port} (0: any free port). */
    public static InetSocketAddress local(int port) {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }

    public void start() {
        server.start();
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String token = token(exchange);
            Map<String, String> query = parameters(exchange.getRequestURI().getRawQuery());
            String path = exchange.getRequestURI().getPath();
            if (exchange.getRequestMethod().equals("POST")) {
                Map<String, String> form;
                try (InputStream in = exchange.getRequestBody()) {
                    form = parameters(new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8));
                }
                if (!tokens.contains(token) || !token.equals(form.get("token"))) {
                    send(exchange, 403, "text/plain; charset=utf-8", "edit token missing or wrong: reload the page".getBytes(StandardCharsets.UTF_8));
                } else if (path.equals("/review")) {
                    review(exchange, form);
                } else if (path.equals("/apart")) {
                    archive.keepApart(form.getOrDefault("authority", ""), form.getOrDefault("written", ""));
                    redirect(exchange, "/person?name=" + Html.url(form.getOrDefault("written", "")));
                } else {
                    send(exchange, 404, "text/plain", "no such action".getBytes(StandardCharsets.UTF_8));
                }
                return;
            }
            switch (path) {
                case "/", "/search" -> html(exchange, 200, search(query));
                case "/document" -> document(exchange, query.getOrDefault("doc", ""), token);
                case "/page" -> page(exchange, query.getOrDefault("doc", ""), query.getOrDefault("n", "1"));
                case "/export" -> export(exchange, query.getOrDefault("doc", ""));
                case "/person" -> html(exchange, 200, Pages.person(query.getOrDefault("name", ""),
                        archive.persons(query.getOrDefault("name", "")), archive.sittings(query.getOrDefault("name", "")),
                        archive.namedVotes(query.getOrDefault("name", "")), token));
                case "/organisation" -> html(exchange, 200, Pages.organisation(query.getOrDefault("name", ""),
                        archive.organisationVariants(query.getOrDefault("name", "")), archive.grants(query.getOrDefault("name", ""))));
                case "/queue" -> html(exchange, 200, Pages.queue(archive.pagesToReview(100), archive.recordsToReview(100),
                        archive.mergesToReview(100)));
                default -> html(exchange, 404, Pages.notFound(path));
            }
        } catch (SQLException | RuntimeException e) {
            // the request fails alone, with one line in the server's log
            System.err.println("registre serve: " + exchange.getRequestURI() + ": " + e);
            if (exchange.getResponseCode() == -1) {
                exchange.sendResponseHeaders(500, -1);
            }
        }
    }

    private String search(Map<String, String> query) throws SQLException {
        String q = query.getOrDefault("q", "");
        Archive.Filter filter = new Archive.Filter(blankToNull(query.get("authority")), blankToNull(query.get("year")));
        return Pages.search(q, filter, q.isBlank() ? List.of() : archive.search(q, filter, 50));
    }

    private void document(HttpExchange exchange, String output, String token) throws IOException, SQLException {
        Optional<Archive.Document> doc = archive.document(output);
        Optional<ObjectNode> reviewed = doc.isEmpty() ? Optional.empty() : reviewed(output);
        if (reviewed.isEmpty()) {
            html(exchange, 404, Pages.notFound(output));
            return;
        }
        html(exchange, 200, Pages.document(doc.get(), reviewed.get(), words(output), token));
    }

    private void export(HttpExchange exchange, String output) throws IOException, SQLException {
        Optional<ObjectNode> reviewed = archive.document(output).isEmpty() ? Optional.empty() : reviewed(output);
        if (reviewed.isEmpty()) {
            html(exchange, 404, Pages.notFound(output));
            return;
        }
        send(exchange, 200, "application/json; charset=utf-8", json.writerWithDefaultPrettyPrinter().writeValueAsBytes(reviewed.get()));
    }

    /**
     * The JSON of a document the archive holds, with its reviews applied; empty unless its file lies
     * under the ingest directory.
     */
    private Optional<ObjectNode> reviewed(String output) throws IOException, SQLException {
        Path file = outDir.resolve(output).normalize();
        if (!file.startsWith(outDir) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(ReviewedDocument.apply((ObjectNode) json.readTree(file.toFile()), archive.reviews(output)));
    }

    /** The words of the ALTO file written beside a document's JSON, by page; none when there is no such file. */
    private Map<Integer, List<List<AltoWords.Word>>> words(String output) throws IOException {
        Path alto = outDir.resolve(output.replaceFirst("\\.json$", "") + ".alto.xml").normalize();
        return alto.startsWith(outDir) ? AltoWords.read(alto) : Map.of();
    }

    /** A page of the document's source as PNG at screen width. */
    private void page(HttpExchange exchange, String output, String number) throws IOException, SQLException {
        Optional<Archive.Document> doc = archive.document(output);
        int n = number.matches("\\d{1,5}") ? Integer.parseInt(number) : 0;
        if (doc.isEmpty() || doc.get().source() == null || n < 1) {
            html(exchange, 404, Pages.notFound(output));
            return;
        }
        BufferedImage image;
        try (DocumentSource source = sources.open(Path.of(doc.get().source()))) {
            if (n > source.pageCount() || !(source.page(n) instanceof PageContent.Raster raster)) {
                html(exchange, 404, Pages.notFound(output + " page " + n));
                return;
            }
            image = raster.image();
        }
        int height = (int) Math.round(image.getHeight() * (double) PAGE_WIDTH / image.getWidth());
        BufferedImage scaled = new BufferedImage(PAGE_WIDTH, Math.max(1, height), BufferedImage.TYPE_BYTE_GRAY);
        scaled.getGraphics().drawImage(image.getScaledInstance(PAGE_WIDTH, height, Image.SCALE_SMOOTH), 0, 0, null);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(scaled, "png", png);
        send(exchange, 200, "image/png", png.toByteArray());
    }

    private void review(HttpExchange exchange, Map<String, String> form) throws IOException, SQLException {
        String output = form.getOrDefault("doc", "");
        if (archive.document(output).isEmpty()) {
            html(exchange, 404, Pages.notFound(output));
            return;
        }
        Review review;
        try {
            review = new Review(output, form.getOrDefault("kind", ""), form.getOrDefault("target", ""),
                    form.getOrDefault("value", "").strip(), reviewer, clock.instant());
        } catch (IllegalArgumentException e) {
            send(exchange, 400, "text/plain; charset=utf-8", e.getMessage().getBytes(StandardCharsets.UTF_8));
            return;
        }
        archive.review(review);
        archive.reindex(outDir, output);
        redirect(exchange, "/document?doc=" + Html.url(output));
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(303, -1);
    }

    /** The edit token of this browser: the cookie's when the server issued it, else a new one set as a cookie. */
    private String token(HttpExchange exchange) {
        for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", List.of())) {
            for (String cookie : header.split(";\\s*")) {
                if (cookie.startsWith(COOKIE + "=") && tokens.contains(cookie.substring(COOKIE.length() + 1))) {
                    return cookie.substring(COOKIE.length() + 1);
                }
            }
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        tokens.add(token);
        exchange.getResponseHeaders().add("Set-Cookie", COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
        return token;
    }

    private static Map<String, String> parameters(String raw) {
        Map<String, String> map = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return map;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            map.putIfAbsent(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return map;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void html(HttpExchange exchange, int status, String page) throws IOException {
        exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'; style-src 'unsafe-inline'; script-src 'none'");
        send(exchange, status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
