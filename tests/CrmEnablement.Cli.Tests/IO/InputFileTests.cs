using System.Linq;
using System.Text;
using CrmEnablement.Cli.Tests.TestSupport;

namespace CrmEnablement.Cli.Tests.IO;

/// <summary>Reading input files as UTF-8, or saying why not, seen through <c>cen</c>.</summary>
public class InputFileTests
{
    private readonly TempDirectory _temp = new();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    [Test]
    public void ReadText_MissingCatalogForValidate_ExitsTwoNamingThePath()
    {
        var path = _temp.PathOf("no-such-catalog.csv");

        var result = CliRunner.Run("validate", "--catalog", path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { CliMessages.FileNotFound("catalogue", path) }));
        Assert.That(result.Out, Is.Empty);
    }

    [TestCase("--catalog", "catalogue")]
    [TestCase("--opportunities", "opportunities file")]
    [TestCase("--settings", "settings file")]
    public void ReadText_MissingFileForRecommend_ExitsTwoNamingThePath(string option, string what)
    {
        var path = _temp.PathOf("missing-" + option.TrimStart('-'));
        var args = Samples.RecommendArgs().ToList();
        var at = args.IndexOf(option);
        if (at < 0)
        {
            args.AddRange(new[] { option, path });
        }
        else
        {
            args[at + 1] = path;
        }

        var result = CliRunner.Run(args.ToArray());

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines, Does.Contain(CliMessages.FileNotFound(what, path)));
        Assert.That(result.Out, Is.Empty);
    }

    [Test]
    public void ReadText_FolderGivenAsCatalog_ExitsTwoSayingItIsAFolder()
    {
        var result = CliRunner.Run("validate", "--catalog", _temp.Path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { CliMessages.IsDirectory("catalogue", _temp.Path) }));
    }

    [TestCase("utf-16")]
    [TestCase("latin-1")]
    [TestCase("garbage")]
    public void ReadText_CatalogNotUtf8_ExitsTwoWithNotUtf8(string encoding)
    {
        var text = new CatalogCsvBuilder().Row("A", ("title", "Café crème")).Build();
        var bytes = encoding switch
        {
            "utf-16" => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(),
            "latin-1" => Encoding.Latin1.GetBytes(text),
            _ => new byte[] { 0xFF, 0xFE, 0x00, 0xC3, 0x28, 0x41, 0x0A },
        };
        var path = _temp.WriteBytes("catalog.csv", bytes);

        var result = CliRunner.Run("validate", "--catalog", path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { CliMessages.NotUtf8("catalogue", path) }));
        Assert.That(result.Out, Is.Empty);
    }

    [Test]
    public void ReadText_OpportunitiesNotUtf8_ExitsTwoWithNotUtf8()
    {
        var path = _temp.WriteBytes("deals.json", Encoding.Latin1.GetBytes("[ { \"id\": \"OPP-1\", \"name\": \"Café\", \"status\": \"Open\" } ]"));
        var catalog = _temp.Write("catalog.csv", new CatalogCsvBuilder().Row("A").Build());

        var result = CliRunner.Run("recommend", "--catalog", catalog, "--opportunities", path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines, Does.Contain(CliMessages.NotUtf8("opportunities file", path)));
    }

    [Test]
    public void ReadText_JsonInputsWithBom_AreRead()
    {
        var bom = Encoding.UTF8.GetPreamble();
        var deals = _temp.WriteBytes("deals.json", bom.Concat(Encoding.UTF8.GetBytes(OpportunitiesJson.Of(OpportunitiesJson.Deal("OPP-1")))).ToArray());
        var settings = _temp.WriteBytes("settings.json", bom.Concat(Encoding.UTF8.GetBytes("{ \"topK\": 5 }")).ToArray());
        var catalog = _temp.Write("catalog.csv", new CatalogCsvBuilder().Row("A").Build());

        var result = CliRunner.Run("recommend", "--catalog", catalog, "--opportunities", deals, "--settings", settings, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.Out, Does.Contain("\"contentId\": \"A\""));
    }
}
