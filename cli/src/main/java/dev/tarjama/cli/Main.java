package dev.tarjama.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code tarjama} command line.
 *
 * <p>Each capability is one subcommand in its own class; this class only lists them.
 */
@Command(
    name = "tarjama",
    mixinStandardHelpOptions = true,
    version = Main.VERSION,
    description = "Arabic to English translation, segmentation, alignment and evaluation.",
    subcommands = {
      CommandLine.HelpCommand.class,
      TranslateCommand.class,
      SegmentCommand.class,
      FastAlignCommand.class,
      AlignCommand.class,
      EvaluateCommand.class,
      ScoreCommand.class,
    })
public final class Main implements Runnable {
  static final String VERSION = "tarjama 0.1.0";

  @Override
  public void run() {
    CommandLine.usage(this, System.err);
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with its error handling: a failure prints one line, not a stack trace. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    // Every subcommand's -V/--version prints the same version as the top command's.
    cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().version(VERSION));
    // A mistyped option ("score ref -i hyp --bogus") is an error, not a file name.
    cli.setUnmatchedOptionsAllowedAsOptionParameters(false);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine
              .getErr()
              .println("tarjama " + commandLine.getCommandName() + ": " + message(e));
          if (Boolean.getBoolean("tarjama.debug")) {
            e.printStackTrace(commandLine.getErr());
          }
          // 2 for what the user can fix on the command line (a bad value, a missing file).
          return e instanceof IllegalArgumentException || e instanceof NoSuchFileException ? 2 : 1;
        });
    return cli;
  }

  /**
   * The message of a failure; a file system error's names its file, which Java's own messages of
   * {@link NoSuchFileException} and {@link AccessDeniedException} are nothing but.
   */
  static String message(Exception e) {
    if (e instanceof NoSuchFileException f) {
      return "no such file or directory: " + f.getFile();
    }
    if (e instanceof AccessDeniedException f) {
      return "permission denied: " + f.getFile();
    }
    if (e instanceof FileSystemException f && f.getFile() != null) {
      String reason = f.getReason() == null ? e.getClass().getSimpleName() : f.getReason();
      return f.getFile() + ": " + reason;
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
