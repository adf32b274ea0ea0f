using CrmEnablement.Cli.Tests.TestSupport;

namespace CrmEnablement.Cli.Tests;

public class CliAppTests
{
    [Test]
    public void Run_UnknownOption_ExitsTwoWithUsage()
    {
        var result = CliRunner.Run(Samples.RecommendArgs("--bogus", "1"));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Out, Is.Empty);
        Assert.That(result.Error, Does.Contain("--bogus"));
        Assert.That(result.ErrorLines, Does.Contain(CliMessages.Usage("recommend")));
    }

    [Test]
    public void Run_RecommendWithoutOpportunities_ExitsTwoNamingTheOption()
    {
        var result = CliRunner.Run("recommend", "--catalog", Samples.Catalog);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Out, Is.Empty);
        Assert.That(result.Error, Does.Contain("--opportunities"));
        Assert.That(result.ErrorLines, Does.Contain(CliMessages.Usage("recommend")));
    }

    [Test]
    public void Run_ValidateWithoutCatalog_ExitsTwoNamingTheOption()
    {
        var result = CliRunner.Run("validate");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Error, Does.Contain("--catalog"));
        Assert.That(result.ErrorLines, Does.Contain(CliMessages.Usage("validate")));
    }

    [Test]
    public void Run_ValidateFormatOutsideTextAndJson_ExitsTwo()
    {
        var result = CliRunner.Run("validate", "--catalog", Samples.Catalog, "--format", "xml");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Out, Is.Empty);
        Assert.That(result.Error, Does.Contain("xml"));
    }

    [Test]
    public void Run_RecommendFormatOutsideJsonAndTable_ExitsTwo()
    {
        var result = CliRunner.Run(Samples.RecommendArgs("--format", "csv"));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Out, Is.Empty);
        Assert.That(result.Error, Does.Contain("csv"));
    }

    [Test]
    public void Run_VerboseAfterTheCommand_IsAccepted()
    {
        var result = CliRunner.Run(Samples.RecommendArgs("--verbose"));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(SuggestionsJson.IsSuggestions(result.Out), Is.True);
    }

    [Test]
    public void Run_UnknownCommand_ExitsTwoWithRootUsage()
    {
        var result = CliRunner.Run("recomend");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines, Does.Contain("Run 'cen --help' for usage."));
    }
}
