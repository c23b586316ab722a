package dev.tarjama.tokenize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokenization exactly as Hugging Face's {@code MarianTokenizer} (transformers v4.46) does it.
 *
 * <p>Encoding: a leading target-language code such as {@code >>fra<<} is kept as one piece and
 * every such code is removed from the text; the text is split into pieces by {@code source.spm};
 * each piece maps to its id in {@code vocab.json}, an unknown piece to the unknown id; the
 * end-of-sentence id is appended. Decoding: special ids (end-of-sentence, unknown, padding) are
 * skipped, ids map back to pieces, {@code target.spm} joins them, and the word-boundary mark
 * becomes a space around a stripped result.
 *
 * <p>Thread-safe. Owns two native SentencePiece processors; {@link #close} is idempotent.
 */
public final class MarianTokenizer implements AutoCloseable {
  /** SentencePiece's word-boundary mark (U+2581). */
  private static final String WORD_BOUNDARY = "\u2581";

  /** MarianTokenizer.language_code_re; Python's "." stops only at "\n", hence UNIX_LINES. */
  private static final Pattern LANGUAGE_CODE = Pattern.compile(">>.+<<", Pattern.UNIX_LINES);

  private final SentencePieceModel source;
  private final SentencePieceModel target;
  private final Vocabulary vocabulary;
  private final SpecialTokens special;

  private MarianTokenizer(
      SentencePieceModel source,
      SentencePieceModel target,
      Vocabulary vocabulary,
      SpecialTokens special) {
    this.source = source;
    this.target = target;
    this.vocabulary = vocabulary;
    this.special = special;
  }

  /**
   * Loads the tokenizer files of a model directory.
   *
   * @param sourceSpm {@code source.spm}
   * @param targetSpm {@code target.spm}
   * @param vocabJson {@code vocab.json}
   * @param special the names of the special pieces, from {@code tokenizer_config.json}
   * @throws TokenizerException naming the file that is missing, unreadable or inconsistent
   */
  public static MarianTokenizer load(
      Path sourceSpm, Path targetSpm, Path vocabJson, SpecialTokens special) {
    Objects.requireNonNull(special, "special");
    Vocabulary vocabulary = Vocabulary.read(vocabJson);
    for (String name : List.of(special.eos(), special.unk(), special.pad())) {
      if (vocabulary.id(name).isEmpty()) {
        throw new TokenizerException(
            vocabJson + " has no entry for special piece \"" + name + "\"");
      }
    }
    SentencePieceModel sourceModel = SentencePieceModel.load(sourceSpm);
    try {
      return new MarianTokenizer(
          sourceModel, SentencePieceModel.load(targetSpm), vocabulary, special);
    } catch (RuntimeException e) {
      sourceModel.close();
      throw e;
    }
  }

  /** The source pieces of a text, before the mapping to ids and without end-of-sentence. */
  public List<String> sourcePieces(String text) {
    Objects.requireNonNull(text, "text");
    Matcher code = LANGUAGE_CODE.matcher(text);
    List<String> pieces = new ArrayList<>();
    if (code.lookingAt()) {
      pieces.add(code.group());
    }
    String rest = LANGUAGE_CODE.matcher(text).replaceAll("");
    pieces.addAll(Arrays.asList(source.pieces(rest)));
    return pieces;
  }

  /**
   * The model's input ids for a text: its pieces' ids followed by end-of-sentence. As in Hugging
   * Face's {@code tokenize}, a special piece written in the text (e.g. {@code <unk>}) is cut out
   * before SentencePiece runs and becomes its own id; the text around it is not stripped.
   */
  public int[] encode(String text) {
    Objects.requireNonNull(text, "text");
    List<Integer> ids = new ArrayList<>();
    int unk = unkId();
    int from = 0;
    while (from <= text.length()) {
      SpecialMatch match = nextSpecial(text, from);
      String segment = text.substring(from, match == null ? text.length() : match.start());
      if (!segment.isEmpty()) {
        for (String piece : sourcePieces(segment)) {
          ids.add(vocabulary.id(piece).orElse(unk));
        }
      }
      if (match == null) {
        break;
      }
      ids.add(vocabulary.id(match.piece()).orElseThrow());
      from = match.start() + match.piece().length();
    }
    ids.add(eosId());
    return ids.stream().mapToInt(Integer::intValue).toArray();
  }

  private record SpecialMatch(int start, String piece) {}

  /** The leftmost special piece at or after {@code from}; the longest one where several start. */
  private SpecialMatch nextSpecial(String text, int from) {
    SpecialMatch best = null;
    for (String piece : List.of(special.eos(), special.unk(), special.pad())) {
      int at = text.indexOf(piece, from);
      if (at >= 0
          && (best == null
              || at < best.start()
              || (at == best.start() && piece.length() > best.piece().length()))) {
        best = new SpecialMatch(at, piece);
      }
    }
    return best;
  }

  /**
   * The target-side ids of an English text, as Hugging Face's {@code text_target} gives them:
   * {@code target.spm} pieces mapped through {@code vocab.json}, unknown pieces to the unknown id,
   * end-of-sentence appended. Used to force-decode a given translation.
   */
  public int[] encodeTarget(String text) {
    Objects.requireNonNull(text, "text");
    String[] pieces = target.pieces(text);
    int[] ids = new int[pieces.length + 1];
    for (int i = 0; i < pieces.length; i++) {
      ids[i] = vocabulary.id(pieces[i]).orElse(unkId());
    }
    ids[pieces.length] = eosId();
    return ids;
  }

  /** The target pieces of an English text, in the order {@link #encodeTarget} maps them. */
  public List<String> targetPieces(String text) {
    Objects.requireNonNull(text, "text");
    return List.of(target.pieces(text));
  }

  /** The text of output ids, special ids skipped. */
  public String decode(List<Integer> ids) {
    Objects.requireNonNull(ids, "ids");
    List<String> pieces = new ArrayList<>(ids.size());
    for (int id : ids) {
      if (isSpecial(id)) {
        continue;
      }
      pieces.add(
          vocabulary
              .piece(id)
              .orElseThrow(
                  () -> new IllegalArgumentException("id " + id + " is not in vocab.json")));
    }
    String text = target.decodePieces(pieces.toArray(new String[0]));
    return PythonStrings.strip(text.replace(WORD_BOUNDARY, " "));
  }

  /** Whether an id is end-of-sentence, unknown or padding (never shown in text). */
  public boolean isSpecial(int id) {
    return id == eosId() || id == unkId() || id == padId();
  }

  public int eosId() {
    return vocabulary.id(special.eos()).orElseThrow();
  }

  public int unkId() {
    return vocabulary.id(special.unk()).orElseThrow();
  }

  public int padId() {
    return vocabulary.id(special.pad()).orElseThrow();
  }

  /** Number of entries in {@code vocab.json}. */
  public int vocabularySize() {
    return vocabulary.size();
  }

  /** One more than the largest id in {@code vocab.json}. */
  public int idLimit() {
    return vocabulary.idLimit();
  }

  @Override
  public void close() {
    source.close();
    target.close();
  }
}
