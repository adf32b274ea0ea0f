using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using CrmEnablement.Cli.IO;
using CrmEnablement.Cli.Sandbox;
using CrmEnablement.Cli.Tests.TestSupport;

namespace CrmEnablement.Cli.Tests.Sandbox;

public sealed class SandboxServerTests
{
    [Test]
    public async Task StartAsync_PortZero_ListensOnLoopbackAtAFreePort()
    {
        await using var sandbox = await RunningSandbox.StartAsync();

        Assert.That(sandbox.Server.Url.Host, Is.EqualTo("127.0.0.1"));
        Assert.That(sandbox.Server.Url.Port, Is.GreaterThan(0));
        Assert.That(sandbox.Server.WebResourceBuilt, Is.True);
    }

    [Test]
    public async Task Root_ServesTheStaticDealListPage()
    {
        await using var sandbox = await RunningSandbox.StartAsync();

        var response = await sandbox.Http.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/html"));
        Assert.That(html, Does.Contain("<script src=\"/harness/index.js\"></script>"));
        Assert.That(html, Does.Not.Contain("Northwind"), "data reaches the page as JSON, never in the HTML");
    }

    [Test]
    public async Task OpportunityPage_IsTheFormHarnessWithLabelledFieldsAndThePanelFrame()
    {
        await using var sandbox = await RunningSandbox.StartAsync();

        var html = await sandbox.Http.GetStringAsync("/opportunity/" + sandbox.DealId("OPP-1001"));

        Assert.That(html, Does.Contain("<label for=\"salesstage\">Sales stage</label>"));
        Assert.That(html, Does.Contain("<label for=\"cen_journeyphase\">Journey phase</label>"));
        Assert.That(html, Does.Contain("<label for=\"statecode\">Status</label>"));
        Assert.That(html, Does.Contain(">Save</button>"));
        Assert.That(html, Does.Contain("id=\"WebResource_cen_suggestions\""));
        Assert.That(html, Does.Contain("<script src=\"/webresources/cen_/opportunity/form.js\"></script>"));
    }

    [TestCase("/")]
    [TestCase("/opportunity/00000000-0000-0000-0000-000000000001")]
    public async Task Pages_AreStaticTemplatesWithoutInlineScript(string path)
    {
        await using var sandbox = await RunningSandbox.StartAsync();

        var html = await sandbox.Http.GetStringAsync(path);

        Assert.That(System.Text.RegularExpressions.Regex.Matches(html, "<script(?![^>]*\\ssrc=)"), Is.Empty, "every script is a file");
        Assert.That(html, Does.Not.Match("\\son[a-z]+="), "no inline event handlers");
    }

    [TestCase("xrm.js")]
    [TestCase("harness.js")]
    [TestCase("harness.css")]
    public async Task HarnessAssets_AreServedWithTheirContentType(string name)
    {
        await using var sandbox = await RunningSandbox.StartAsync();

        var response = await sandbox.Http.GetAsync("/harness/" + name);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo(name.EndsWith(".css") ? "text/css" : "text/javascript"));
        Assert.That(response.Headers.CacheControl!.NoStore, Is.True);
    }

    [Test]
    public async Task WebResources_ServesTheBuiltFiles()
    {
        await using var sandbox = await RunningSandbox.StartAsync();

        var html = await sandbox.Http.GetStringAsync("/webresources/cen_/opportunity/suggestions.html");

        Assert.That(html, Does.Contain("<title>panel</title>"));
    }

    [TestCase("/webresources/../opportunities.json")]
    [TestCase("/webresources/cen_/opportunity/%2E%2E%2F%2E%2E%2F..%2Fsecret.txt")]
    [TestCase("/webresources/cen_/opportunity/missing.js")]
    public async Task WebResources_OutsideTheFolderOrMissing_IsNotFound(string path)
    {
        await using var sandbox = await RunningSandbox.StartAsync();

        var response = await sandbox.Http.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task WebResources_NotBuilt_SaysHowToBuildThem()
    {
        await using var sandbox = await RunningSandbox.StartAsync(builtWebResource: false);

        var response = await sandbox.Http.GetAsync("/webresources/cen_/opportunity/suggestions.html");

        Assert.That(sandbox.Server.WebResourceBuilt, Is.False);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(CliMessages.SandboxWebResourceMissing));
    }

    [Test]
    public async Task StartAsync_PortTaken_FailsWithAMessageNamingThePort()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var data = SandboxInputs.Load(Samples.Catalog, Samples.Opportunities, Samples.Settings);
        var organization = SandboxOrganization.Create(data, SandboxClock.ForDay(FixedClock.Today), _ => { });

        var error = Assert.ThrowsAsync<InputException>(() => SandboxServer.StartAsync(organization, port, null));

        Assert.That(error!.Message, Is.EqualTo(CliMessages.SandboxPortInUse(port)));
        Assert.That(error.Message, Does.Contain(port.ToString()).And.Contain("--port"));
    }
}
