using System;
using System.Collections.Generic;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Ranking;
using CrmEnablement.Engine.Settings;
using CrmEnablement.Plugins.Dataverse;
using CrmEnablement.Plugins.Services;

namespace CrmEnablement.Plugins.Tests.Services;

/// <summary>When a built catalogue is reused and when it is read again.</summary>
public class CatalogCacheTests
{
    private static readonly Guid Org = new("5d7f3f36-0000-4000-8000-000000000001");
    private static readonly Guid Ana = new("5d7f3f36-0000-4000-8000-0000000000a1");
    private static readonly Guid Ben = new("5d7f3f36-0000-4000-8000-0000000000b1");
    private static readonly DateTime Noon = new(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc);
    private static readonly EnvironmentSnapshot Version7 = new("{}", 7);

    private int _loads;

    [SetUp]
    public void SetUp()
    {
        CatalogCache.Clear();
        _loads = 0;
    }

    [TearDown]
    public void TearDown() => CatalogCache.Clear();

    [Test]
    public void Get_SameUserSameVersion_ReusesTheCatalogue()
    {
        var first = Get(Ana, Version7, Noon);

        var second = Get(Ana, Version7, Noon.AddMinutes(9));

        Assert.That(second, Is.SameAs(first));
        Assert.That(_loads, Is.EqualTo(1));
    }

    [Test]
    public void Get_CatalogueVersionBumped_ReadsAgain()
    {
        Get(Ana, Version7, Noon);

        var after = Get(Ana, Version7 with { CatalogVersion = 8 }, Noon.AddSeconds(1));

        Assert.That(after.Version, Is.EqualTo(8));
        Assert.That(_loads, Is.EqualTo(2));
    }

    [Test]
    public void Get_SettingsChanged_ReadsAgain()
    {
        Get(Ana, Version7, Noon);

        Get(Ana, Version7 with { SettingsJson = "{\"topK\":5}" }, Noon.AddSeconds(1));

        Assert.That(_loads, Is.EqualTo(2));
    }

    [Test]
    public void Get_OlderThanMaxAge_ReadsAgainForFreshFeedbackCounts()
    {
        Get(Ana, Version7, Noon);

        Get(Ana, Version7, Noon + CatalogCache.MaxAge);

        Assert.That(_loads, Is.EqualTo(2));
    }

    [Test]
    public void Get_AnotherUser_GetsACatalogueReadAsThatUser()
    {
        var ana = Get(Ana, Version7, Noon);

        var ben = Get(Ben, Version7, Noon);

        Assert.That(ben, Is.Not.SameAs(ana), "security roles decide what each rep's catalogue holds");
        Assert.That(Get(Ana, Version7, Noon), Is.SameAs(ana));
        Assert.That(_loads, Is.EqualTo(2));
    }

    [Test]
    public void Get_MoreUsersThanCapacity_ForgetsTheOldestOnly()
    {
        var oldest = Get(Ana, Version7, Noon);
        var newest = Get(Ben, Version7, Noon.AddSeconds(1));
        for (var user = 0; user < CatalogCache.Capacity - 1; user++)
        {
            Get(new Guid(user + 1, 0, 0, new byte[8]), Version7, Noon.AddSeconds(2 + user));
        }

        Assert.That(Get(Ben, Version7, Noon.AddMinutes(5)), Is.SameAs(newest));
        Assert.That(Get(Ana, Version7, Noon.AddMinutes(5)), Is.Not.SameAs(oldest), "Ana's was the oldest entry");
    }

    private CatalogSnapshot Get(Guid user, EnvironmentSnapshot environment, DateTime now) =>
        CatalogCache.Get(Org, user, environment, now, () =>
        {
            _loads++;
            return new CatalogSnapshot(CatalogIndex.Build(Array.Empty<ContentItem>(), EngineSettings.Default),
                new Dictionary<string, Guid>(), environment.CatalogVersion, environment.SettingsJson, now);
        });
}
