using System;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using CrmEnablement.Cli.Tests.TestSupport;
using CrmEnablement.Plugins.Dataverse;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Cli.Tests.Sandbox;

public sealed class WebApiBridgeTests
{
    private static string Dismiss(Guid opportunity, string contentId) =>
        $"{{\"cen_action\":{(int)InteractionAction.Dismissed},\"cen_OpportunityId@odata.bind\":\"/opportunities({opportunity})\"," +
        $"\"cen_ContentId@odata.bind\":\"/cen_enablementcontents(cen_externalid='{contentId}')\"}}";

    [Test]
    public async Task Execute_GetContentSuggestions_AnswersWhatCenRecommendAnswersForEverySampleDeal()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var recommend = CliRunner.Run(Samples.RecommendArgs("--format", "json"));
        using var offline = JsonDocument.Parse(recommend.Out);

        foreach (var expected in offline.RootElement.GetProperty("opportunities").EnumerateArray())
        {
            var deal = expected.GetProperty("id").GetString()!;
            var live = await sandbox.SuggestionsAsync(sandbox.DealId(deal));

            Assert.That(live.GetProperty("phase").GetString(), Is.EqualTo(expected.GetProperty("phase").GetString()), deal);
            Assert.That(live.GetProperty("suggestions").EnumerateArray().Select(s => s.GetProperty("contentId").GetString()),
                Is.EqualTo(expected.GetProperty("suggestions").EnumerateArray().Select(s => s.GetProperty("contentId").GetString())), deal);
        }

