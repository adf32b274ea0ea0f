using System.Globalization;
using System.Linq;
using System.Text;
using CrmEnablement.Engine.Catalog;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.ImportBenchmarks;

/// <summary>A catalogue CSV of any size with the sample catalogue's mix: tags, one training module per 20 items as refreshers.</summary>
internal static class SyntheticCatalog
{
    public static string Build(int rows)
    {
        var text = new StringBuilder(string.Join(",", CatalogColumns.All)).Append('\n');
        var industries = DefaultVocabularies.Industries;
        var roles = DefaultVocabularies.BuyerRoles;
        var kinds = DefaultVocabularies.Kinds.Where(kind => kind != "Training Module").ToArray();
        for (var index = 1; index <= rows; index++)
        {
            var training = index % 20 == 0;
            var id = $"BEN-{index:000000}";
            var cells = new[]
            {
                id, $"\"Item {index}: {industries[index % industries.Count]}, {roles[index % roles.Count]}\"", $"https://enablement.example/content/{id}",
                $"\"Summary of item {index}, with a comma\"", training ? "Training Module" : kinds[index % kinds.Length], training ? "Internal" : "Client-facing",
                "Document", $"\"{industries[index % industries.Count]}\"", $"{roles[index % roles.Count]};{roles[(index + 3) % roles.Count]}",
                DefaultVocabularies.Phases[index % 3], index % 4 == 0 ? "" : DefaultVocabularies.SalesStages[index % 4], DefaultVocabularies.Challenges[index % 6],
                "en", index % 10 == 0 ? "Draft" : "Published", "2026-01-15", "", "Bench Author", index % 50 == 0 ? "true" : "false",
                !training && index % 7 == 0 ? $"BEN-{(index / 20 + 1) * 20:000000}" : "", (index % 13).ToString(CultureInfo.InvariantCulture), "0",
            };
            text.Append(string.Join(",", cells)).Append('\n');
        }

        return text.ToString();
    }
}
