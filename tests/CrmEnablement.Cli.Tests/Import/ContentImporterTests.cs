using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CrmEnablement.Cli.Dataverse;
using CrmEnablement.Cli.Import;
using CrmEnablement.Cli.IO;
using CrmEnablement.Cli.Tests.TestSupport;
using CrmEnablement.Cli.Tests.TestSupport.FakeDataverse;
using CrmEnablement.Engine.Catalog;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Cli.Tests.Import;

public class ContentImporterTests
{
    private FakeDataverse _fake = null!;
    private RemoteCli _cen = null!;

    [SetUp]
    public async Task SetUp()
    {
        _fake = await FakeDataverse.StartAsync();
        _fake.DopHint = 1;
        _cen = new RemoteCli(_fake);
    }

    [TearDown]
    public async Task TearDown() => await _fake.DisposeAsync();

    [Test]
    public async Task RunAsync_CancelledDuringABatch_FinishesThatBatchAndStartsNoOther()
    {
        using var stop = new CancellationTokenSource();
        _fake.AfterBatch = writes =>
        {
            if (writes > 0)
            {
                stop.Cancel();
            }
        };

        var result = await Import(Catalog(6), stop.Token);

        Assert.That(result.Cancelled, Is.True);
        Assert.That(result.Created, Is.EqualTo(2));
        Assert.That(result.NotSent, Is.EqualTo(4));
        Assert.That(_fake.Content.Count, Is.EqualTo(2));
    }

    [Test]
    public async Task RunAsync_AfterACancelledRun_ResumesWithTheRest()
    {
        using var stop = new CancellationTokenSource();
        _fake.AfterBatch = writes =>
        {
            if (writes > 0)
            {
                stop.Cancel();
            }
        };
        await Import(Catalog(6), stop.Token);
        _fake.AfterBatch = null;

        var result = await Import(Catalog(6), CancellationToken.None);

        Assert.That((result.Created, result.Unchanged, result.Cancelled), Is.EqualTo((4, 2, false)));
        Assert.That(_fake.Content.Count, Is.EqualTo(6));
    }

    [Test]
    public async Task RunAsync_IntoAnEmptyEnvironment_SendsOneRequestPerBatchOfRows()
    {
        var result = await Import(Catalog(6), CancellationToken.None);

        Assert.That(result.Created, Is.EqualTo(6));
        Assert.That(_fake.Requests, Is.EqualTo(3), "the first two rows go with the read, then two batches of two");
        Assert.That(_fake.BatchSizes, Is.EqualTo(new[] { 2, 2, 2 }));
    }

    [Test]
    public async Task RunAsync_LargestBatchSize_KeepsTheFirstRequestWithinDataversesThousandOperations()
    {
        var result = await Import(Catalog(1200), CancellationToken.None, batchSize: 1000);

        Assert.That(result.Created, Is.EqualTo(1200));
        Assert.That(_fake.BatchSizes[0], Is.EqualTo(ContentReader.MaxOperationsPerBatch - ContentReader.QueriesPerBatch),
            "room is kept for the most queries a read request carries");
    }

    [Test]
    public async Task RunAsync_RowsSentWithTheReadThatExistAlready_AreComparedAndOnlyChangesWritten()
    {
        await Import(Catalog(4), CancellationToken.None);
        var changed = new CatalogCsvBuilder();
        foreach (var index in Enumerable.Range(1, 4))
        {
            changed = index == 2 ? changed.Row($"ID-{index}", (CatalogColumns.Title, "Renamed")) : changed.Row($"ID-{index}");
        }

        var result = await Import(Validate(changed), CancellationToken.None);

        Assert.That((result.Created, result.Updated, result.Unchanged), Is.EqualTo((0, 1, 3)));
        Assert.That(_fake.Content.Updated, Is.EqualTo(1));
        Assert.That(_fake.Content.Row("ID-2")![ContentColumns.Name]!.GetValue<string>(), Is.EqualTo("Renamed"));
        Assert.That(result.PerhapsCreatedBefore, Is.Zero);
    }

