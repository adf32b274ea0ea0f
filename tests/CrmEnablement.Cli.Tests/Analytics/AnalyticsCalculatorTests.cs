using System;
using System.Linq;
using CrmEnablement.Cli.Analytics;
using CrmEnablement.Engine.Model;

namespace CrmEnablement.Cli.Tests.Analytics;

public class AnalyticsCalculatorTests
{
    private static readonly ContentItem Item = new() { Id = "CNT-1", Title = "Case study", Author = "Mara" };

    [Test]
    public void Compute_UsedOnWonDealsNotOnLostOnes_ComparesWinRatesOfTheSamePhaseAndIndustry()
    {
        var rows = new[]
        {
            Row("D1", InteractionAction.Opened, "Won"), Row("D2", InteractionAction.Shared, "Won"), Row("D3", InteractionAction.Copied, "Lost"),
            Row("D4", InteractionAction.Suggested, "Lost"), Row("D5", InteractionAction.Suggested, "Won"), Row("D6", InteractionAction.Dismissed, "Lost"),
            // Another industry and an open deal never enter the comparison.
            Row("D7", InteractionAction.Suggested, "Won", industry: "Financial"), Row("D8", InteractionAction.Opened, null),
        };

        var usage = AnalyticsCalculator.Compute(rows, new[] { Item }).Content.Single();

        Assert.That(usage.Used, Is.EqualTo(new WinRate(2, 3)));
        Assert.That(usage.NotUsed, Is.EqualTo(new WinRate(1, 3)));
        Assert.That(usage.Lift, Is.EqualTo(100.0 / 3).Within(1e-9));
        Assert.That((usage.Suggested, usage.Opened, usage.SharedOrCopied, usage.Dismissed), Is.EqualTo((3, 2, 2, 1)));
    }

    [Test]
    public void Compute_Authors_SumTheirItems()
    {
        var other = new ContentItem { Id = "CNT-2", Title = "Deck", Author = "Mara" };
        var rows = new[] { Row("D1", InteractionAction.Helpful, null), Row("D1", InteractionAction.Helpful, null, content: "CNT-2"), Row("D2", InteractionAction.NotHelpful, null) };

        var author = AnalyticsCalculator.Compute(rows, new[] { Item, other }).Authors.Single();

        Assert.That((author.Author, author.Items, author.Helpful, author.NotHelpful), Is.EqualTo(("Mara", 2, 2, 1)));
    }

    [Test]
    public void WinRate_FewerThanFiveClosedDeals_IsMarkedAsASmallSample()
    {
        Assert.That(new WinRate(3, 4).ToString(), Is.EqualTo("75% (3/4)*"));
        Assert.That(new WinRate(3, 5).ToString(), Is.EqualTo("60% (3/5)"));
        Assert.That(new WinRate(0, 0).ToString(), Is.EqualTo("– (0/0)"));
    }

    private static Interaction Row(string deal, InteractionAction action, string? outcome, string industry = "Insurance", string content = "CNT-1") =>
        new(new DateTime(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc), deal, content, action, "Jordan", "Buying", "Develop", industry, outcome);
}
