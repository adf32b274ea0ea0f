using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using CrmEnablement.Cli.Dataverse;
using CrmEnablement.Cli.Tests.TestSupport.FakeDataverse;

namespace CrmEnablement.Cli.Tests.TestSupport;

/// <summary>Runs <c>cen</c> in-process against a <see cref="FakeDataverse.FakeDataverse"/>, with retries that never really wait.</summary>
internal sealed class RemoteCli
{
    private readonly FakeDataverse.FakeDataverse _fake;
    private readonly StringWriter _notices = new();

    public RemoteCli(FakeDataverse.FakeDataverse fake)
    {
        _fake = fake;
        Options = new() { TimeProvider = Time, Randomizer = () => 0.5 };
        Notices = TextWriter.Synchronized(_notices);
    }

    /// <summary>The clock the retries use; its <see cref="InstantTimeProvider.Delays"/> show what was waited.</summary>
    public InstantTimeProvider Time { get; } = new();

    /// <summary>
    /// Retry settings: as shipped, on the instant clock, with a fixed random source (so the backoff's
    /// jitter is exactly 1); a test may change them with <c>with</c>.
    /// </summary>
    public DataverseClientOptions Options { get; set; }

    /// <summary>Runs <paramref name="args"/> with <c>--url</c> and <c>--token</c> of the fake added.</summary>
    public CliResult Run(params string[] args) => RunRaw(args.Concat(new[] { "--url", _fake.Url, "--token", FakeDataverse.FakeDataverse.Token }).ToArray());

    /// <summary>Runs <paramref name="args"/> as given.</summary>
    public CliResult RunRaw(params string[] args) => RunRaw(outputIsTerminal: false, args);

    public CliResult RunRaw(bool outputIsTerminal, params string[] args) => RunRaw(outputIsTerminal, errorIsTerminal: null, args);

    /// <summary>Runs <paramref name="args"/> with standard output and standard error each a terminal or not.</summary>
    public CliResult RunRaw(bool outputIsTerminal, bool? errorIsTerminal, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = CliApp.Run(args, new CliContext(stdout, stderr, new FixedClock(), outputIsTerminal, errorIsTerminal), Options);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>What the clients of <see cref="Client(string?)"/> announced while they waited to retry.</summary>
    public TextWriter Notices { get; }

    /// <summary>The lines written to <see cref="Notices"/>, in order.</summary>
    public string[] NoticeLines => _notices.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A client for the fake, for tests below the command line.</summary>
    public DataverseClient Client(string? token = null) => Client(DataverseConnector.CreateTransport(), token: token);

    /// <summary>A client for <paramref name="environmentUrl"/> (default: the fake) over <paramref name="transport"/>.</summary>
    public DataverseClient Client(HttpMessageHandler transport, Uri? environmentUrl = null, string? token = null) =>
        new(environmentUrl ?? new Uri(_fake.Url), new AuthorizationHandler(new StaticTokenProvider(token ?? FakeDataverse.FakeDataverse.Token), transport), Options, Notices);
}
