using BenchmarkDotNet.Attributes;
using CrmEnablement.Plugins.Services;

namespace CrmEnablement.PluginBenchmarks;

/// <summary>
/// <c>cen_GetContentSuggestions</c> in LocalOrg: cold (the catalogue is read and indexed) and warm
/// (cached). Budget: warm ≤ 20 ms and ≤ 3 organization-service calls.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class CustomApiBenchmarks
{
    private CustomApiOrganization _org = null!;

    [Params(1_000, 10_000)]
    public int Items { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _org = new CustomApiOrganization(Items);
        _org.Call();
    }

    [Benchmark]
    public string Warm()
    {
        _org.Local.ClearHistory();
        return _org.Call();
    }

    [Benchmark]
    public string Cold()
    {
        _org.Local.ClearHistory();
        CatalogCache.Clear();
        return _org.Call();
    }
}
