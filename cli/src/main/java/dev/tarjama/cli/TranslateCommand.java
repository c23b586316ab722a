package dev.tarjama.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.tarjama.SentenceTranslation;
import dev.tarjama.Tarjama;
import dev.tarjama.TranslatedPiece;
import dev.tarjama.Translation;
import dev.tarjama.TranslationProgress;
import dev.tarjama.align.Alignment;
import dev.tarjama.decode.DecodeOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tarjama translate}: Arabic from a file or standard input, English to standard output. */
@Command(
    name = "translate",
    mixinStandardHelpOptions = true,
    description = {
      "Translates Arabic text into English.",
      "Reads FILE (or standard input), writes one English line per input paragraph."
    })
final class TranslateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ModelOption modelOption = new ModelOption();

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description = "Arabic text; default (or '-') standard input.")
  Path input;

  @Option(names = "--beam", paramLabel = "N", description = "Beam size (1 = greedy).")
  Integer beam;

  @Option(names = "--nbest", paramLabel = "N", description = "Hypotheses per sentence (--json).")
  Integer nbest;

  @Option(names = "--json", description = "Per-sentence source spans, English and scores as JSON.")
  boolean json;

  @Option(
      names = "--align",
      description =
          "Also align each translated piece with its English (forced decoding, the default"
              + " attention head and the model's lexical table): after the text, one 'arabic |||"
              + " english ||| pharaoh' line per piece; with --json, an 'alignment' object per"
              + " piece.")
  boolean align;

  @Option(names = "--no-progress", description = "No progress bar on standard error.")
  boolean noProgress;

  @Override
  public Integer call() throws IOException {
    ModelOption.requireAtLeast("--beam", beam, 1);
    ModelOption.requireAtLeast("--nbest", nbest, 1);
    boolean stdin = TextLines.isStandardInput(input);
    // A file is read before the model loads, standard input once the options are known good.
    String fromFile = stdin ? null : TextLines.readText(input);
    try (Tarjama mt = modelOption.builder().build()) {
      DecodeOptions options = mt.defaultOptions();
      if (beam != null) {
        options = options.withBeamSize(beam).withNumHypotheses(1);
      }
      if (nbest != null) {
        if (nbest > options.beamSize()) {
          throw new IllegalArgumentException(
              "--nbest "
                  + nbest
                  + " must not exceed the beam size "
                  + options.beamSize()
                  + (beam == null ? " (the model's; raise it with --beam)" : " (--beam)"));
        }
        options = options.withNumHypotheses(nbest);
      }
      String text = stdin ? TextLines.readStandardInput() : fromFile;
      TranslationProgress progress =
          ProgressBar.unless(noProgress, spec.commandLine().getErr(), "sentences");
      Translation t = mt.translate(text, options, progress);
      CutPieces cut = new CutPieces();
      cut.add(List.of(t));
      cut.warn(spec.commandLine().getErr(), options, "--json marks them \"cut\": true");
      PrintWriter out = spec.commandLine().getOut();
      List<Alignment> alignments = align ? alignPieces(mt, t) : List.of();
      if (json) {
        out.println(toJson(t, alignments));
      } else if (!t.sentences().isEmpty()) {
        // Nothing to translate (an empty or blank input) prints nothing, not an empty line.
        out.println(t.text());
      }
      if (align && !json) {
        out.println();
        for (Alignment a : alignments) {
          out.println(oneLine(a.source()) + " ||| " + oneLine(a.target()) + " ||| " + a.pharaoh());
        }
      }
      out.flush();
    }
    return 0;
  }

  /** The alignment of each piece, in sentence and piece order. */
  private static List<Alignment> alignPieces(Tarjama mt, Translation t) {
    List<Alignment> alignments = new ArrayList<>();
    for (SentenceTranslation s : t.sentences()) {
      for (TranslatedPiece p : s.pieces()) {
        alignments.add(mt.align(t.source().substring(p.start(), p.end()), p.text()));
      }
    }
    return alignments;
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static String toJson(Translation t, List<Alignment> alignments) {
    Iterator<Alignment> nextAlignment = alignments.iterator();
    JsonObject root = new JsonObject();
    root.addProperty("text", t.text());
    JsonArray sentences = new JsonArray();
    for (SentenceTranslation s : t.sentences()) {
      JsonObject o = new JsonObject();
      o.addProperty("start", s.start());
      o.addProperty("end", s.end());
      o.addProperty("source", t.source().substring(s.start(), s.end()));
      o.addProperty("text", s.text());
      o.addProperty("score", s.score());
      o.addProperty("split", s.wasSplit());
      JsonArray pieces = new JsonArray();
      for (TranslatedPiece p : s.pieces()) {
        JsonObject po = new JsonObject();
        po.addProperty("start", p.start());
        po.addProperty("end", p.end());
        po.addProperty("text", p.text());
        po.addProperty("score", p.score());
        po.addProperty("cut", p.cut());
        JsonArray nbest = new JsonArray();
        p.alternatives()
            .forEach(
                a -> {
                  JsonObject ao = new JsonObject();
                  ao.addProperty("text", a.text());
                  ao.addProperty("score", a.score());
                  nbest.add(ao);
                });
        po.add("nbest", nbest);
        if (nextAlignment.hasNext()) {
          po.add("alignment", AlignmentJson.toJson(nextAlignment.next(), p.start()));
        }
        pieces.add(po);
      }
      o.add("pieces", pieces);
      sentences.add(o);
    }
    root.add("sentences", sentences);
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
  }
}
