using System;
using CrmEnablement.Engine.Model;

namespace CrmEnablement.Engine.Tests.TestSupport;

/// <summary>
/// Builds a <see cref="ContentItem"/>: by default a published, client-facing, untagged (generic)
/// case study without a publication date or votes, so it earns no points a test did not ask for.
/// </summary>
internal sealed class ContentItemBuilder
{
    private ContentItem _item;

    private ContentItemBuilder(string id)
    {
        _item = new ContentItem
        {
            Id = id,
            Title = "Title of " + id,
            Url = "https://enablement.example/content/" + id,
            Kind = "Case Study",
            Status = ContentStatus.Published,
        };
    }

    public static ContentItemBuilder Item(string id) => new(id);

    public static implicit operator ContentItem(ContentItemBuilder builder) => builder.Build();

    public ContentItemBuilder Title(string title) => Set(_item with { Title = title });

    public ContentItemBuilder Kind(string kind) => Set(_item with { Kind = kind });

    public ContentItemBuilder Internal() => Set(_item with { IsInternal = true });

    public ContentItemBuilder Industries(params string[] labels) => Set(_item with { Industries = labels });

    public ContentItemBuilder Roles(params string[] labels) => Set(_item with { BuyerRoles = labels });

    public ContentItemBuilder Phases(params string[] labels) => Set(_item with { Phases = labels });

    public ContentItemBuilder Stages(params string[] labels) => Set(_item with { SalesStages = labels });

    public ContentItemBuilder Challenges(params string[] labels) => Set(_item with { Challenges = labels });

    public ContentItemBuilder Language(string? code) => Set(_item with { Language = code });

    public ContentItemBuilder Status(ContentStatus status) => Set(_item with { Status = status });

    public ContentItemBuilder PublishedOn(DateTime? date) => Set(_item with { PublishedOn = date });

    public ContentItemBuilder PublishedDaysAgo(int days) => PublishedOn(TestDates.DaysAgo(days));

    public ContentItemBuilder ExpiresOn(DateTime? date) => Set(_item with { ExpiresOn = date });

    public ContentItemBuilder Pinned() => Set(_item with { Pinned = true });

    public ContentItemBuilder Refresher(string trainingId) => Set(_item with { RelatedTraining = trainingId });

    public ContentItemBuilder Votes(int helpful, int notHelpful) => Set(_item with { Helpful = helpful, NotHelpful = notHelpful });

    public ContentItem Build() => _item;

    private ContentItemBuilder Set(ContentItem item)
    {
        _item = item;
        return this;
    }
}
