using System;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using CrmEnablement.Cli.Tests.TestSupport;
using CrmEnablement.Plugins.Dataverse;

namespace CrmEnablement.Cli.Tests.Sandbox;

public sealed class OpportunityFormsTests
{
    [Test]
    public async Task List_NamesEveryDealOfTheFileInOrder()
    {
        await using var sandbox = await RunningSandbox.StartAsync();

        var deals = await sandbox.GetJsonAsync("/api/opportunities");

        Assert.That(deals.EnumerateArray().Select(deal => deal.GetProperty("fileId").GetString()), Is.EqualTo(Samples.OpportunityIds()));
        Assert.That(deals[0].GetProperty("name").GetString(), Is.EqualTo("Northwind Mutual – Claims Platform Renewal"));
    }

    [Test]
    public async Task Form_GivesValuesTextsAndChoices()
    {
        await using var sandbox = await RunningSandbox.StartAsync();

        var form = await sandbox.GetJsonAsync("/api/opportunities/" + sandbox.DealId("OPP-1001"));
        var attributes = form.GetProperty("attributes");

        Assert.That(attributes.GetProperty("salesstage").GetProperty("value").GetInt32(), Is.EqualTo(1));
        Assert.That(attributes.GetProperty("salesstage").GetProperty("text").GetString(), Is.EqualTo("Develop"));
        Assert.That(attributes.GetProperty("statecode").GetProperty("text").GetString(), Is.EqualTo("Open"));
        Assert.That(attributes.GetProperty("cen_journeyphase").GetProperty("value").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(attributes.GetProperty("cen_customerchallenges").GetProperty("text").EnumerateArray().Select(text => text.GetString()),
            Is.EqualTo(new[] { "Efficiency", "Cost Reduction" }));
        Assert.That(form.GetProperty("options").GetProperty("salesstage").EnumerateArray().Select(option => option.GetProperty("label").GetString()),
            Is.EqualTo(new[] { "Qualify", "Develop", "Propose", "Close" }));
        Assert.That(form.GetProperty("options").GetProperty("cen_journeyphase").GetArrayLength(), Is.EqualTo(3));
        Assert.That(form.GetProperty("user").GetProperty("languageId").GetInt32(), Is.EqualTo(1033));
    }

    [Test]
    public async Task Form_RepSpeaksGerman_HandsThePanelTheirLanguage()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        sandbox.Organization.RepLanguageId = 1031;

        var form = await sandbox.GetJsonAsync("/api/opportunities/" + sandbox.DealId("OPP-1001"));

        Assert.That(form.GetProperty("user").GetProperty("languageId").GetInt32(), Is.EqualTo(1031));
    }

    [Test]
    public async Task Form_UnknownOpportunity_IsNotFound()
    {
        await using var sandbox = await RunningSandbox.StartAsync();

        var response = await sandbox.Http.GetAsync("/api/opportunities/" + Guid.NewGuid());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("\"code\":\"0x80040217\""));
    }

    [Test]
    public async Task Save_StageBackToQualify_RunsTheUpdateStepAndMovesTheDealToAwareness()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var id = sandbox.DealId("OPP-1001");
        var before = sandbox.Organization.Local.Find(OpportunitySchema.Table, id)!.GetAttributeValue<DateTime>(OpportunitySchema.SuggestionsRefreshedOn);

        var response = await sandbox.PostJsonAsync("/api/opportunities/" + id, "{\"salesstage\":0,\"cen_journeyphase\":null,\"statecode\":0}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var after = sandbox.Organization.Local.Find(OpportunitySchema.Table, id)!;
        Assert.That(after.GetAttributeValue<Microsoft.Xrm.Sdk.OptionSetValue>(OpportunitySchema.SalesStage).Value, Is.EqualTo(0));
        Assert.That(after.GetAttributeValue<DateTime>(OpportunitySchema.SuggestionsRefreshedOn), Is.GreaterThan(before), "the async step ran within the save");
        Assert.That((await sandbox.SuggestionsAsync(id)).GetProperty("phase").GetString(), Is.EqualTo("Awareness"));
    }

    [Test]
    public async Task Save_PhaseOverride_WinsOverTheStage()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var id = sandbox.DealId("OPP-1001");

        await sandbox.PostJsonAsync("/api/opportunities/" + id, "{\"cen_journeyphase\":103720002}");

        Assert.That((await sandbox.SuggestionsAsync(id)).GetProperty("phase").GetString(), Is.EqualTo("Implementation & Adoption"));
    }

    [Test]
    public async Task Save_Won_ClosesTheDealThroughWinAndThenReopens()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var id = sandbox.DealId("OPP-1001");

        var won = await sandbox.PostJsonAsync("/api/opportunities/" + id, "{\"statecode\":1}");
        var wonForm = JsonDocument.Parse(await won.Content.ReadAsStringAsync()).RootElement;
        var wonPhase = (await sandbox.SuggestionsAsync(id)).GetProperty("phase").GetString();
        await sandbox.PostJsonAsync("/api/opportunities/" + id, "{\"statecode\":0}");

        Assert.That(wonForm.GetProperty("attributes").GetProperty("statecode").GetProperty("text").GetString(), Is.EqualTo("Won"));
        Assert.That(sandbox.Organization.Local.Rows("opportunityclose"), Has.Count.EqualTo(1));
        Assert.That(wonPhase, Is.EqualTo("Implementation & Adoption"));
        Assert.That((await sandbox.SuggestionsAsync(id)).GetProperty("phase").GetString(), Is.EqualTo("Buying"));
    }

    [TestCase("{\"statecode\":7}")]
    [TestCase("{\"salesstage\":\"Close\"}")]
    [TestCase("[1]")]
    [TestCase("not json")]
    public async Task Save_BadBody_IsABadRequestWithAMessage(string body)
    {
        await using var sandbox = await RunningSandbox.StartAsync();

        var response = await sandbox.PostJsonAsync("/api/opportunities/" + sandbox.DealId("OPP-1001"), body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("\"message\""));
    }
}
