using System;

namespace LocalOrg.Ids;

/// <summary>Makes the ids of the rows that Create gives no id of their own.</summary>
public interface IIdGenerator
{
    /// <summary>Returns the next id; never <see cref="Guid.Empty"/>.</summary>
    Guid NewId();
}
