package dev.tarjama.cli;

import dev.tarjama.segment.ArabicSegmenter;
import dev.tarjama.segment.LineBreaks;
import dev.tarjama.segment.Sentence;
import dev.tarjama.segment.Span;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tarjama segment}: splits Arabic text into sentences, one per output line, or as JSON Lines
 * with char offsets and datelines.
 */
@Command(
    name = "segment",
    mixinStandardHelpOptions = true,
    description = {
      "Split Arabic text into sentences: one sentence per line, or one JSON object per line",
      "with --json. Every line break ends a sentence unless --wrapped is given."
    })
final class SegmentCommand implements Callable<Integer> {
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description = "UTF-8 text to segment; standard input when absent or '-'.")
  private Path file;

  @Option(
      names = "--json",
      description = {
        "Print one JSON object per sentence: {\"start\", \"end\", \"text\", \"dateline\"}.",
        "Offsets count UTF-16 chars of the input, end exclusive; dateline is null or",
        "{\"start\", \"end\", \"text\"} in the same offsets."
      })
  private boolean json;

  @Option(
      names = "--wrapped",
      description = {
        "The input is hard-wrapped: a single line break is a space and only an empty line",
        "ends a paragraph. Line breaks inside a sentence are printed as spaces (--json keeps",
        "the exact text)."
      })
  private boolean wrapped;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    String text =
        TextLines.isStandardInput(file) ? TextLines.readStandardInput() : TextLines.readText(file);
    PrintWriter out = spec.commandLine().getOut();
    var segmenter = new ArabicSegmenter(wrapped ? LineBreaks.WRAPPED : LineBreaks.PARAGRAPHS);
    for (Sentence sentence : segmenter.segment(text)) {
      out.println(
          json ? toJson(text, sentence) : LINE_BREAK.matcher(sentence.text()).replaceAll(" "));
    }
    out.flush();
    return 0;
  }

  static String toJson(String text, Sentence sentence) {
    StringBuilder out = new StringBuilder();
    out.append("{\"start\":")
        .append(sentence.start())
        .append(",\"end\":")
        .append(sentence.end())
        .append(",\"text\":");
    out.append(PythonJson.string(sentence.text()));
    out.append(",\"dateline\":");
    if (sentence.dateline().isPresent()) {
      Span dateline = sentence.dateline().get();
      out.append("{\"start\":")
          .append(dateline.start())
          .append(",\"end\":")
          .append(dateline.end())
          .append(",\"text\":");
      out.append(PythonJson.string(dateline.text(text)));
      out.append('}');
    } else {
      out.append("null");
    }
    return out.append('}').toString();
  }
}
