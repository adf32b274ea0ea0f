using System.Linq;
using CrmEnablement.Engine.Catalog;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Tests.TestSupport;
using CrmEnablement.Engine.Vocabularies;
using static CrmEnablement.Engine.Tests.TestSupport.CatalogRowBuilder;

namespace CrmEnablement.Engine.Tests.Catalog;

/// <summary>One cell's checks: every row here is otherwise valid, so the only problem is the cell's.</summary>
public partial class CatalogValidatorTests
{
    [TestCase(CatalogColumns.Industries, Facet.Industry, "Insurence", "Insurance")]
    [TestCase(CatalogColumns.BuyerRoles, Facet.BuyerRole, "Economic Buyr", "Economic Buyer")]
    [TestCase(CatalogColumns.Phases, Facet.Phase, "Awarenes", "Awareness")]
    [TestCase(CatalogColumns.SalesStages, Facet.SalesStage, "Proposal", "Propose")]
    [TestCase(CatalogColumns.Challenges, Facet.Challenge, "Growht", "Growth")]
    [TestCase(CatalogColumns.Kind, Facet.Kind, "Case Studdy", "Case Study")]
    [TestCase(CatalogColumns.Medium, Facet.Medium, "Vidoe", "Video")]
    [TestCase(CatalogColumns.Audience, Facet.Audience, "Internl", "Internal")]
    [TestCase(CatalogColumns.Status, Facet.Status, "Publishd", "Published")]
    public void Validate_UnknownLabel_NamesVocabularyAndClosestLabel(string column, Facet facet, string label, string closest)
    {
        var validation = CatalogFile.Validate(Row("A").With(column, label));

        Assert.That(validation.Problems, Is.EqualTo(new[] { new CatalogProblem(2, column, CatalogMessages.UnknownLabel(facet, label, closest)) }));
        Assert.That(validation.Problems[0].Message, Does.Contain(FacetNames.Display(facet)));
        Assert.That(validation.Items, Is.Empty);
    }

    [Test]
    public void Validate_OneUnknownLabelInList_ReportsThatPart()
    {
        var validation = CatalogFile.Validate(Row("A").With(CatalogColumns.Industries, "Insurance; Space Tourism"));

        Assert.That(validation.Problems.Single().Message, Does.StartWith("'Space Tourism' is not a"));
    }

    [TestCase("javascript:alert(1)")]
    [TestCase("ftp://files.example/a.pdf")]
    [TestCase("docs/a.pdf")]
    [TestCase("/docs/a.pdf")]
    [TestCase("www.example.com/a.pdf")]
    [TestCase("mailto:enablement@example.com")]
    public void Validate_UrlNotHttp_Problem(string url)
    {
        var validation = CatalogFile.Validate(Row("A").With(CatalogColumns.Url, url));

        Assert.That(validation.Problems, Is.EqualTo(new[] { new CatalogProblem(2, CatalogColumns.Url, CatalogMessages.NotHttpUrl(url)) }));
    }

    [TestCase("https://rep:secret@enablement.example/a")]
    [TestCase("https://rep@enablement.example/a")]
    public void Validate_UrlWithCredentials_Problem(string url)
    {
        var validation = CatalogFile.Validate(Row("A").With(CatalogColumns.Url, url));

        Assert.That(validation.Problems, Is.EqualTo(new[] { new CatalogProblem(2, CatalogColumns.Url, CatalogMessages.UrlWithCredentials) }));
    }

    [TestCase("http://enablement.example/a")]
    [TestCase("HTTPS://Enablement.Example/a?b=c&d=e#f")]
    public void Validate_HttpOrHttpsUrl_Accepted(string url)
    {
        Assert.That(CatalogFile.Validate(Row("A").With(CatalogColumns.Url, url)).Problems, Is.Empty);
    }

    [TestCase(CatalogColumns.PublishedOn, "26/11/2026")]
    [TestCase(CatalogColumns.PublishedOn, "2026-02-30")]
    [TestCase(CatalogColumns.ExpiresOn, "next year")]
    [TestCase(CatalogColumns.ExpiresOn, "2026-11-26T10:00")]
    public void Validate_BadDate_ProblemExpectsIsoFormat(string column, string text)
    {
        var validation = CatalogFile.Validate(Row("A").With(column, text));

        Assert.That(validation.Problems, Is.EqualTo(new[] { new CatalogProblem(2, column, CatalogMessages.BadDate(text)) }));
        Assert.That(validation.Problems[0].Message, Does.Contain("yyyy-MM-dd"));
    }

    [Test]
    public void Validate_ExpiresBeforePublished_Problem()
    {
        var validation = CatalogFile.Validate(Row("A").With(CatalogColumns.PublishedOn, "2026-11-26").With(CatalogColumns.ExpiresOn, "2026-11-25"));

        Assert.That(validation.Problems, Is.EqualTo(new[] { new CatalogProblem(2, CatalogColumns.ExpiresOn, CatalogMessages.ExpiresBeforePublished("2026-11-25", "2026-11-26")) }));
    }

    [Test]
    public void Validate_ExpiresOnPublicationDay_AcceptedWithDates()
    {
        var validation = CatalogFile.Validate(Row("A").With(CatalogColumns.PublishedOn, TestDates.AsOfText).With(CatalogColumns.ExpiresOn, TestDates.AsOfText));

        Assert.That(validation.Problems, Is.Empty);
        Assert.That(validation.ContentItems.Single().ExpiresOn, Is.EqualTo(TestDates.AsOf));
    }

