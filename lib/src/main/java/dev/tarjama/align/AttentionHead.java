package dev.tarjama.align;

/**
 * Which cross-attention an {@link AttentionAligner} reads.
 *
 * @param layer 0-based decoder layer; -1 averages all layers
 * @param head 0-based head of that layer; -1 averages all heads
 * @param shifted false reads, for target token {@code t}, the decoder position that predicts it;
 *     true reads the next position, where {@code t} is the decoder's input (the "shift" of Chen et
 *     al. 2020, often closer to the word alignment)
 */
public record AttentionHead(int layer, int head, boolean shifted) {
  public AttentionHead {
    if (layer < -1 || head < -1) {
      throw new IllegalArgumentException(
          "layer must be >= 0 and head >= -1, got layer=" + layer + ", head=" + head);
    }
  }

  @Override
  public String toString() {
    return (layer < 0 ? "all layers" : "layer " + layer)
        + (head < 0 ? " mean" : " head " + head)
        + (shifted ? " shifted" : "");
  }
}