    [Test]
    public async Task RunAsync_RowsThatReferToEachOther_AreBothImportedAndLinked()
    {
        var validation = Validate(new CatalogCsvBuilder()
            .Row("T1", (CatalogColumns.Audience, "Internal"), (CatalogColumns.Kind, "Training Module"), (CatalogColumns.RelatedTraining, "T2"))
            .Row("T2", (CatalogColumns.Audience, "Internal"), (CatalogColumns.Kind, "Training Module"), (CatalogColumns.RelatedTraining, "T1")));

        var result = await Import(validation, CancellationToken.None);

        Assert.That((result.Created, result.Rejected.Count), Is.EqualTo((2, 0)));
        Assert.That(_fake.Content.Row("T1")![ContentColumns.RelatedTraining]!.GetValue<string>(), Is.EqualTo(_fake.Content.Row("T2")![ContentColumns.PrimaryId]!.GetValue<string>()));
        Assert.That(_fake.Content.Row("T2")![ContentColumns.RelatedTraining]!.GetValue<string>(), Is.EqualTo(_fake.Content.Row("T1")![ContentColumns.PrimaryId]!.GetValue<string>()));
    }

    [Test]
    public async Task RunAsync_RelatedTrainingRefused_RejectsTheRowThatLinksToIt()
    {
        _fake.FailRow("T", 400);
        var validation = Validate(new CatalogCsvBuilder()
            .Row("A", (CatalogColumns.RelatedTraining, "T"))
            .Row("T", (CatalogColumns.Audience, "Internal"), (CatalogColumns.Kind, "Training Module")));

        var result = await Import(validation, CancellationToken.None);

        Assert.That(result.Rejected.Select(row => row.Id), Is.EqualTo(new[] { "A", "T" }));
        Assert.That(result.Rejected[0].Reason, Is.EqualTo(CliMessages.RelatedTrainingNotImported("T")));
    }

    [Test]
    public async Task RunAsync_RowsBindingToNewTrainings_ShareFullBatchesWithThem()
    {
        var builder = new CatalogCsvBuilder();
        foreach (var index in Enumerable.Range(1, 8))
        {
            builder.Row($"CNT-{index}", (CatalogColumns.RelatedTraining, index % 2 == 0 ? "TRN-1" : "TRN-2"));
        }

        builder.Row("TRN-1", (CatalogColumns.Audience, "Internal"), (CatalogColumns.Kind, "Training Module"))
            .Row("TRN-2", (CatalogColumns.Audience, "Internal"), (CatalogColumns.Kind, "Training Module"));

        var result = await Import(Validate(builder), CancellationToken.None, batchSize: 10);

        Assert.That((result.Created, result.Rejected.Count), Is.EqualTo((10, 0)));
        Assert.That(_fake.Requests, Is.EqualTo(2), "the trainings go create-only with the read, then the eight rows that bind to them in one batch");
        Assert.That(_fake.Content.Row("CNT-2")![ContentColumns.RelatedTraining]!.GetValue<string>(),
            Is.EqualTo(_fake.Content.Row("TRN-1")![ContentColumns.PrimaryId]!.GetValue<string>()));
    }

    [Test]
    public async Task RunAsync_RelatedTrainingInAnotherBatch_IsCreatedBeforeTheRowThatLinksToIt()
    {
        _fake.DopHint = 4;
        var builder = new CatalogCsvBuilder();
        foreach (var index in Enumerable.Range(1, 7))
        {
            builder.Row($"CNT-{index}", (CatalogColumns.RelatedTraining, "TRN-1"));
        }

        builder.Row("TRN-1", (CatalogColumns.Audience, "Internal"), (CatalogColumns.Kind, "Training Module"));

        var result = await Import(Validate(builder), CancellationToken.None);

        Assert.That((result.Created, result.Rejected.Count), Is.EqualTo((8, 0)));
        var training = _fake.Content.Row("TRN-1")![ContentColumns.PrimaryId]!.GetValue<string>();
        Assert.That(Enumerable.Range(1, 7).Select(index => _fake.Content.Row($"CNT-{index}")![ContentColumns.RelatedTraining]!.GetValue<string>()),
            Is.All.EqualTo(training));
    }

