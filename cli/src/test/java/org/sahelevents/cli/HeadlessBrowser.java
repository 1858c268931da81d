package org.sahelevents.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, driven over the Chrome DevTools protocol with the JDK's own WebSocket client (no
 * Selenium, no driver binary): opens a page, records every request, console message and uncaught error, evaluates
 * script, clicks with the mouse and takes screenshots. Tests that need it are skipped, with a message, when no
 * Chromium is installed ({@code .ci/run} installs it). Not thread-safe; close it.
 */
final class HeadlessBrowser implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  static final int WIDTH = 1400;
  static final int HEIGHT = 900;

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new CopyOnWriteArrayList<>();
  private final String session;

  private HeadlessBrowser(Process process, Path profile, String devTools) throws Exception {
    this.process = process;
    this.profile = profile;
    this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
        .buildAsync(URI.create(devTools), new Listener()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    String target = send(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
    session = send(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true)).get("sessionId")
        .asText();
    for (String domain : List.of("Page", "Runtime", "Network", "Log")) {
      send(domain + ".enable", Map.of());
    }
    send("Emulation.setDeviceMetricsOverride", Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1,
        "mobile", false));
  }

  /** The Chromium executable on the PATH, if there is one. */
  static Optional<Path> executable() {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .flatMap(dir -> Stream.of("chromium", "chromium-browser", "google-chrome").map(name -> Path.of(dir, name)))
        .filter(Files::isExecutable).findFirst();
  }

  /** Starts a browser; the calling test is skipped, with a message, when Chromium is not installed. */
  static HeadlessBrowser start() throws IOException {
    Optional<Path> chromium = executable();
    assumeTrue(chromium.isPresent(), "skipped: no chromium on the PATH (install Debian's chromium, as .ci/run does)");
    Path profile = Files.createTempDirectory("sahel-events-chromium-");
    Process process = new ProcessBuilder(chromium.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--remote-debugging-port=0",
        "--user-data-dir=" + profile, "--window-size=" + WIDTH + "," + HEIGHT, "about:blank")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      return new HeadlessBrowser(process, profile, devToolsUrl(process));
    } catch (Exception e) {
      process.destroyForcibly();
      throw new IOException("chromium did not start: " + e, e);
    }
  }

  // Chromium says where its DevTools listen on stderr, once ready.
  private static String devToolsUrl(Process process) throws IOException {
    BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    String line;
    while ((line = err.readLine()) != null && System.nanoTime() < deadline) {
      int at = line.indexOf("ws://");
      if (line.startsWith("DevTools listening on") && at >= 0) {
        // Keep draining stderr, so that chromium never blocks on a full pipe.
        Thread drain = new Thread(() -> err.lines().forEach(l -> { }));
        drain.setDaemon(true);
        drain.start();
        return line.substring(at).strip();
      }
    }
    throw new IOException("chromium gave no DevTools address");
  }

  /** Sends a command to the page and waits for its result; a protocol error fails the test with its message. */
  JsonNode send(String method, Map<String, ?> params) throws IOException {
    return send(session, method, params);
  }

  private JsonNode send(String sessionId, String method, Map<String, ?> params) throws IOException {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", JSON.valueToTree(params));
    if (sessionId != null) {
      message.put("sessionId", sessionId);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText(message.toString(), true).join();
    try {
      JsonNode answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      if (answer.has("error")) {
        throw new IOException(method + ": " + answer.get("error"));
      }
      return answer.get("result");
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(method + ": no answer: " + e, e);
    }
  }

  /** Opens {@code file} and waits until it has loaded; requests and errors are counted from here. */
  void open(Path file) throws IOException {
    events.clear();
    send("Page.navigate", Map.of("url", file.toUri().toString()));
    waitFor(() -> events.stream()
        .anyMatch(e -> e.path("method").asText().equals("Page.loadEventFired")), "the page's load event");
  }

  /** The value of a script expression (awaiting a promise), as JSON. */
  JsonNode eval(String expression) throws IOException {
    JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
        "awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new IOException(expression + ": " + result.get("exceptionDetails"));
    }
    return result.get("result").path("value");
  }

  /** Clicks with the left mouse button at a point of the viewport, as a person would. */
  void click(double x, double y) throws IOException {
    for (String type : List.of("mouseMoved", "mousePressed", "mouseReleased")) {
      send("Input.dispatchMouseEvent", Map.of("type", type, "x", x, "y", y, "button", "left", "clickCount",
          type.equals("mouseMoved") ? 0 : 1));
    }
  }

  /** A PNG of the viewport. */
  byte[] screenshot() throws IOException {
    return Base64.getDecoder().decode(send("Page.captureScreenshot", Map.of("format", "png")).get("data").asText());
  }

  /** Every address the page asked for since it was opened. */
  List<String> requests() {
    return events.stream().filter(e -> e.path("method").asText().equals("Network.requestWillBeSent"))
        .map(e -> e.path("params").path("request").path("url").asText()).toList();
  }

  /** Console errors, uncaught exceptions and errors the browser logged (a refused request, a bad resource). */
  List<String> errors() {
    List<String> errors = new ArrayList<>();
    for (JsonNode e : events) {
      JsonNode p = e.path("params");
      switch (e.path("method").asText()) {
        case "Runtime.exceptionThrown" -> errors.add(p.path("exceptionDetails").toString());
        case "Runtime.consoleAPICalled" -> {
          if (p.path("type").asText().equals("error") || p.path("type").asText().equals("assert")) {
            errors.add(p.path("args").toString());
          }
        }
        case "Log.entryAdded" -> {
          if (p.path("entry").path("level").asText().equals("error")) {
            errors.add(p.path("entry").toString());
          }
        }
        default -> { }
      }
    }
    return errors;
  }

  /** Waits until {@code condition} holds, re-checking it every 50 ms. */
  static void waitFor(Check condition, String what) throws IOException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!condition.holds()) {
      if (System.nanoTime() > deadline) {
        throw new IOException("timed out waiting for " + what);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted waiting for " + what, e);
      }
    }
  }

  /** A condition to wait for. */
  interface Check {
    boolean holds() throws IOException;
  }

  @Override
  public void close() throws IOException {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      // The browser is stopped below whether or not it said goodbye.
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }

  /**
   * Receives the protocol's messages, which may arrive in fragments: answers to commands complete them, events go to
   * the list.
   */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String message = partial.toString();
        partial.setLength(0);
        try {
          JsonNode node = JSON.readTree(message);
          if (node.has("id")) {
            CompletableFuture<JsonNode> reply = pending.remove(node.get("id").asInt());
            if (reply != null) {
              reply.complete(node);
            }
          } else {
            events.add(node);
          }
        } catch (IOException e) {
          events.add(JSON.createObjectNode().put("method", "unreadable").put("text", message));
        }
      }
      webSocket.request(1);
      return null;
    }
  }
}
