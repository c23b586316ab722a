package dev.tarjama.cli;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.OptionalInt;

/**
 * The translator's settings besides the search options, as {@code tarjama evaluate}'s report
 * states them so that a score says how it was made.
 *
 * @param repairNumbers numbers put back from the source ({@code --[no-]repair-numbers})
 * @param repairWords made-up words replaced through the lexical table ({@code
 *     --[no-]repair-words} and a model with a table)
 * @param retranslateCut pieces that reached the length limit halved ({@code
 *     --[no-]retranslate-cut})
 * @param copyNonArabic sentences without an Arabic letter copied ({@code --[no-]copy-non-arabic})
 * @param lexicalShortlist logits of the lexical shortlist only ({@code --lexical-shortlist})
 * @param maxSourceTokens {@code --max-source-tokens}; empty for the model's positions
 */
record PipelineSettings(
    boolean repairNumbers,
    boolean repairWords,
    boolean retranslateCut,
    boolean copyNonArabic,
    boolean lexicalShortlist,
    OptionalInt maxSourceTokens) {

  /** One line: {@code repair_numbers=true, ..., max_source_tokens=model}. */
  String line() {
    return String.format(
        "repair_numbers=%s, repair_words=%s, retranslate_cut=%s, copy_non_arabic=%s,"
            + " lexical_shortlist=%s, max_source_tokens=%s",
        repairNumbers,
        repairWords,
        retranslateCut,
        copyNonArabic,
        lexicalShortlist,
        maxSourceTokens.isPresent() ? maxSourceTokens.getAsInt() : "model");
  }

  /** The same as JSON; {@code max_source_tokens} is null for the model's positions. */
  JsonObject json() {
    JsonObject o = new JsonObject();
    o.addProperty("repair_numbers", repairNumbers);
    o.addProperty("repair_words", repairWords);
    o.addProperty("retranslate_cut", retranslateCut);
    o.addProperty("copy_non_arabic", copyNonArabic);
    o.addProperty("lexical_shortlist", lexicalShortlist);
    o.add(
        "max_source_tokens",
        maxSourceTokens.isPresent()
            ? new JsonPrimitive(maxSourceTokens.getAsInt())
            : JsonNull.INSTANCE);
    return o;
  }
}
