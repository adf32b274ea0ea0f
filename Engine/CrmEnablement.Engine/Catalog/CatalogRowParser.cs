using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Engine.Catalog;

/// <summary>Turns one row's text into a <see cref="ContentItem"/>, reporting every cell problem.</summary>
internal sealed class CatalogRowParser
{
    // Lengths that fit the Dataverse columns the catalogue is imported into.
    internal const int MaxIdLength = 100;
    internal const int MaxTitleLength = 200;
    internal const int MaxUrlLength = 2000;
    internal const int MaxSummaryLength = 2000;
    internal const int MaxAuthorLength = 100;

    private static readonly Regex LanguagePattern = new("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant);

    private readonly VocabularySet _vocabularies;
    private readonly Dictionary<string, int> _columns;
    private readonly CatalogRow _row;
    private readonly List<CatalogProblem> _problems;

    public CatalogRowParser(VocabularySet vocabularies, Dictionary<string, int> columns, CatalogRow row, List<CatalogProblem> problems)
    {
        _vocabularies = vocabularies;
        _columns = columns;
        _row = row;
        _problems = problems;
    }

    public ContentItem Parse()
    {
        var published = Date(CatalogColumns.PublishedOn);
        var expires = Date(CatalogColumns.ExpiresOn);
        if (published is not null && expires is not null && expires < published)
        {
            Problem(CatalogColumns.ExpiresOn, CatalogMessages.ExpiresBeforePublished(Format(expires.Value), Format(published.Value)));
        }

        var audience = Label(Facet.Audience, required: true);
        var status = Label(Facet.Status, required: true);
        var related = Text(CatalogColumns.RelatedTraining, MaxIdLength);
        return new ContentItem
        {
            Id = Text(CatalogColumns.Id, MaxIdLength, required: true) ?? "",
            Title = Text(CatalogColumns.Title, MaxTitleLength, required: true, allowLineBreaks: true) ?? "",
            Url = Url(),
            Summary = Text(CatalogColumns.Summary, MaxSummaryLength, allowLineBreaks: true) ?? "",
            Kind = Label(Facet.Kind, required: true) ?? "",
            IsInternal = audience == AudienceLabels.Internal,
            Medium = Label(Facet.Medium, required: false),
            Industries = Labels(Facet.Industry, CatalogColumns.Industries),
            BuyerRoles = Labels(Facet.BuyerRole, CatalogColumns.BuyerRoles),
            Phases = Labels(Facet.Phase, CatalogColumns.Phases),
            SalesStages = Labels(Facet.SalesStage, CatalogColumns.SalesStages),
            Challenges = Labels(Facet.Challenge, CatalogColumns.Challenges),
            Language = Language(),
            Status = status switch
            {
                ContentStatusLabels.Published => ContentStatus.Published,
                ContentStatusLabels.Retired => ContentStatus.Retired,
                _ => ContentStatus.Draft,
            },
            PublishedOn = published,
            ExpiresOn = expires,
            Author = Text(CatalogColumns.Author, MaxAuthorLength, allowLineBreaks: true),
            Pinned = Boolean(CatalogColumns.Pinned),
            RelatedTraining = related,
            Helpful = Count(CatalogColumns.Helpful),
            NotHelpful = Count(CatalogColumns.NotHelpful),
        };
    }

    private string? Cell(string column)
    {
        if (!_columns.TryGetValue(column, out var index) || index >= _row.Cells.Count)
        {
            return null;
        }

        var value = _row.Cells[index].Trim();
        return value.Length == 0 ? null : value;
    }

    private void Problem(string column, string message) => _problems.Add(new CatalogProblem(_row.Line, column, message));

    private string? Text(string column, int maxLength, bool required = false, bool allowLineBreaks = false)
    {
        var value = Cell(column);
        if (value is null)
        {
            if (required && _columns.ContainsKey(column))
            {
                Problem(column, CatalogMessages.MissingValue);
            }

            return null;
        }

        if (value.Length > maxLength)
        {
            Problem(column, CatalogMessages.TooLong(value.Length, maxLength));
        }

        if (value.Any(ch => char.IsControl(ch) && !(allowLineBreaks && (ch == '\n' || ch == '\r' || ch == '\t'))))
        {
            Problem(column, CatalogMessages.ControlCharacters);
        }

        return value;
    }

    private string Url()
    {
        var value = Text(CatalogColumns.Url, MaxUrlLength, required: true);
        if (value is null)
        {
            return "";
        }

        var ok = Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Host.Length > 0;
        if (!ok)
        {
            Problem(CatalogColumns.Url, CatalogMessages.NotHttpUrl(value));
        }
        else if (uri!.UserInfo.Length > 0)
        {
            Problem(CatalogColumns.Url, CatalogMessages.UrlWithCredentials);
        }

        return value;
    }

    private string? Label(Facet facet, bool required)
    {
        var column = facet switch
        {
            Facet.Kind => CatalogColumns.Kind,
            Facet.Audience => CatalogColumns.Audience,
            Facet.Medium => CatalogColumns.Medium,
            _ => CatalogColumns.Status,
        };
        var value = Text(column, int.MaxValue, required);
        if (value is null)
        {
            return null;
        }

        var vocabulary = _vocabularies[facet];
        if (vocabulary.TryGetTerm(value, out var term))
        {
            return term.Label;
        }

        Problem(column, CatalogMessages.UnknownLabel(facet, value, vocabulary.Closest(value)));
        return null;
    }

    private IReadOnlyList<string> Labels(Facet facet, string column)
    {
        var value = Cell(column);
        if (value is null)
        {
            return Array.Empty<string>();
        }

        var vocabulary = _vocabularies[facet];
        var indexes = new SortedSet<int>();
        foreach (var part in value.Split(CatalogColumns.ListSeparator).Select(part => part.Trim()).Where(part => part.Length > 0))
        {
            if (vocabulary.TryGetIndex(part, out var index))
            {
                indexes.Add(index);
            }
            else
            {
                Problem(column, CatalogMessages.UnknownLabel(facet, part, vocabulary.Closest(part)));
            }
        }

        // Vocabulary order, not cell order: the same tags always read the same way.
        return indexes.Select(index => vocabulary.Terms[index].Label).ToArray();
    }

    private string? Language()
    {
        var value = Cell(CatalogColumns.Language);
        if (value is null)
        {
            return null;
        }

        if (!LanguagePattern.IsMatch(value))
        {
            Problem(CatalogColumns.Language, CatalogMessages.BadLanguage(value));
            return null;
        }

        return value.ToLowerInvariant();
    }

    private DateTime? Date(string column)
    {
        var value = Cell(column);
        if (value is null)
        {
            return null;
        }

        if (DateTime.TryParseExact(value, CatalogColumns.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return DateTime.SpecifyKind(date, DateTimeKind.Utc);
        }

        Problem(column, CatalogMessages.BadDate(value));
        return null;
    }

    private bool Boolean(string column)
    {
        var value = Cell(column);
        if (value is null)
        {
            return false;
        }

        if (bool.TryParse(value, out var flag))
        {
            return flag;
        }

        Problem(column, CatalogMessages.ExpectedBoolean);
        return false;
    }

    private int Count(string column)
    {
        var value = Cell(column);
        if (value is null)
        {
            return 0;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        Problem(column, CatalogMessages.BadCount(value));
        return 0;
    }

    private static string Format(DateTime date) => date.ToString(CatalogColumns.DateFormat, CultureInfo.InvariantCulture);
}
