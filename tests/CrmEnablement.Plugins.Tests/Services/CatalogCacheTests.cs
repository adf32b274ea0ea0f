using System;
using System.Collections.Generic;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Ranking;
using CrmEnablement.Engine.Settings;
using CrmEnablement.Plugins.Dataverse;
using CrmEnablement.Plugins.Services;

namespace CrmEnablement.Plugins.Tests.Services;

/// <summary>When a built catalogue and a user's readable set are reused and when they are read again.</summary>
public class CatalogCacheTests
{
    private static readonly Guid Org = new("5d7f3f36-0000-4000-8000-000000000001");
    private static readonly Guid Ana = new("5d7f3f36-0000-4000-8000-0000000000a1");
    private static readonly Guid Ben = new("5d7f3f36-0000-4000-8000-0000000000b1");
    private static readonly Guid RowA = new("5d7f3f36-0000-4000-8000-00000000c0a1");
    private static readonly Guid RowB = new("5d7f3f36-0000-4000-8000-00000000c0b1");
    private static readonly DateTime Noon = new(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc);
    private static readonly EnvironmentSnapshot Version7 = new("{}", 7);

    private int _loads;
    private int _readableLoads;

    [SetUp]
    public void SetUp()
    {
        CatalogCache.Clear();
        _loads = 0;
        _readableLoads = 0;
    }

    [TearDown]
    public void TearDown() => CatalogCache.Clear();

    [Test]
    public void Get_SameOrganizationSameVersion_ReusesTheCatalogue()
    {
        var first = Get(Org, Version7, Noon);

        var second = Get(Org, Version7, Noon.AddMinutes(9));

        Assert.That(second, Is.SameAs(first));
        Assert.That(_loads, Is.EqualTo(1));
    }

    [Test]
    public void Get_CatalogueVersionBumped_ReadsAgain()
    {
        Get(Org, Version7, Noon);

        var after = Get(Org, Version7 with { CatalogVersion = 8 }, Noon.AddSeconds(1));

        Assert.That(after.Version, Is.EqualTo(8));
        Assert.That(_loads, Is.EqualTo(2));
    }

    [Test]
    public void Get_SettingsChanged_ReadsAgain()
    {
        Get(Org, Version7, Noon);

        Get(Org, Version7 with { SettingsJson = "{\"topK\":5}" }, Noon.AddSeconds(1));

        Assert.That(_loads, Is.EqualTo(2));
    }

    [Test]
    public void Get_OlderThanMaxAge_ReadsAgainForFreshFeedbackCounts()
    {
        Get(Org, Version7, Noon);

        Get(Org, Version7, Noon + CatalogCache.MaxAge);

        Assert.That(_loads, Is.EqualTo(2));
    }

    [Test]
    public void Get_MoreOrganizationsThanCapacity_ForgetsTheOldestOnly()
    {
        var oldest = Get(Org, Version7, Noon);
        var other = new Guid("5d7f3f36-0000-4000-8000-000000000002");
        var newest = Get(other, Version7, Noon.AddSeconds(1));
        for (var index = 0; index < CatalogCache.Capacity - 1; index++)
        {
            Get(new Guid(index + 10, 0, 0, new byte[8]), Version7, Noon.AddSeconds(2 + index));
        }

        Assert.That(Get(other, Version7, Noon.AddMinutes(5)), Is.SameAs(newest));
        Assert.That(Get(Org, Version7, Noon.AddMinutes(5)), Is.Not.SameAs(oldest), "the first organization's was the oldest entry");
    }

    [Test]
    public void ReadableBy_SameUserSameVersion_ReadsOnce_AnotherUserReadsTheirOwn()
    {
        var ana = ReadableBy(Ana, 7, Noon, RowA, RowB);

        Assert.That(ReadableBy(Ana, 7, Noon.AddMinutes(9), RowA), Is.SameAs(ana));
        var ben = ReadableBy(Ben, 7, Noon, RowA);

        Assert.That(ben, Is.Not.SameAs(ana), "security roles decide what each rep may see");
        Assert.That(ben.RowIds, Is.EquivalentTo(new[] { RowA }));
        Assert.That(_readableLoads, Is.EqualTo(2));
    }

    [Test]
    public void ReadableBy_CatalogueVersionBumped_ReadsAgain()
    {
        ReadableBy(Ana, 7, Noon, RowA);

        var after = ReadableBy(Ana, 8, Noon.AddSeconds(1), RowA, RowB);

        Assert.That(after.RowIds, Has.Count.EqualTo(2));
        Assert.That(_readableLoads, Is.EqualTo(2));
    }

    [Test]
    public void HiddenIn_TheCatalogue_NamesTheItemsTheUserCannotRead()
    {
        var snapshot = Snapshot(new Dictionary<string, Guid> { ["CNT-A"] = RowA, ["CNT-B"] = RowB });

        Assert.That(ReadableBy(Ana, 7, Noon, RowA, RowB).HiddenIn(snapshot), Is.Empty);
        Assert.That(ReadableBy(Ben, 7, Noon, RowA).HiddenIn(snapshot), Is.EqualTo(new[] { "CNT-B" }));
    }

    [Test]
    public void HiddenIn_ANewCatalogue_IsWorkedOutAgain()
    {
        var ben = ReadableBy(Ben, 7, Noon, RowA);
        Assert.That(ben.HiddenIn(Snapshot(new Dictionary<string, Guid> { ["CNT-A"] = RowA })), Is.Empty);

        var rebuilt = Snapshot(new Dictionary<string, Guid> { ["CNT-A"] = RowA, ["CNT-B"] = RowB });

        Assert.That(ben.HiddenIn(rebuilt), Is.EqualTo(new[] { "CNT-B" }));
        Assert.That(ben.HiddenIn(rebuilt), Is.SameAs(ben.HiddenIn(rebuilt)), "kept for the catalogue it was worked out for");
    }

    private CatalogSnapshot Get(Guid organization, EnvironmentSnapshot environment, DateTime now) =>
        CatalogCache.Get(organization, environment, now, () =>
        {
            _loads++;
            return Snapshot(new Dictionary<string, Guid>(), environment, now);
        });

    private ReadableContent ReadableBy(Guid user, long version, DateTime now, params Guid[] rows) =>
        CatalogCache.ReadableBy(Org, user, version, now, () =>
        {
            _readableLoads++;
            return rows;
        });

    private static CatalogSnapshot Snapshot(Dictionary<string, Guid> rowIds, EnvironmentSnapshot? environment = null, DateTime? now = null) =>
        new(CatalogIndex.Build(Array.Empty<ContentItem>(), EngineSettings.Default), rowIds,
            (environment ?? Version7).CatalogVersion, (environment ?? Version7).SettingsJson, now ?? Noon);
}
