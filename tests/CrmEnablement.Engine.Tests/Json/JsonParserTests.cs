using System.Linq;
using CrmEnablement.Engine.Json;

namespace CrmEnablement.Engine.Tests.Json;

public class JsonParserTests
{
    [Test]
    public void Parse_ObjectWithComments_KeepsOrderLinesAndValues()
    {
        var value = JsonParser.Parse("{\n  // the weights\n  \"a\": 1.5, /* note */\n  \"b\": [true, null, \"x\\u00e9\\n\"]\n}");

        Assert.That(value.Properties.Select(property => property.Key), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(value.TryGet("a", out var a) && a.TryGetDouble(out var number) && number == 1.5, Is.True);
        Assert.That(a.Line, Is.EqualTo(3));
        var items = value.Properties[1].Value.Items;
        Assert.That(items.Select(item => item.Kind), Is.EqualTo(new[] { JsonKind.True, JsonKind.Null, JsonKind.String }));
        Assert.That(items[2].Text, Is.EqualTo("xé\n"));
    }

    [TestCase("{ \"a\": 1, \"a\": 2 }", 1, "property \"a\" appears twice")]
    [TestCase("{\n\"a\": 01 }", 2, "expected a value")]
    [TestCase("{ \"a\": 1 }\n x", 2, "unexpected text after the end of the document")]
    [TestCase("{ \"a\": \"open", 1, "a string is not closed")]
    [TestCase("[1,\n2,\n", 3, "the document ends where a value was expected")]
    [TestCase("{ \"a\": 1.e5 }", 1, "a number needs digits after the decimal point")]
    public void Parse_Invalid_SaysWhatAndWhichLine(string text, int line, string message)
    {
        var error = Assert.Throws<JsonSyntaxException>(() => JsonParser.Parse(text));

        Assert.That(error!.Line, Is.EqualTo(line));
        Assert.That(error.Message, Does.StartWith(message));
    }

    [Test]
    public void TryGetInt32_Fraction_IsNotAWholeNumber()
    {
        var value = JsonParser.Parse("[8, 8.5]");

        Assert.That(value.Items[0].TryGetInt32(out var whole) && whole == 8, Is.True);
        Assert.That(value.Items[1].TryGetInt32(out _), Is.False);
    }
}
