using System;
using System.Collections.Generic;
using System.Text.Json;
using CrmEnablement.Cli.Dataverse;
using CrmEnablement.Cli.IO;
using CrmEnablement.Engine.Catalog;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Cli.Tests.Dataverse;

public class ContentRecordMapperTests
{
    private readonly ContentRecordMapper _mapper = new(VocabularySet.Default);

    [Test]
    public void ToJson_MultiSelectAndChoices_AreOptionValuesWithoutTheKey()
    {
        var record = _mapper.ToRecord(Item());

        using var json = JsonDocument.Parse(ContentJson.ToJson(record, withCounters: true, bindRelated: true));

        var root = json.RootElement;
        Assert.That(root.GetProperty(ContentColumns.Challenges).GetString(), Is.EqualTo($"{Value(Facet.Challenge, "Efficiency")},{Value(Facet.Challenge, "Cost Reduction")}"));
        Assert.That(root.GetProperty(ContentColumns.Kind).GetInt32(), Is.EqualTo(Value(Facet.Kind, "ROI Model")));
        Assert.That(root.GetProperty(ContentColumns.Industries).ValueKind, Is.EqualTo(JsonValueKind.Null), "generic: no industries");
        Assert.That(root.GetProperty(ContentColumns.RelatedTrainingNavigation + "@odata.bind").GetString(), Is.EqualTo("/cen_enablementcontents(cen_externalid='TRN%201')"));
        Assert.That(root.TryGetProperty(ContentColumns.ExternalId, out _), Is.False);
    }

    [Test]
    public void ToJson_ExistingRow_LeavesTheCountersToTheEnvironment()
    {
        using var json = JsonDocument.Parse(ContentJson.ToJson(_mapper.ToRecord(Item()), withCounters: false, bindRelated: true));

        Assert.That(json.RootElement.TryGetProperty(ContentColumns.HelpfulCount, out _), Is.False);
    }

    [Test]
    public void FromJsonThenToItem_RowAsTheWebApiReturnsIt_GivesTheItemBack()
    {
        var item = Item();
        var record = _mapper.ToRecord(item);
        var row = JsonDocument.Parse(ContentJson.ToJson(record, withCounters: true, bindRelated: false)).RootElement;
        var withKey = new Dictionary<string, object?>(JsonSerializer.Deserialize<Dictionary<string, object?>>(row.GetRawText())!)
        {
            [ContentColumns.ExternalId] = item.Id,
            [ContentColumns.RelatedTrainingNavigation] = new Dictionary<string, string> { [ContentColumns.ExternalId] = "TRN 1" },
        };
        var readBack = ContentRecordMapper.FromJson(JsonDocument.Parse(JsonSerializer.Serialize(withKey)).RootElement);

        var unknown = new List<UnknownOption>();
        var again = _mapper.ToItem(readBack, unknown);

        Assert.That(readBack.ChangedFrom(record), Is.Empty);
        Assert.That(unknown, Is.Empty);
        Assert.That(Csv(again), Is.EqualTo(Csv(item)));
    }

    [Test]
    public void ToItem_OptionValueTheVocabularyLacks_IsReportedAndLeftEmpty()
    {
        var record = new ContentRecord("A", new Dictionary<string, string?> { [ContentColumns.Medium] = "999" });
        var unknown = new List<UnknownOption>();

        var item = _mapper.ToItem(record, unknown);

        Assert.That(item.Medium, Is.Null);
        Assert.That(unknown, Is.EqualTo(new[] { new UnknownOption("A", Facet.Medium, ContentColumns.Medium, "999") }));
        Assert.That(unknown[0].CatalogColumn, Is.EqualTo(CatalogColumns.Medium));
    }

    [Test]
    public void ToItem_UnknownValueAmongMultiSelectValues_ReportsOnlyThatValue()
    {
        var industry = Value(Facet.Industry, "Insurance");
        var record = new ContentRecord("A", new Dictionary<string, string?> { [ContentColumns.Industries] = $"{industry},103729999" });
        var unknown = new List<UnknownOption>();

        var item = _mapper.ToItem(record, unknown);

        Assert.That(item.Industries, Is.EqualTo(new[] { "Insurance" }));
        Assert.That(unknown, Is.EqualTo(new[] { new UnknownOption("A", Facet.Industry, ContentColumns.Industries, "103729999") }));
    }

    [Test]
    public void FromJson_RowWithoutExternalId_IsRecognisedBeforeMapping()
    {
        var row = JsonDocument.Parse($$"""{ "{{ContentColumns.PrimaryId}}": "0a1b", "{{ContentColumns.Name}}": "Untagged deck", "{{ContentColumns.ExternalId}}": null }""").RootElement;

        Assert.That(ContentRecordMapper.ExternalIdOf(row), Is.Null);
        Assert.That(ContentRecordMapper.Describe(row), Is.EqualTo(((string?)"Untagged deck", (string?)"0a1b")));
        Assert.Throws<ProtocolException>(() => ContentRecordMapper.FromJson(row));
    }

    [Test]
    public void FromJson_RelatedTrainingWithoutExternalId_KeepsItsRowId()
    {
        var row = JsonDocument.Parse($$"""
            { "{{ContentColumns.ExternalId}}": "A", "{{ContentColumns.RelatedTrainingNavigation}}": { "{{ContentColumns.PrimaryId}}": "77aa", "{{ContentColumns.ExternalId}}": null } }
            """).RootElement;

        var record = ContentRecordMapper.FromJson(row);

        Assert.That((record.RelatedTraining, record.RelatedTrainingWithoutKey), Is.EqualTo(((string?)null, (string?)"77aa")));
    }

    private static string Csv(ContentItem item)
    {
        using var text = new System.IO.StringWriter();
        CatalogCsvWriter.Write(text, new[] { item });
        return text.ToString();
    }

    private static ContentItem Item() => new()
    {
        Id = "CNT-9", Title = "ROI model", Url = "https://x.example/roi", Summary = "Line one\nline two", Kind = "ROI Model", Medium = "Web Page",
        Challenges = new[] { "Efficiency", "Cost Reduction" }, Phases = new[] { "Buying" }, Status = ContentStatus.Published,
        PublishedOn = new DateTime(2026, 1, 15, 0, 0, 0, DateTimeKind.Utc), Author = "Ravi", RelatedTraining = "TRN 1", Helpful = 4, Language = "en",
    };

    private static int Value(Facet facet, string label) => VocabularySet.Default[facet].Terms[VocabularySet.Default[facet].TryGetIndex(label, out var index) ? index : -1].Value;
}
