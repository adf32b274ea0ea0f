using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using CrmEnablement.Cli.Tests.Packaging.TestSupport;
using CrmEnablement.Plugins;
using CrmEnablement.Plugins.Dataverse;
using CrmEnablement.Plugins.Steps;

namespace CrmEnablement.Cli.Tests.Packaging;

/// <summary>The components in Solution/src are shaped as Microsoft documents and agree with the code that uses them.</summary>
public class SolutionSourceTests
{
    private static readonly string Source = Path.Combine(RepositoryPaths.Solution, "src");
    private static readonly string Api = Path.Combine(Source, "customapis", MessageNamesApi);
    private const string MessageNamesApi = Plugins.Infrastructure.MessageNames.GetContentSuggestions;

    [Test]
    public void CustomApi_Definition_IsTheUnboundFunctionThePluginImplements()
    {
        var api = Load(Path.Combine(Api, "customapi.xml"));
        var assembly = Load(Directory.GetFiles(Path.Combine(Source, "PluginAssemblies"), "*.data.xml", SearchOption.AllDirectories).Single());
        var pluginType = assembly.Descendants("PluginType").Single(type => (string)type.Attribute("Name")! == typeof(GetContentSuggestionsPlugin).FullName);

        Assert.That((string)api.Attribute("uniquename")!, Is.EqualTo(MessageNamesApi));
        Assert.That(Elements(api), Is.EqualTo(new[] { "allowedcustomprocessingsteptype", "bindingtype", "boundentitylogicalname", "description", "displayname",
            "executeprivilegename", "iscustomizable", "isfunction", "isprivate", "name", "plugintypeid", "workflowsdkstepenabled" }));
        Assert.That(api.Element("bindingtype")!.Value, Is.EqualTo("0"), "unbound, as the web resource calls it");
        Assert.That(api.Element("isfunction")!.Value, Is.EqualTo("1"));
        Assert.That(api.Element("iscustomizable")!.Value, Is.EqualTo("0"));
        Assert.That(api.Element("plugintypeid")!.Element("plugintypeexportkey")!.Value, Is.EqualTo((string)pluginType.Attribute("PluginTypeId")!));
        Assert.That(File.ReadAllText(Path.Combine(Api, "customapi.xml")), Does.StartWith("<customapi "), "no declaration, as Microsoft's sample");
    }

    [Test]
    public void CustomApi_RequestParameter_IsTheRequiredOpportunityGuid()
    {
        var folder = Path.Combine(Api, "customapirequestparameters");
        var parameter = Load(Path.Combine(folder, GetContentSuggestionsPlugin.OpportunityIdParameter, "customapirequestparameter.xml"));

        Assert.That(Directory.GetDirectories(folder).Select(Path.GetFileName), Is.EqualTo(new[] { GetContentSuggestionsPlugin.OpportunityIdParameter }));
        Assert.That((string)parameter.Attribute("uniquename")!, Is.EqualTo(GetContentSuggestionsPlugin.OpportunityIdParameter));
        Assert.That(Elements(parameter), Is.EqualTo(new[] { "description", "displayname", "iscustomizable", "isoptional", "logicalentityname", "name", "type" }));
        Assert.That(parameter.Element("type")!.Value, Is.EqualTo("12"), "Guid");
        Assert.That(parameter.Element("isoptional")!.Value, Is.EqualTo("0"));
        Assert.That(parameter.Element("iscustomizable")!.Value, Is.EqualTo("0"));
    }

    [Test]
    public void CustomApi_ResponseProperty_IsTheJsonStringWithoutIsOptional()
    {
        var folder = Path.Combine(Api, "customapiresponseproperties");
        var property = Load(Path.Combine(folder, GetContentSuggestionsPlugin.SuggestionsJsonProperty, "customapiresponseproperty.xml"));

        Assert.That(Directory.GetDirectories(folder).Select(Path.GetFileName), Is.EqualTo(new[] { GetContentSuggestionsPlugin.SuggestionsJsonProperty }));
        Assert.That((string)property.Attribute("uniquename")!, Is.EqualTo(GetContentSuggestionsPlugin.SuggestionsJsonProperty));
        Assert.That(property.Element("isoptional"), Is.Null, "isoptional on a response property fails the import");
        Assert.That(property.Element("type")!.Value, Is.EqualTo("10"), "String");
        Assert.That(property.Element("iscustomizable")!.Value, Is.EqualTo("0"));
    }

