using System;
using System.Linq;
using System.ServiceModel;
using System.Text.Json;
using CrmEnablement.LocalSolution;
using CrmEnablement.Plugins.Dataverse;
using CrmEnablement.Plugins.Infrastructure;
using CrmEnablement.Plugins.Tests.TestSupport;
using LocalOrg.Security;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Plugins.Tests.Steps;

/// <summary>The live Custom API the opportunity form calls.</summary>
public class GetContentSuggestionsPluginTests
{
    private const int Insurance = 20;
    private const int Develop = 1;

    private Org _org = null!;
    private Guid _opportunity;

    [SetUp]
    public void SetUp()
    {
        _org = new Org();
        _org.Seed(Rows.Content("BUY-1", "ROI Model", phases: new[] { "Buying" }));
        _org.Seed(Rows.Content("BUY-2", "Value Message", phases: new[] { "Buying" }, industries: new[] { "Insurance" }, roles: new[] { "Economic Buyer" }));
        _org.Seed(Rows.Content("AWARE-1", "Insight", phases: new[] { "Awareness" }));
        var account = _org.Seed(Rows.Account(Insurance));
        _opportunity = _org.Seed(Rows.Opportunity(account, Develop, "Economic Buyer"));
    }

    [Test]
    public void Execute_Deal_ReturnsTheRecommendShapeForOneDeal()
    {
        using var document = JsonDocument.Parse(CustomApi.Json(_org.Rep, _opportunity));

        var root = document.RootElement;
        Assert.That(root.EnumerateObject().Select(property => property.Name), Is.EqualTo(new[] { "id", "phase", "industry", "buyerRoles", "warnings", "suggestions" }));
        Assert.That(root.GetProperty("id").GetString(), Is.EqualTo(_opportunity.ToString("D")));
        Assert.That(root.GetProperty("phase").GetString(), Is.EqualTo("Buying"));
        var first = root.GetProperty("suggestions")[0];
        Assert.That(first.EnumerateObject().Select(property => property.Name), Is.EqualTo(new[]
        {
            "rank", "contentId", "title", "url", "kind", "audience", "score", "forRoles", "reasons",
        }));
        Assert.That(first.GetProperty("contentId").GetString(), Is.EqualTo("BUY-2"), "industry and role specific beats generic");
        Assert.That(first.GetProperty("reasons").EnumerateArray().Select(reason => reason.GetProperty("facet").GetString()), Does.Contain("industry").And.Contain("buyerRole"));
    }

    [Test]
    public void Execute_NewUnsavedRecord_AsksToSaveFirst()
    {
        var error = Assert.Throws<FaultException<OrganizationServiceFault>>(() => CustomApi.Json(_org.Rep, Guid.Empty));

        Assert.That(error!.Message, Is.EqualTo(PluginTexts.SaveFirst));
    }

    [Test]
    public void Execute_MissingOpportunity_SaysItDoesNotExistOrCannotBeRead()
    {
        var missing = Guid.Parse("0badf00d-0000-0000-0000-000000000001");

        var error = Assert.Throws<FaultException<OrganizationServiceFault>>(() => CustomApi.Json(_org.Rep, missing));

        Assert.That(error!.Message, Is.EqualTo(PluginTexts.OpportunityNotFound(missing)));
    }

    [Test]
    public void Execute_Warm_AtMostThreeServiceCalls()
    {
        CustomApi.Json(_org.Rep, _opportunity);

        CustomApi.Json(_org.Rep, _opportunity);

        var warm = _org.Local.Executions.Last(execution => execution.MessageName == MessageNames.GetContentSuggestions);
        Assert.That(warm.ServiceCalls, Has.Count.LessThanOrEqualTo(3), string.Join(", ", warm.ServiceCalls.Select(call => call.MessageName)));
        var cold = _org.Local.Executions.First(execution => execution.MessageName == MessageNames.GetContentSuggestions);
        Assert.That(cold.ServiceCalls, Has.Count.GreaterThan(warm.ServiceCalls.Count), "the first call reads the catalogue");
    }

    [Test]
    public void Execute_ContentTheUserCannotRead_IsNotSuggested()
    {
        var lead = _org.Local.AddUser("Lena Lead", new SecurityRole("Lead").GrantAll(ContentSchema.Table, PrivilegeDepth.User));
        _org.Local.CreateService(lead).Create(Rows.Content("SECRET-1", "Competitive Battlecard", phases: new[] { "Buying" }, industries: new[] { "Insurance" }));
        var ownContentOnly = _org.Local.AddUser("Omar Own", EnablementUserRole.Create(PrivilegeDepth.User));
        _org.Seed(Rows.Content("OWN-1", "Solution Brief", phases: new[] { "Buying" }).OwnedBy(ownContentOnly));

        var forRep = CustomApi.ContentIds(_org.Rep, _opportunity);
        var forRestricted = CustomApi.ContentIds(_org.Local.CreateService(ownContentOnly), _opportunity);

        Assert.That(forRep, Does.Contain("SECRET-1").And.Contain("OWN-1"));
        Assert.That(forRestricted, Does.Contain("OWN-1"), "content the user owns is readable at User depth");
        Assert.That(forRestricted, Does.Not.Contain("SECRET-1"), "content owned by others is invisible at User depth");
    }

