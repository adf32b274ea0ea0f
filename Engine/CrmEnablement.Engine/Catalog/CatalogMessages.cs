using System.Collections.Generic;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Engine.Catalog;

/// <summary>Every message a catalogue check can give, in one place so tests and tools agree.</summary>
public static class CatalogMessages
{
    public const string MissingValue = "a value is required here";
    public const string MissingColumn = "required column is missing from the header";
    public const string ExpectedBoolean = "expected true or false";
    public const string EmptyFile = "the file is empty; expected a header line starting with id,title,url";

    public static string UnknownColumn(string name, string closest) =>
        $"unknown column '{name}' (closest: {closest}); remove it or fix its name";

    public static string DuplicateColumn(string name) => $"column '{name}' appears twice in the header";

    public static string UnknownLabel(Facet facet, string label, string closest) =>
        $"'{label}' is not {FacetNames.WithArticle(facet)} label (closest: {closest})";

    public static string NotHttpUrl(string url) =>
        $"'{url}' is not an absolute http:// or https:// address";

    public static string DuplicateId(string id, int firstLine) => $"id '{id}' is already used on line {firstLine}";

    public static string IdUsedAgain(string id, IEnumerable<int> laterLines) =>
        $"id '{id}' is used again on line {string.Join(", ", laterLines)}; every row with this id is rejected until ids are unique";

    public const string UrlWithCredentials = "the address contains a user name or password; remove them (links are shared with customers)";

    public static string BadDate(string text) => $"'{text}' is not a date; expected {CatalogColumns.DateFormat}";

    public static string ExpiresBeforePublished(string expires, string published) =>
        $"expires on {expires}, before it is published ({published})";

    public static string BadCount(string text) => $"'{text}' is not a whole number of 0 or more";

    public static string TooLong(int length, int max) => $"{length} characters; at most {max} fit";

    public static string FieldCount(int found, int expected) =>
        $"row has {found} fields but the header has {expected}; check for an unquoted comma or a missing quote";

    public const string StrayQuote =
        "a quote inside this field breaks the row; put the whole field in quotes and double every quote inside it (\"\")";

    public const string UnclosedQuote =
        "the quote that opens this field is never closed, so the rest of the file was read into it; close the quote or double it (\"\")";

    public static string BadLanguage(string text) =>
        $"'{text}' is not a language code; use a code such as en, de or pt-BR, or leave it empty for any language";

    public static string UnknownRelatedTraining(string id) => $"'{id}' is not the id of any item in this catalogue";

    public static string SelfRelatedTraining => "an item cannot be its own refresher";

    public static string RelatedTrainingNotInternal(string id, int line) =>
        $"'{id}' (line {line}) is client-facing; a refresher must be an Internal item";

    public static string ControlCharacters => "contains control characters; remove them";
}
