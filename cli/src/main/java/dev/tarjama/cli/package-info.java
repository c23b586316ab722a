/** The {@code tarjama} command line: subcommands over the library's public API. */
package dev.tarjama.cli;