        var first = await sandbox.SuggestionsAsync(sandbox.DealId("OPP-1001"));
        Assert.That(first.GetProperty("suggestions")[0].GetProperty("reasons").GetArrayLength(), Is.GreaterThan(0));
    }

    [Test]
    public async Task Execute_DismissedInTheFile_IsNeverSuggested()
    {
        await using var sandbox = await RunningSandbox.StartAsync();

        var live = await sandbox.SuggestionsAsync(sandbox.DealId("OPP-1001"));

        Assert.That(live.GetProperty("suggestions").EnumerateArray().Select(s => s.GetProperty("contentId").GetString()), Does.Not.Contain("CNT-0037"));
    }

    [Test]
    public async Task Execute_GuidInBraces_IsAccepted()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var id = "{" + sandbox.DealId("OPP-1001").ToString("D").ToUpperInvariant() + "}";

        var response = await sandbox.PostJsonAsync("/api/xrm/execute",
            $"{{\"operationName\":\"cen_GetContentSuggestions\",\"parameters\":{{\"OpportunityId\":{{\"value\":\"{id}\",\"typeName\":\"Edm.Guid\"}}}}}}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Execute_UnknownOpportunity_AnswersThePluginsErrorAsTheWebApiDoes()
    {
        await using var sandbox = await RunningSandbox.StartAsync();

        var response = await sandbox.PostJsonAsync("/api/xrm/execute",
            $"{{\"operationName\":\"cen_GetContentSuggestions\",\"parameters\":{{\"OpportunityId\":{{\"value\":\"{Guid.NewGuid()}\",\"typeName\":\"Edm.Guid\"}}}}}}");
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(error.RootElement.GetProperty("error").GetProperty("code").GetString(), Is.EqualTo("0x80040265"));
        Assert.That(error.RootElement.GetProperty("error").GetProperty("message").GetString(), Is.Not.Empty);
    }

    [Test]
    public async Task Execute_ValueThatCannotBeConverted_AnswersWhatWentWrong()
    {
        await using var sandbox = await RunningSandbox.StartAsync();

        var response = await sandbox.PostJsonAsync("/api/xrm/execute",
            "{\"operationName\":\"cen_GetContentSuggestions\",\"parameters\":{\"Record\":{\"value\":{\"entityType\":\"opportunity\",\"id\":\"not-a-guid\"}}}}");
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(error.RootElement.GetProperty("error").GetProperty("message").GetString(), Is.Not.Empty);
    }

    [Test]
    public async Task Execute_WithoutOperationName_IsABadRequest()
    {
        await using var sandbox = await RunningSandbox.StartAsync();

        var response = await sandbox.PostJsonAsync("/api/xrm/execute", "{\"parameters\":{}}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task CreateRecord_DismissalByAlternateKey_RemovesTheItemForGood()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var id = sandbox.DealId("OPP-1001");
        var first = (await sandbox.SuggestionsAsync(id)).GetProperty("suggestions")[0].GetProperty("contentId").GetString()!;

        var response = await sandbox.PostJsonAsync("/api/xrm/records/cen_contentinteraction", Dismiss(id, first));
        using var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(created.RootElement.GetProperty("entityType").GetString(), Is.EqualTo("cen_contentinteraction"));
        Assert.That(Guid.TryParse(created.RootElement.GetProperty("id").GetString(), out _), Is.True);
        var interaction = sandbox.Organization.Local.Rows(InteractionSchema.Table).Single();
        Assert.That(interaction.GetAttributeValue<OptionSetValue>(InteractionSchema.Action).Value, Is.EqualTo((int)InteractionAction.Dismissed));
        Assert.That(interaction.GetAttributeValue<EntityReference>(InteractionSchema.Opportunity).Id, Is.EqualTo(id));
        Assert.That(interaction.GetAttributeValue<EntityReference>(InteractionSchema.Content).LogicalName, Is.EqualTo(ContentSchema.Table));
        Assert.That((await sandbox.SuggestionsAsync(id)).GetProperty("suggestions").EnumerateArray().Select(s => s.GetProperty("contentId").GetString()),
            Does.Not.Contain(first));
    }

    [Test]
    public async Task CreateRecord_Helpful_IsCountedOnTheContentRowByTheAsyncStep()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var id = sandbox.DealId("OPP-1001");
        var content = sandbox.Organization.Local.Rows(ContentSchema.Table).Single(row => row.GetAttributeValue<string>(ContentSchema.ExternalId) == "CNT-0035");
        var before = content.GetAttributeValue<int>(ContentSchema.HelpfulCount);

        await sandbox.PostJsonAsync("/api/xrm/records/cen_contentinteraction",
            $"{{\"cen_action\":{(int)InteractionAction.Helpful},\"cen_OpportunityId@odata.bind\":\"/opportunities({id})\",\"cen_ContentId@odata.bind\":\"/cen_enablementcontents({content.Id})\"}}");

        Assert.That(sandbox.Organization.Local.Find(ContentSchema.Table, content.Id)!.GetAttributeValue<int>(ContentSchema.HelpfulCount), Is.EqualTo(before + 1));
    }

    [TestCase("{\"cen_OpportunityId@odata.bind\":\"opportunities\"}")]
    [TestCase("{\"cen_OpportunityId@odata.bind\":\"/nosuchsets(00000000-0000-0000-0000-000000000001)\"}")]
    [TestCase("{\"cen_on\":\"yesterday\"}")]
    public async Task CreateRecord_UnreadableBody_IsABadRequest(string body)
    {
        await using var sandbox = await RunningSandbox.StartAsync();

        var response = await sandbox.PostJsonAsync("/api/xrm/records/cen_contentinteraction", body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task CreateRecord_ATableTheRepMayNotCreate_IsForbidden()
    {
        await using var sandbox = await RunningSandbox.StartAsync();

        var response = await sandbox.PostJsonAsync("/api/xrm/records/cen_enablementcontent", "{\"cen_name\":\"Sneaky\"}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task RetrieveRecord_IdInBracesWithSelect_AnswersTheSelectedColumns()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var id = sandbox.DealId("OPP-1001");

        var row = await sandbox.GetJsonAsync($"/api/xrm/records/opportunity/%7B{id.ToString("D").ToUpperInvariant()}%7D?options="
            + Uri.EscapeDataString("?$select=cen_suggestionsrefreshedon,salesstage,_parentaccountid_value"));

        Assert.That(row.GetProperty("opportunityid").GetString(), Is.EqualTo(id.ToString("D")));
        Assert.That(row.GetProperty("salesstage").GetInt32(), Is.EqualTo(1));
        Assert.That(row.GetProperty("cen_suggestionsrefreshedon").GetString(), Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$"));
        Assert.That(Guid.TryParse(row.GetProperty("_parentaccountid_value").GetString(), out _), Is.True);
        Assert.That(row.TryGetProperty("name", out _), Is.False);
    }

    [Test]
    public async Task RetrieveMultipleRecords_FilterOnALookup_AnswersTheDealsRows()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var id = sandbox.DealId("OPP-1001");
        var options = $"?$select=cen_suggestionstatus,cen_rank&$filter=_cen_opportunityid_value eq {id} and cen_suggestionstatus eq {(int)SuggestionStatus.Dismissed}";

        var page = await sandbox.GetJsonAsync("/api/xrm/records/cen_contentsuggestion?options=" + Uri.EscapeDataString(options));

        Assert.That(page.GetProperty("entities").GetArrayLength(), Is.EqualTo(1), "OPP-1001 dismissed CNT-0037 in the file");
    }

    [Test]
    public async Task RetrieveMultipleRecords_UnsupportedOption_IsABadRequestSayingWhatIsSupported()
    {
        await using var sandbox = await RunningSandbox.StartAsync();

        var response = await sandbox.Http.GetAsync("/api/xrm/records/opportunity?options=" + Uri.EscapeDataString("?$expand=parentaccountid"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("$select"));
    }
}
