/**
 * The decoding benchmark of tarjama against the PyTorch reference (run by {@code bench/run.sh}):
 * timed searches on pre-tokenized sources, a timing decorator that splits the time between the
 * encoder, decoder steps, cache reorders and the search's own work, and the time to the first
 * translation from JVM start. Uses only the library's public API; not part of the test suite.
 */
package dev.tarjama.examples.perf;
