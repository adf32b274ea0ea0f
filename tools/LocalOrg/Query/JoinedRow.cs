using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Query;

/// <summary>
/// One candidate result of a query: the root row and, per link alias, the row it joined (null for
/// a left outer join that found nothing).
/// </summary>
internal sealed class JoinedRow
{
    private readonly Dictionary<string, Entity?> _links;

    internal JoinedRow(Entity root)
        : this(root, new Dictionary<string, Entity?>())
    {
    }

    private JoinedRow(Entity root, Dictionary<string, Entity?> links)
    {
        Root = root;
        _links = links;
    }

    internal Entity Root { get; }

    internal IReadOnlyDictionary<string, Entity?> Links => _links;

    internal JoinedRow With(string alias, Entity? linked) =>
        new(Root, new Dictionary<string, Entity?>(_links) { [alias] = linked });
}
