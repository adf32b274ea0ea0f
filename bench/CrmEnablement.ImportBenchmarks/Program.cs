using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using CrmEnablement.Cli.Dataverse;
using CrmEnablement.Cli.Import;
using CrmEnablement.Cli.IO;
using CrmEnablement.Cli.Tests.TestSupport.FakeDataverse;
using CrmEnablement.Engine.Catalog;
using CrmEnablement.Engine.Vocabularies;
using CrmEnablement.ImportBenchmarks;

// Three runs of the same import against a fresh fake: into an empty table, again unchanged, and
// into an empty table with service-protection 429s (Retry-After 1 s, really waited) on some batches.
var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var (header, lines) = CatalogCsvReader.Parse("synthetic.csv", SyntheticCatalog.Build(rows));
var validation = new CatalogValidator(VocabularySet.Default).Validate(header, lines);
if (!validation.IsValid)
{
    Console.Error.WriteLine(string.Join("\n", validation.Problems));
    return 1;
}

Console.WriteLine($"catalogue import, {rows:N0} rows, batch size 100, fake Web API on loopback (x-ms-dop-hint 4)");
Console.WriteLine($"{"run",-28}{"requests",10}{"per 100 rows",14}{"retries",9}{"rows/s",10}{"elapsed",10}   outcome");
await using (var fake = await FakeDataverse.StartAsync())
{
    await Run("first import (all new)", fake, validation);
    await Run("same file again", fake, validation);
}

await using (var throttled = await FakeDataverse.StartAsync())
{
    throttled.RetryAfterSeconds = 1;
    throttled.Fail(FakeFault.Pass, FakeFault.Pass, FakeFault.TooManyRequests, FakeFault.Pass, FakeFault.ServiceUnavailableAfterCommit, FakeFault.TooManyRequests);
    await Run("first import, 429/503 x3", throttled, validation);
}

return 0;

static async Task Run(string name, FakeDataverse fake, CatalogValidation validation)
{
    var transport = DataverseConnector.CreateTransport();
    using var client = new DataverseClient(new Uri(fake.Url), new AuthorizationHandler(new StaticTokenProvider(FakeDataverse.Token), transport), new DataverseClientOptions());
    var importer = new ContentImporter(client, new ContentRecordMapper(VocabularySet.Default), new ImportOptions());
    var clock = Stopwatch.StartNew();
    var result = await importer.RunAsync(validation.Items, validation.RowCount, Array.Empty<RejectedRow>(), new PlainProgress(TextWriter.Null), CancellationToken.None);
    clock.Stop();
    var perHundred = result.Requests * 100.0 / validation.RowCount;
    Console.WriteLine($"{name,-28}{result.Requests,10:N0}{perHundred,14:0.00}{result.Retries,9}{validation.RowCount / clock.Elapsed.TotalSeconds,10:N0}{clock.Elapsed.TotalSeconds,9:0.00}s   " +
        $"created {result.Created:N0}, updated {result.Updated:N0}, unchanged {result.Unchanged:N0}, rejected {result.Rejected.Count}; table holds {fake.Content.Count:N0}");
}
