package dev.tarjama.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word ↔ id, with ids given in order of first appearance as fast_align's {@code Dict} gives them:
 * id 0 is unused, {@link #NULL_ID} is the NULL word {@code <eps>}, {@link #SEPARATOR_ID} is
 * {@code |||}, and corpus words follow. The ids matter beyond bookkeeping: they are the hash keys
 * whose order fast_align sums in (see {@link StdHashOrder}).
 *
 * <p>Not thread-safe while words are added; safe to read concurrently afterwards.
 */
final class Vocabulary {

  static final int NULL_ID = 1;
  static final int SEPARATOR_ID = 2;
  static final String NULL_WORD = "<eps>";
  static final String SEPARATOR = "|||";
  /** fast_align prints id 0 as this word; it never occurs in a corpus. */
  private static final String UNUSED_WORD = "<bad0>";

  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> words = new ArrayList<>();

  Vocabulary() {
    words.add(UNUSED_WORD);
    add(NULL_WORD);
    add(SEPARATOR);
  }

  /** Rebuilds a vocabulary from its words in id order, as {@link #words()} returned them. */
  static Vocabulary of(List<String> wordsInIdOrder) {
    Vocabulary vocabulary = new Vocabulary();
    for (int id = SEPARATOR_ID + 1; id < wordsInIdOrder.size(); id++) {
      vocabulary.add(wordsInIdOrder.get(id));
    }
    return vocabulary;
  }

  /** Returns the id of {@code word}, giving it the next id if it is new. */
  int add(String word) {
    Integer id = ids.get(word);
    if (id != null) {
      return id;
    }
    int fresh = words.size();
    words.add(word);
    ids.put(word, fresh);
    return fresh;
  }

  int[] add(List<String> sentence) {
    int[] result = new int[sentence.size()];
    for (int k = 0; k < result.length; k++) {
      result[k] = add(sentence.get(k));
    }
    return result;
  }

  /** Returns the id of {@code word}, or -1 if it is unknown. */
  int lookup(String word) {
    Integer id = ids.get(word);
    return id == null ? -1 : id;
  }

  int[] lookup(List<String> sentence) {
    int[] result = new int[sentence.size()];
    for (int k = 0; k < result.length; k++) {
      result[k] = lookup(sentence.get(k));
    }
    return result;
  }

  String word(int id) {
    return words.get(id);
  }

  int size() {
    return words.size();
  }

  /** All words in id order, including the unused id 0. */
  List<String> words() {
    return List.copyOf(words);
  }
}
