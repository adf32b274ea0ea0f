using System;
using System.IO;
using CrmEnablement.Engine.Ranking;
using CrmEnablement.Engine.Serialization;
using CrmEnablement.Engine.Tests.TestSupport;
using static CrmEnablement.Engine.Tests.TestSupport.ContentItemBuilder;
using static CrmEnablement.Engine.Tests.TestSupport.OpportunityBuilder;

namespace CrmEnablement.Engine.Tests.Serialization;

/// <summary>The one writer behind <c>cen recommend</c> and the Custom API: keys, order and bytes.</summary>
public class SuggestionsJsonTests
{
    private static readonly Suggestion Kit = new()
    {
        Rank = 1,
        ContentId = "C1",
        Title = "Kit",
        Url = "https://example.com/kit",
        Kind = "Insight",
        Audience = "Client-facing",
        Score = 2.5m,
        ForRoles = new[] { "Economic Buyer" },
        Reasons = new[] { new Reason(ReasonFacet.Industry, "Insurance", "For Insurance") },
    };

    private static OpportunityRanking Ranking(string? industry, params string[] roles) => new()
    {
        OpportunityId = "O1",
        Phase = "Buying",
        Industry = industry,
        BuyerRoles = roles,
        Warnings = new[] { "careful" },
        Suggestions = new[] { Kit },
    };

    [Test]
    public void WriteOne_Ranking_IndustryAndRolesRightAfterPhase()
    {
        var json = SuggestionsJson.WriteOne(Ranking("Insurance", "Economic Buyer", "Champion"));

        Assert.That(json, Does.StartWith(
            "{\n  \"id\": \"O1\",\n  \"phase\": \"Buying\",\n  \"industry\": \"Insurance\",\n" +
            "  \"buyerRoles\": [\n    \"Economic Buyer\",\n    \"Champion\"\n  ],\n  \"warnings\": [\n    \"careful\"\n  ],\n  \"suggestions\": ["));
    }

    [Test]
    public void WriteOne_NoIndustryNoRoles_NullAndEmptyArray()
    {
        var json = SuggestionsJson.WriteOne(Ranking(null));

        Assert.That(json, Does.Contain("\"phase\": \"Buying\",\n  \"industry\": null,\n  \"buyerRoles\": [],\n  \"warnings\""));
    }

    [Test]
    public void Write_SameRankingTwice_SameBytes()
    {
        var asOf = new DateTime(2025, 3, 1);
        var rankings = new[] { Ranking("Insurance", "Champion"), Ranking(null) };

        Assert.That(SuggestionsJson.Write(asOf, rankings), Is.EqualTo(SuggestionsJson.Write(asOf, new[] { Ranking("Insurance", "Champion"), Ranking(null) })));
        Assert.That(SuggestionsJson.Write(asOf, rankings), Does.StartWith("{\n  \"asOf\": \"2025-03-01\",\n  \"opportunities\": [\n    {\n      \"id\": \"O1\",\n      \"phase\": \"Buying\",\n      \"industry\": \"Insurance\",\n"));
    }

    /// <summary>
    /// The panel's tests feed this file to the web resource as the Custom API's answer; it must stay
    /// exactly what the engine writes, so the panel is tested against the real shape.
    /// </summary>
    [Test]
    public void WriteOne_DealNothingFits_IsThePanelsEmptyFixture()
    {
        var deal = Deal("OPP-1001").Stakeholder("Dana Ruiz", "Champion");
        var ranking = TestRanker.Rank(deal, Item("A").Phases("Awareness"));
        var fixture = Path.Combine(RepositoryFiles.Root, "WebResources", "__tests__", "fixtures", "emptyRanking.json");

        Assert.That(SuggestionsJson.WriteOne(ranking) + "\n", Is.EqualTo(File.ReadAllText(fixture)));
    }

    /// <summary>
    /// The panel's lost-deal tests feed this file as the Custom API's answer: a lost deal gets no
    /// suggestions and only the engine's note, nothing a page could read as "lost" but prose.
    /// </summary>
    [Test]
    public void WriteOne_LostDeal_IsThePanelsLostFixture()
    {
        var deal = Deal("OPP-1008").Industry("Wholesale").Stage("Propose").Roles("Economic Buyer").Lost();
        var ranking = TestRanker.Rank(deal, Item("A"));
        var fixture = Path.Combine(RepositoryFiles.Root, "WebResources", "__tests__", "fixtures", "lostRanking.json");

        Assert.That(ranking.Warnings, Is.EqualTo(new[] { RankingMessages.Lost }));
        Assert.That(SuggestionsJson.WriteOne(ranking) + "\n", Is.EqualTo(File.ReadAllText(fixture)));
    }
}
