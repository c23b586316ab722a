/**
 * The public facade of tarjama: {@code Tarjama}, {@code Translation} and {@code TarjamaException}.
 *
 * <p>Everything a Java application needs to translate Arabic into English starts here; the
 * sub-packages hold the parts the facade puts together.
 */
package dev.tarjama;
