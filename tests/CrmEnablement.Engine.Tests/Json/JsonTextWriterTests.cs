using CrmEnablement.Engine.Json;

namespace CrmEnablement.Engine.Tests.Json;

public class JsonTextWriterTests
{
    [Test]
    public void Write_NestedValues_TwoSpaceIndentLfAndEmptyContainersInline()
    {
        var writer = new JsonTextWriter().StartObject();
        writer.Name("n").Number(3).Name("d").Number(21.463m).Name("e").StartArray().EndArray();
        writer.StringArray("s", new[] { "a" }).EndObject();

        Assert.That(writer.ToString(), Is.EqualTo("{\n  \"n\": 3,\n  \"d\": 21.463,\n  \"e\": [],\n  \"s\": [\n    \"a\"\n  ]\n}"));
    }

    [TestCase("say \"hi\"\\", "\"say \\\"hi\\\"\\\\\"")]
    [TestCase("line\nbreak\t\u0001", "\"line\\nbreak\\t\\u0001\"")]
    [TestCase("Zürich <b>&</b> 日本", "\"Zürich <b>&</b> 日本\"")]
    [TestCase("\u2028", "\"\\u2028\"")]
    [TestCase("\ud83d\ude00", "\"\ud83d\ude00\"")]
    public void String_EscapesOnlyWhatMustBe(string value, string expected)
    {
        Assert.That(new JsonTextWriter().String(value).ToString(), Is.EqualTo(expected));
    }

    [Test]
    public void String_LoneSurrogate_IsEscapedSoTheOutputStaysValidUtf8()
    {
        // Built at run time: attribute constants cannot carry a lone surrogate.
        var lone = "a" + (char)0xD83D + "b";

        Assert.That(new JsonTextWriter().String(lone).ToString(), Is.EqualTo("\"a\\ud83db\""));
    }

    [Test]
    public void String_RoundTripsThroughTheParser()
    {
        const string text = "quote \" slash \\ tab \t é \ud83d\ude00 \u2028";

        var parsed = JsonParser.Parse(new JsonTextWriter().String(text).ToString());

        Assert.That(parsed.Text, Is.EqualTo(text));
    }
}
