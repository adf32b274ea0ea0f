using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>
/// One content row as canonical text per column (option values as numbers, multi-select values
/// sorted and comma-separated, dates <c>yyyy-MM-dd</c>, booleans <c>true</c>/<c>false</c>, the
/// related training as its external id; empty is null), so a row from the file and a row read
/// back from the environment compare column by column.
/// </summary>
internal sealed class ContentRecord
{
    private readonly Dictionary<string, string?> _values;

    public ContentRecord(string externalId, IReadOnlyDictionary<string, string?> values)
    {
        ExternalId = externalId;
        _values = values.ToDictionary(pair => pair.Key, pair => string.IsNullOrEmpty(pair.Value) ? null : pair.Value, StringComparer.Ordinal);
    }

    /// <summary>The alternate key.</summary>
    public string ExternalId { get; }

    /// <summary>The row's primary key, when it was read from the environment.</summary>
    public string? PrimaryId { get; init; }

    /// <summary>
    /// The row id of the related training when that row has no external id (the CSV cannot name it;
    /// empty when the environment did not say); null when there is no such link.
    /// </summary>
    public string? RelatedTrainingWithoutKey { get; init; }

    /// <summary>The value of <paramref name="column"/>; null when empty or absent.</summary>
    public string? this[string column] => _values.TryGetValue(column, out var value) ? value : null;

    /// <summary>The external id of the related training item, or null.</summary>
    public string? RelatedTraining => this[ContentColumns.RelatedTraining];

    /// <summary>
    /// The columns whose values differ from <paramref name="existing"/>. The feedback counters are
    /// left out: the environment's interaction plugin owns them once a row exists.
    /// </summary>
    public IReadOnlyList<string> ChangedFrom(ContentRecord existing) =>
        ContentRecordMapper.WrittenColumns
            .Where(column => column != ContentColumns.HelpfulCount && column != ContentColumns.NotHelpfulCount)
            .Where(column => !string.Equals(this[column], existing[column], StringComparison.Ordinal))
            .ToArray();
}
