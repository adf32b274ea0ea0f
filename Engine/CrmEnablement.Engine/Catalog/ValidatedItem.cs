using CrmEnablement.Engine.Model;

namespace CrmEnablement.Engine.Catalog;

/// <summary>A content item read from a valid catalogue row, with the line it came from.</summary>
public sealed record ValidatedItem(int Line, ContentItem Item);
