using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CrmEnablement.Cli.Tests.TestSupport;
using CrmEnablement.Engine.Catalog;

namespace CrmEnablement.Cli.Tests.IO;

/// <summary>The suggestions JSON that <c>cen recommend</c> writes.</summary>
public class SuggestionsJsonWriterTests
{
    private static readonly string[] Facets =
    {
        "industry", "buyerRole", "phase", "salesStage", "challenge", "pinned", "feedback", "freshness", "training",
    };

    private readonly TempDirectory _temp = new();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    [Test]
    public void Write_Samples_KeysInTheDocumentedOrder()
    {
        var result = CliRunner.Run(Samples.RecommendArgs("--format", "json"));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        using var document = JsonDocument.Parse(result.Out);
        Assert.That(SuggestionsJson.Keys(document.RootElement), Is.EqualTo(new[] { "asOf", "opportunities" }));
        var suggestions = SuggestionsJson.Opportunities(document).SelectMany(SuggestionsJson.Suggestions).ToArray();
        var reasons = suggestions.SelectMany(suggestion => suggestion.GetProperty("reasons").EnumerateArray()).ToArray();
        Assert.That(suggestions, Is.Not.Empty);
        Assert.That(reasons, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var opportunity in SuggestionsJson.Opportunities(document))
            {
                Assert.That(SuggestionsJson.Keys(opportunity), Is.EqualTo(new[] { "id", "phase", "industry", "buyerRoles", "warnings", "suggestions" }));
            }

            foreach (var suggestion in suggestions)
            {
                Assert.That(SuggestionsJson.Keys(suggestion), Is.EqualTo(new[]
                {
                    "rank", "contentId", "title", "url", "kind", "audience", "score", "forRoles", "reasons",
                }));
            }

            foreach (var reason in reasons)
            {
                Assert.That(SuggestionsJson.Keys(reason), Is.EqualTo(new[] { "facet", "value", "text" }));
                Assert.That(Facets, Does.Contain(reason.GetProperty("facet").GetString()));
            }
        });
    }

    [Test]
    public void Write_OutFile_Utf8WithoutBomEndingInOneLineFeed()
    {
        var output = _temp.PathOf("suggestions.json");

        var result = CliRunner.Run(Samples.RecommendArgs("--out", output));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        var bytes = File.ReadAllBytes(output);
        Assert.That(bytes.Take(3), Is.Not.EqualTo(Encoding.UTF8.GetPreamble()));
        Assert.That(bytes[0], Is.EqualTo((byte)'{'));
        Assert.That(bytes[^1], Is.EqualTo((byte)'\n'));
        Assert.That(bytes[^2], Is.Not.EqualTo((byte)'\n'));
        Assert.That(bytes, Has.No.Member((byte)'\r'));
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        Assert.DoesNotThrow(() => JsonDocument.Parse(text).Dispose());
    }

    [Test]
    public void Write_StandardOutput_SameTextAsTheOutFile()
    {
        var output = _temp.PathOf("suggestions.json");

        var toFile = CliRunner.Run(Samples.RecommendArgs("--out", output));
        var toStdout = CliRunner.Run(Samples.RecommendArgs());

        Assert.That(toFile.ExitCode, Is.EqualTo(ExitCodes.Ok), toFile.Error);
        Assert.That(toStdout.Out, Is.EqualTo(Encoding.UTF8.GetString(File.ReadAllBytes(output))));
    }

    [Test]
    public void Write_NonAsciiAndMarkupTitle_WrittenAsCharactersNotEscapes()
    {
        const string title = "Café – Zürich <b>\"Kit\"</b> & 日本";
        var catalog = _temp.Write("catalog.csv", new CatalogCsvBuilder().Row("A", (CatalogColumns.Title, title)).Build());
        var deals = _temp.Write("deals.json", OpportunitiesJson.Of(OpportunitiesJson.Deal("OPP-1")));
        var output = _temp.PathOf("out.json");

        var result = CliRunner.Run("recommend", "--catalog", catalog, "--opportunities", deals, "--out", output);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(output));
        Assert.That(text, Does.Contain("Café – Zürich <b>\\\"Kit\\\"</b> & 日本"));
        using var document = JsonDocument.Parse(text);
        var suggestion = SuggestionsJson.Suggestions(SuggestionsJson.Opportunity(document, "OPP-1")).Single();
        Assert.That(suggestion.GetProperty("title").GetString(), Is.EqualTo(title));
    }
}