    [TestCase(CatalogColumns.Id)]
    [TestCase(CatalogColumns.Title)]
    [TestCase(CatalogColumns.Url)]
    [TestCase(CatalogColumns.Kind)]
    [TestCase(CatalogColumns.Audience)]
    [TestCase(CatalogColumns.Status)]
    public void Validate_RequiredValueEmpty_Problem(string column)
    {
        var validation = CatalogFile.Validate(Row("A").With(column, "  "));

        Assert.That(validation.Problems, Is.EqualTo(new[] { new CatalogProblem(2, column, CatalogMessages.MissingValue) }));
    }

    [TestCase(CatalogColumns.Helpful, "-1")]
    [TestCase(CatalogColumns.Helpful, "1.5")]
    [TestCase(CatalogColumns.NotHelpful, "many")]
    [TestCase(CatalogColumns.NotHelpful, "99999999999")]
    public void Validate_BadCount_Problem(string column, string text)
    {
        var validation = CatalogFile.Validate(Row("A").With(column, text));

        Assert.That(validation.Problems, Is.EqualTo(new[] { new CatalogProblem(2, column, CatalogMessages.BadCount(text)) }));
    }

    [TestCase("yes")]
    [TestCase("1")]
    [TestCase("pinned")]
    public void Validate_BadBoolean_Problem(string text)
    {
        var validation = CatalogFile.Validate(Row("A").With(CatalogColumns.Pinned, text));

        Assert.That(validation.Problems, Is.EqualTo(new[] { new CatalogProblem(2, CatalogColumns.Pinned, CatalogMessages.ExpectedBoolean) }));
    }

    [TestCase("english")]
    [TestCase("en_US")]
    [TestCase("e")]
    [TestCase("de-")]
    public void Validate_BadLanguage_Problem(string text)
    {
        var validation = CatalogFile.Validate(Row("A").With(CatalogColumns.Language, text));

        Assert.That(validation.Problems, Is.EqualTo(new[] { new CatalogProblem(2, CatalogColumns.Language, CatalogMessages.BadLanguage(text)) }));
    }

    [TestCase("pt-BR", "pt-br")]
    [TestCase("DE", "de")]
    public void Validate_LanguageCode_AcceptedInLowerCase(string text, string expected)
    {
        var validation = CatalogFile.Validate(Row("A").With(CatalogColumns.Language, text));

        Assert.That(validation.ContentItems.Single().Language, Is.EqualTo(expected));
    }

    [Test]
    public void Validate_TitleTooLong_Problem()
    {
        var validation = CatalogFile.Validate(Row("A").With(CatalogColumns.Title, new string('x', 201)), Row("B").With(CatalogColumns.Title, new string('x', 200)));

        Assert.That(validation.Problems, Is.EqualTo(new[] { new CatalogProblem(2, CatalogColumns.Title, CatalogMessages.TooLong(201, 200)) }));
    }

    [Test]
    public void Validate_ControlCharacterInTitle_Problem()
    {
        var validation = CatalogFile.Validate(Row("A").With(CatalogColumns.Title, "Bell\u0007 title"));

        Assert.That(validation.Problems, Is.EqualTo(new[] { new CatalogProblem(2, CatalogColumns.Title, CatalogMessages.ControlCharacters) }));
    }

    [Test]
    public void Validate_LineBreakInSummary_Accepted()
    {
        var validation = CatalogFile.Validate(Row("A").With(CatalogColumns.Summary, "First line\nsecond line"));

        Assert.That(validation.ContentItems.Single().Summary, Is.EqualTo("First line\nsecond line"));
    }

    [Test]
    public void Validate_ListCell_SplitOnSemicolonInVocabularyOrder()
    {
        var validation = CatalogFile.Validate(Row("A")
            .With(CatalogColumns.Industries, "Wholesale; accounting ;;Insurance")
            .With(CatalogColumns.Challenges, "Risk and Compliance;growth;Growth"));

        var item = validation.ContentItems.Single();
        Assert.That(item.Industries, Is.EqualTo(new[] { "Accounting", "Insurance", "Wholesale" }));
        Assert.That(item.Challenges, Is.EqualTo(new[] { "Growth", "Risk & Compliance" }));
    }

    [Test]
    public void Validate_MarkupInTitle_KeptAsText()
    {
        var validation = CatalogFile.Validate(Row("A").With(CatalogColumns.Title, "<b>x</b> & <script>alert(1)</script>"));

        Assert.That(validation.ContentItems.Single().Title, Is.EqualTo("<b>x</b> & <script>alert(1)</script>"));
    }

    [Test]
    public void Validate_AliasesAndOtherCase_CanonicalLabelsAndTypedValues()
    {
        var validation = CatalogFile.Validate(Row("A")
            .With(CatalogColumns.Audience, "external").With(CatalogColumns.Kind, "case study").With(CatalogColumns.Status, "RETIRED")
            .With(CatalogColumns.Pinned, "TRUE").With(CatalogColumns.Helpful, "7").With(CatalogColumns.PublishedOn, "2026-01-15"));

        var item = validation.ContentItems.Single();
        Assert.That((item.IsInternal, item.Kind, item.Status, item.Pinned, item.Helpful), Is.EqualTo((false, "Case Study", ContentStatus.Retired, true, 7)));
        Assert.That(item.PublishedOn, Is.EqualTo(new System.DateTime(2026, 1, 15)));
    }

    [Test]
    public void Validate_InternalAudience_InternalItem()
    {
        Assert.That(CatalogFile.Validate(Row("A").Internal()).ContentItems.Single().IsInternal, Is.True);
    }
}
