package dev.tarjama.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.tarjama.align.Alignment;
import dev.tarjama.align.AlignmentLink;
import dev.tarjama.align.Word;
import java.util.List;

/** JSON of an {@link Alignment}: words with char offsets, weighted links and the Pharaoh line. */
final class AlignmentJson {
  static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().create();

  /**
   * The alignment as a JSON object.
   *
   * @param sourceOffset added to the source words' offsets (the piece's start in a longer input)
   */
  static JsonObject toJson(Alignment alignment, int sourceOffset) {
    JsonObject o = new JsonObject();
    o.addProperty("source", alignment.source());
    o.addProperty("target", alignment.target());
    o.add("source_words", words(alignment.sourceWords(), sourceOffset));
    o.add("target_words", words(alignment.targetWords(), 0));
    JsonArray links = new JsonArray();
    for (AlignmentLink link : alignment.links()) {
      JsonObject l = new JsonObject();
      l.addProperty("source", link.sourceWord());
      l.addProperty("target", link.targetWord());
      l.addProperty("weight", Math.round(link.weight() * 1e4) / 1e4);
      links.add(l);
    }
    o.add("links", links);
    o.addProperty("pharaoh", alignment.pharaoh());
    return o;
  }

  private static JsonArray words(List<Word> words, int offset) {
    JsonArray array = new JsonArray();
    for (Word word : words) {
      JsonObject w = new JsonObject();
      w.addProperty("text", word.text());
      w.addProperty("start", word.start() + offset);
      w.addProperty("end", word.end() + offset);
      array.add(w);
    }
    return array;
  }

  private AlignmentJson() {}
}