    [Test]
    public async Task RunAsync_RelatedTrainingThrottledInTheSameBatch_SendsTheRowThatLinksToItAgainWithIt()
    {
        _fake.FailRow("T", 429, times: 1);
        var validation = Validate(new CatalogCsvBuilder()
            .Row("A", (CatalogColumns.RelatedTraining, "T"))
            .Row("T", (CatalogColumns.Audience, "Internal"), (CatalogColumns.Kind, "Training Module")));

        var result = await Import(validation, CancellationToken.None);

        Assert.That((result.Created, result.Rejected.Count), Is.EqualTo((2, 0)));
        Assert.That(_fake.Content.Row("A")![ContentColumns.RelatedTraining]!.GetValue<string>(), Is.EqualTo(_fake.Content.Row("T")![ContentColumns.PrimaryId]!.GetValue<string>()));
    }

    [Test]
    public async Task RunAsync_RowAnswered429WithRetryAfter_WaitsThatLongBeforeSendingItAgain()
    {
        _fake.RetryAfterSeconds = 9;
        _fake.FailRow("ID-2", 429, times: 1);

        var result = await Import(Catalog(2), CancellationToken.None);

        Assert.That((result.Created, result.Rejected.Count), Is.EqualTo((2, 0)));
        Assert.That(_cen.Time.Delays, Is.EqualTo(new[] { TimeSpan.FromSeconds(9) }));
        Assert.That(result.Retries, Is.EqualTo(1), "the batch that sent the row again is a retry");
    }

    [Test]
    public async Task RunAsync_RowAnswered503WithoutRetryAfter_BacksOffBeforeEachResend()
    {
        _fake.FailRow("ID-1", 503, times: 2);

        var result = await Import(Catalog(1), CancellationToken.None);

        Assert.That(result.Created, Is.EqualTo(1));
        Assert.That(_cen.Time.Delays, Is.EqualTo(new[] { TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4) }), "2 s, then doubled (fixed jitter 0.5 = no change)");
    }

    [Test]
    public async Task RunAsync_BatchRefusedAsAWhole_IsNotSentAgain()
    {
        _fake.Fail(FakeFault.Pass, FakeFault.BatchRefused);

        var result = await Import(Catalog(4), CancellationToken.None);

        Assert.That(_fake.Requests, Is.EqualTo(2), "the read with two creates, one refused batch, no retry");
        Assert.That(result.Created, Is.EqualTo(2));
        Assert.That(result.Failure, Is.TypeOf<ProtocolException>());
        Assert.That(result.Failure!.Message, Does.Contain("400 Bad Request"));
    }

    private async Task<ImportResult> Import(CatalogValidation validation, CancellationToken cancellationToken, int batchSize = 2)
    {
        using var client = _cen.Client();
        var importer = new ContentImporter(client, new ContentRecordMapper(VocabularySet.Default), new ImportOptions(BatchSize: batchSize));
        return await importer.RunAsync(validation.Items, validation.RowCount, System.Array.Empty<RejectedRow>(), new NoProgress(), cancellationToken);
    }

    private static CatalogValidation Catalog(int rows)
    {
        var builder = new CatalogCsvBuilder();
        foreach (var index in Enumerable.Range(1, rows))
        {
            builder.Row($"ID-{index}");
        }

        return Validate(builder);
    }

    private static CatalogValidation Validate(CatalogCsvBuilder builder)
    {
        var (header, rows) = CatalogCsvReader.Parse("test.csv", builder.Build());
        return new CatalogValidator(VocabularySet.Default).Validate(header, rows);
    }

    private sealed class NoProgress : IImportProgress
    {
        public void Report(int done, int total)
        {
        }
    }
}