    [Test]
    public void Execute_StakeholderAdded_IsReflectedAtOnce()
    {
        var before = CustomApi.ContentIds(_org.Rep, _opportunity);
        var role = _org.Seed(new Entity(RelatedSchema.ConnectionRole) { [RelatedSchema.RoleName] = "Technical Buyer", [RelatedSchema.RoleCategory] = new OptionSetValue(RelatedSchema.StakeholderCategory) });
        _org.Seed(Rows.Content("TECH-1", "Solution Brief", phases: new[] { "Buying" }, roles: new[] { "Technical Buyer" }));
        var contact = _org.Seed(new Entity(RelatedSchema.Contact) { [RelatedSchema.FullName] = "Priya Raman" });
        _org.Seed(new Entity(RelatedSchema.Connection)
        {
            [RelatedSchema.Record1] = new EntityReference(OpportunitySchema.Table, _opportunity),
            [RelatedSchema.Record2] = new EntityReference(RelatedSchema.Contact, contact),
            [RelatedSchema.Record2Role] = new EntityReference(RelatedSchema.ConnectionRole, role),
        });
        _org.Admin.Update(new Entity(ContentSchema.Table, _org.Local.Rows(ContentSchema.Table).Single(row => (string)row[ContentSchema.ExternalId] == "TECH-1").Id) { [ContentSchema.Pinned] = true });

        using var document = JsonDocument.Parse(CustomApi.Json(_org.Rep, _opportunity));

        Assert.That(before, Does.Not.Contain("TECH-1"));
        var tech = document.RootElement.GetProperty("suggestions").EnumerateArray().Single(s => s.GetProperty("contentId").GetString() == "TECH-1");
        Assert.That(tech.GetProperty("reasons").EnumerateArray().Select(reason => reason.GetProperty("text").GetString()), Does.Contain("For the Technical Buyer: Priya Raman"));
    }

    [Test]
    public void Execute_InvalidSettings_UsesDefaultsAndTracesTheProblem()
    {
        _org.SetSettings("{ \"topK\": 0 }");

        var ids = CustomApi.ContentIds(_org.Rep, _opportunity);

        Assert.That(ids, Is.EqualTo(new[] { "BUY-2", "BUY-1" }));
        Assert.That(_org.Local.TraceLog.Select(line => line.Message), Has.Some.Contains("cen_SuggestionSettings environment variable is invalid").And.Some.Contains("topK"));
    }

    [Test]
    public void Execute_MalformedSettings_UsesDefaultsAndTracesOneLineNamingTheProblem()
    {
        _org.SetSettings("{ not json");

        var ids = CustomApi.ContentIds(_org.Rep, _opportunity);

        Assert.That(ids, Is.EqualTo(new[] { "BUY-2", "BUY-1" }), "the default settings");
        var complaints = _org.Local.TraceLog.Where(line => line.Message.Contains(PluginTexts.BadSettings(""))).ToList();
        Assert.That(complaints, Has.Count.EqualTo(1));
        Assert.That(complaints[0].Message, Does.Contain("not valid JSON"));
    }

    [Test]
    public void Execute_ValidSettings_AreUsed()
    {
        _org.SetSettings("{ \"topK\": 1 }");

        Assert.That(CustomApi.ContentIds(_org.Rep, _opportunity), Is.EqualTo(new[] { "BUY-2" }));
    }

    [Test]
    public void Execute_DealWithALanguage_LeavesOutContentInAnotherLanguage()
    {
        var german = Rows.Content("BUY-DE", "Solution Brief", phases: new[] { "Buying" });
        german[ContentSchema.Language] = "de";
        _org.Seed(german);
        var english = Rows.Content("BUY-EN", "Proposal Template", phases: new[] { "Buying" });
        english[ContentSchema.Language] = "en";
        _org.Seed(english);

        _org.Admin.Update(new Entity(OpportunitySchema.Table, _opportunity) { [OpportunitySchema.Language] = "de" });

        Assert.That(CustomApi.ContentIds(_org.Rep, _opportunity), Does.Contain("BUY-DE").And.Not.Contain("BUY-EN").And.Contain("BUY-1"),
            "untagged content fits every language");
    }
}