    [Test]
    public void EnvironmentVariables_Definitions_HoldSettingsJsonAndCatalogueVersionWithoutValues()
    {
        var folder = Path.Combine(Source, "environmentvariabledefinitions");
        var settings = Load(Path.Combine(folder, EnvironmentVariableSchema.Settings, "environmentvariabledefinition.xml"));
        var version = Load(Path.Combine(folder, EnvironmentVariableSchema.CatalogVersion, "environmentvariabledefinition.xml"));

        Assert.That(Directory.GetFiles(folder, "environmentvariablevalues.json", SearchOption.AllDirectories), Is.Empty, "each environment supplies its own value");
        Assert.That(settings.Element("type")!.Value, Is.EqualTo("100000003"), "JSON");
        using var actual = JsonDocument.Parse(settings.Element("defaultvalue")!.Value);
        using var expected = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.SampleSettings));
        Assert.That(JsonElement.DeepEquals(actual.RootElement, expected.RootElement), Is.True, "the default is samples/settings.json");
        Assert.That(version.Element("type")!.Value, Is.AnyOf("100000000", "100000001"), "String or Number");
        Assert.That(version.Element("defaultvalue")!.Value, Is.EqualTo("0"));
        Assert.That(Elements(settings), Is.Ordered, "children in alphabetical order, as exports write them");
    }

    [Test]
    public void StandardOpportunityForm_ManagedVariant_AddsOnlyThePanelItsLibraryAndHandlers()
    {
        var forms = Path.Combine(Source, "Entities", "Opportunity", "FormXml", "main");
        var variant = Load(Path.Combine(forms, "{a837e4a7-01b8-4f82-a475-be9abd67e667}_managed.xml"));

        Assert.That(variant.Element("systemform")!.Element("formid")!.Value, Is.EqualTo("{a837e4a7-01b8-4f82-a475-be9abd67e667}"),
            "the out-of-the-box Opportunity main form, whose id is the same in every environment with Sales");
        Assert.That(File.Exists(Path.Combine(forms, "{a837e4a7-01b8-4f82-a475-be9abd67e667}.xml")), Is.False, "no unmanaged copy of a form Microsoft owns");
        var added = variant.Descendants().Where(element => (string?)element.Attribute("solutionaction") == "Added").Select(element => element.Name.LocalName + ":" + ((string?)element.Attribute("name") ?? (string?)element.Attribute("functionName"))).ToList();
        Assert.That(added, Is.EqualTo(new[] { "tab:cen_suggestedcontent", "Library:cen_/opportunity/form.js", "Handler:CrmEnablement.Opportunity.onLoad", "event:onsave" }));
        var form = variant.Element("systemform")!.Element("form")!;
        Assert.That(form.Element("tabs")!.Elements("tab").Count(), Is.EqualTo(1), "nothing of the standard tabs is repeated");
        Assert.That(variant.Descendants().Where(element => element.Attribute("solutionaction") is { } action && action.Value != "Added"), Is.Empty, "nothing is removed or modified");
    }

    [TestCase("Opportunity", "Potential revenue-generating event")]
    [TestCase("Contact", "Person with whom a business unit has a relationship")]
    public void StandardTable_Description_IsThePlatformsOwnSoImportDoesNotBlankIt(string table, string start)
    {
        var entity = Load(Path.Combine(Source, "Entities", table, "Entity.xml"));

        var descriptions = entity.Element("EntityInfo")!.Element("entity")!.Element("Descriptions")!.Elements("Description").Select(description => (string)description.Attribute("description")!).ToList();

        Assert.That(descriptions, Is.Not.Empty);
        Assert.That(descriptions, Is.All.StartsWith(start));
    }

    [TestCase("{4f2d8cb5-41cc-59d1-8f85-4fd5f8139a2c}.xml")]
    [TestCase("{a837e4a7-01b8-4f82-a475-be9abd67e667}_managed.xml")]
    public void OpportunityForm_Panel_IsTheBuiltWebResourceWithTheRecordAndFormHandlers(string file)
    {
        var form = Load(Path.Combine(Source, "Entities", "Opportunity", "FormXml", "main", file));
        var webResources = Directory.GetFiles(Path.Combine(Source, "WebResources"), "*.data.xml", SearchOption.AllDirectories).Select(Load)
            .ToDictionary(resource => resource.Element("Name")!.Value, resource => resource.Element("WebResourceId")!.Value);
        var control = form.Descendants("control").Single(candidate => (string?)candidate.Attribute("classid") == "{9FDF5F91-88B1-47f4-AD53-C11EFC01A01D}");
        var parameters = control.Element("parameters")!;

        Assert.That((string)control.Attribute("id")!, Is.EqualTo("WebResource_cen_suggestions"));
        Assert.That(webResources, Contains.Key(parameters.Element("Url")!.Value));
        Assert.That(parameters.Element("WebResourceId")!.Value, Is.EqualTo(webResources[parameters.Element("Url")!.Value]));
        Assert.That(parameters.Element("PassParameters")!.Value, Is.EqualTo("true"));
        Assert.That(form.Descendants("Library").Select(library => (string)library.Attribute("name")!), Is.EqualTo(new[] { "cen_/opportunity/form.js" }));
        Assert.That(form.Descendants("Handler").Select(handler => ((string)handler.Parent!.Parent!.Attribute("name")!, (string)handler.Attribute("functionName")!)),
            Is.EqualTo(new[] { ("onload", "CrmEnablement.Opportunity.onLoad"), ("onsave", "CrmEnablement.Opportunity.onSave") }));
        Assert.That(form.Descendants("Handler").Select(handler => (string)handler.Attribute("passExecutionContext")!), Is.All.EqualTo("true"));
    }

    [Test]
    public void Roles_Privileges_NameTheTablesGeneratedPrivileges()
    {
        var tables = Directory.GetDirectories(Path.Combine(Source, "Entities")).Select(Path.GetFileName).Where(name => name!.StartsWith("cen_")).ToList();
        var names = tables.SelectMany(table => new[] { "Create", "Read", "Write", "Delete", "Append", "AppendTo", "Assign", "Share" }.Select(action => "prv" + action + table))
            .Append("prvReadEnvironmentVariableDefinition").ToHashSet();
        var lead = Privileges("Enablement Lead");
        var user = Privileges("Enablement User");

        Assert.That(lead.Keys.Union(user.Keys), Is.SubsetOf(names));
        Assert.That(lead.Where(privilege => privilege.Key.EndsWith("cen_EnablementContent")).Select(privilege => privilege.Value), Has.Exactly(8).EqualTo("Global"));
        Assert.That(lead, Does.ContainKey("prvReadcen_ContentSuggestion").And.ContainKey("prvReadcen_ContentInteraction").And.ContainKey("prvReadEnvironmentVariableDefinition"));
        Assert.That(lead.Keys.Where(name => name.Contains("cen_Content") && !name.StartsWith("prvRead")), Is.Empty, "leads read suggestions and interactions, nothing more");
        Assert.That(user, Does.ContainKey("prvReadcen_EnablementContent").And.ContainKey("prvCreatecen_ContentInteraction").And.ContainKey("prvReadcen_ContentSuggestion"));
        Assert.That(user.Keys.Where(name => name.EndsWith("cen_EnablementContent")), Is.EquivalentTo(new[] { "prvReadcen_EnablementContent", "prvAppendTocen_EnablementContent" }),
            "reps never change content");
    }

    private static System.Collections.Generic.Dictionary<string, string> Privileges(string role) =>
        Load(Path.Combine(Source, "Roles", role + ".xml")).Descendants("RolePrivilege").ToDictionary(privilege => (string)privilege.Attribute("name")!, privilege => (string)privilege.Attribute("level")!);

    private static string[] Elements(XElement root) => root.Elements().Select(element => element.Name.LocalName).ToArray();

    private static XElement Load(string path) => XDocument.Load(path).Root!;
}
