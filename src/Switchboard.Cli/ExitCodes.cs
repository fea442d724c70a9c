using System.Net;

namespace Switchboard.Cli;

/// <summary>The exit codes of <c>switchboard</c>, the same for every command so a CI pipeline can tell them apart.</summary>
public static class ExitCodes
{
    /// <summary>Done: every row imported, the lint passed, the report printed.</summary>
    public const int Ok = 0;
    /// <summary>
    /// Not done, or done with a verdict of failure: the import could not be done or finished (unreadable file, bad mapping,
    /// server unreachable or refusing), a push refused, lint errors (or warnings with --strict), a replay that failed.
    /// </summary>
    public const int Failed = 1;
    /// <summary>
    /// The command line itself is wrong: an unknown option, a missing argument, a file that does not exist or does not read,
    /// or a value the server refused (a report's <c>--from</c> that is no date, an unknown time zone).
    /// </summary>
    public const int BadUsage = 2;
    /// <summary>The import finished, but the server (or, with --dry-run, the local check) rejected some rows.</summary>
    public const int SomeRejected = 3;
    /// <summary>The server refused the key (401: missing or unknown; 403: its role may not do this).</summary>
    public const int KeyRefused = 4;
    /// <summary>Stopped with Ctrl-C (128 + SIGINT, as shells report it); a running replay was cancelled on the server.</summary>
    public const int Interrupted = 130;

    /// <summary>The exit code for a refusal with this status: a refused key, else <see cref="Failed"/>.</summary>
    public static int Of(HttpStatusCode status) =>
        status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden ? KeyRefused : Failed;
}
