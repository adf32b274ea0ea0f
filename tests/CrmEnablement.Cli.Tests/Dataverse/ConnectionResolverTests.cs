using System.Collections.Generic;
using CrmEnablement.Cli.Dataverse;
using CrmEnablement.Cli.IO;

namespace CrmEnablement.Cli.Tests.Dataverse;

public class ConnectionResolverTests
{
    private const string Url = "https://contoso.crm.dynamics.com";
    private static readonly ConnectionSettings Nothing = new(null, null, null, null, null, false);

    [Test]
    public void Resolve_TokenFromEnvironmentVariables_UsesIt()
    {
        var connection = ConnectionResolver.Resolve(Nothing, Env(("CEN_URL", Url), ("CEN_TOKEN", "t0ken")));

        Assert.That((connection.Method, connection.Token, connection.EnvironmentUrl.AbsoluteUri), Is.EqualTo((AuthMethod.Token, "t0ken", Url + "/")));
    }

    [Test]
    public void Resolve_ConnectionString_ReadsClientSecretAuth()
    {
        var connection = ConnectionResolver.Resolve(Nothing, Env(("CEN_CONNECTION", $"AuthType=ClientSecret;Url={Url};ClientId=app-1;ClientSecret=s3cret;TenantId=t-1")));

        Assert.That((connection.Method, connection.ClientId, connection.ClientSecret, connection.TenantId), Is.EqualTo((AuthMethod.ClientSecret, "app-1", "s3cret", "t-1")));
        Assert.That(connection.Secrets, Is.EqualTo(new[] { "s3cret" }));
        Assert.That(connection.ToString(), Does.Not.Contain("s3cret"));
    }

    [Test]
    public void Resolve_OAuthConnectionString_SignsInWithADeviceCode()
    {
        var connection = ConnectionResolver.Resolve(Nothing, Env(("CEN_CONNECTION", $"AuthType=OAuth;Url={Url};AppId=app-2")));

        Assert.That((connection.Method, connection.ClientId), Is.EqualTo((AuthMethod.DeviceCode, "app-2")));
    }

    [Test]
    public void Resolve_CommandLineSignIn_WinsOverTheConnectionString()
    {
        var commandLine = Nothing with { Token = "from-cli" };

        var connection = ConnectionResolver.Resolve(commandLine, Env(("CEN_CONNECTION", $"AuthType=ClientSecret;Url={Url};ClientId=a;ClientSecret=b")));

        Assert.That((connection.Method, connection.Token), Is.EqualTo((AuthMethod.Token, "from-cli")));
    }

    [Test]
    public void Resolve_TwoWaysToSignIn_IsRefused()
    {
        var error = Assert.Throws<InputException>(() => ConnectionResolver.Resolve(new ConnectionSettings(Url, "t", "a", "b", null, false), Env()));

        Assert.That(error!.Problems, Is.EqualTo(new[] { CliMessages.SeveralSignIns }));
    }

    [Test]
    public void Resolve_SecretWithoutClientId_IsRefused()
    {
        var error = Assert.Throws<InputException>(() => ConnectionResolver.Resolve(new ConnectionSettings(Url, null, null, "b", null, false), Env()));

        Assert.That(error!.Problems, Is.EqualTo(new[] { CliMessages.SecretWithoutClientId }));
    }

    [Test]
    public void Resolve_MalformedConnectionString_NeverRepeatsIt()
    {
        var error = Assert.Throws<InputException>(() => ConnectionResolver.Resolve(Nothing, Env(("CEN_CONNECTION", "ClientSecret=\"s3cret"))));

        Assert.That(error!.Message, Does.Not.Contain("s3cret"));
    }

    [TestCase("http://contoso.crm.dynamics.com", false)]
    [TestCase("https://user:pw@contoso.crm.dynamics.com", false)]
    [TestCase("http://localhost:5000", true)]
    [TestCase("http://127.0.0.1:5000/", true)]
    [TestCase("http://[::1]:5000/", true)]
    public void Resolve_Url_HttpOnlyForLoopback(string url, bool accepted)
    {
        var settings = new ConnectionSettings(url, "t", null, null, null, false);

        if (accepted)
        {
            Assert.That(ConnectionResolver.Resolve(settings, Env()).EnvironmentUrl.Scheme, Is.EqualTo("http"));
        }
        else
        {
            Assert.Throws<InputException>(() => ConnectionResolver.Resolve(settings, Env()));
        }
    }

    private static System.Func<string, string?> Env(params (string Name, string Value)[] variables)
    {
        var values = new Dictionary<string, string>();
        foreach (var (name, value) in variables)
        {
            values[name] = value;
        }

        return name => values.TryGetValue(name, out var value) ? value : null;
    }
}
