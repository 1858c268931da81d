package org.sahelevents.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code java} snippet of the README compiles as written against the published modules: its {@code import}
 * lines, then statements, which the test puts in a method's body. A snippet that needs a name it does not define, or
 * an import it does not show, fails here.
 */
class ReadmeSnippetsTest {
  private static final Pattern SNIPPET = Pattern.compile("^```java\\n(.*?)^```", Pattern.DOTALL | Pattern.MULTILINE);

  @TempDir
  Path classes;

  record Snippet(int line, List<String> imports, String body) {}

  static List<Snippet> snippets(String readme) {
    List<Snippet> snippets = new ArrayList<>();
    Matcher m = SNIPPET.matcher(readme);
    while (m.find()) {
      int line = (int) readme.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
      List<String> imports = new ArrayList<>();
      StringBuilder body = new StringBuilder();
      for (String l : m.group(1).split("\n", -1)) {
        if (l.startsWith("import ") && body.toString().isBlank()) {
          imports.add(l);
        } else {
          body.append(l).append('\n');
        }
      }
      snippets.add(new Snippet(line, imports, body.toString()));
    }
    return snippets;
  }

  @TestFactory
  Stream<DynamicTest> everyJavaSnippetOfTheReadmeCompiles() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    List<Snippet> snippets = snippets(readme);
    assertThat(snippets).as("java snippets in the README").hasSizeGreaterThanOrEqualTo(4);
    return snippets.stream().map(s -> DynamicTest.dynamicTest("README.md line " + s.line(), () -> compile(s)));
  }

  private void compile(Snippet snippet) throws IOException {
    String source = String.join("\n", snippet.imports()) + "\n\nclass Snippet {\n  static void run() throws Exception {\n"
        + snippet.body() + "  }\n}\n";
    JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Snippet.java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    String classPath = Stream.of(System.getProperty("java.class.path"), System.getProperty("jdk.module.path"))
        .filter(p -> p != null && !p.isEmpty()).collect(Collectors.joining(java.io.File.pathSeparator));
    boolean compiled = compiler.getTask(new StringWriter(), null, diagnostics,
        List.of("--release", "17", "-classpath", classPath, "-d", classes.toString(), "-proc:none"), null,
        List.of(file)).call();
    String errors = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> "README.md line " + (snippet.line() + readmeLine(snippet, d.getLineNumber())) + ": "
            + d.getMessage(Locale.ENGLISH))
        .collect(Collectors.joining("\n"));
    assertThat(errors).as("the snippet at README.md line %d", snippet.line()).isEmpty();
    assertThat(compiled).isTrue();
  }

  // How far below the snippet's first line a line of the generated source is: the imports come first in both, and
  // the source has three lines of wrapping before the body (four when there is no import).
  private static long readmeLine(Snippet snippet, long sourceLine) {
    int imports = snippet.imports().size();
    return sourceLine <= imports ? sourceLine : sourceLine - (imports == 0 ? 4 : 3);
  }
}
