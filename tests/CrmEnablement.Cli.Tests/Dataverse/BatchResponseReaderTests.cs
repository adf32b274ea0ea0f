using CrmEnablement.Cli.Dataverse;

namespace CrmEnablement.Cli.Tests.Dataverse;

public class BatchResponseReaderTests
{
    private const string ContentType = "multipart/mixed; boundary=batchresponse_1";

    [Test]
    public void Read_ChangeSetAndPlainParts_OneEntryPerTopLevelPartInOrder()
    {
        var body =
            "--batchresponse_1\r\nContent-Type: multipart/mixed; boundary=changesetresponse_a\r\n\r\n" +
            "--changesetresponse_a\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\nContent-ID: 1\r\n\r\n" +
            "HTTP/1.1 204 No Content\r\nOData-Version: 4.0\r\nOData-EntityId: https://org/api/data/v9.2/cen_enablementcontents(0001)\r\n\r\n\r\n" +
            "--changesetresponse_a--\r\n" +
            "--batchresponse_1\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n" +
            "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json; odata.metadata=minimal\r\n\r\n{\"error\":{\"code\":\"0x1\",\"message\":\"bad row\"}}\r\n" +
            "--batchresponse_1--\r\n";

        var parts = BatchResponseReader.Read(ContentType, body);

        Assert.That(parts, Has.Count.EqualTo(2));
        Assert.That((parts[0][0].ContentId, parts[0][0].Status), Is.EqualTo(("1", 204)));
        Assert.That(parts[0][0].Headers["odata-entityid"], Does.EndWith("(0001)"));
        Assert.That((parts[1][0].ContentId, parts[1][0].Status), Is.EqualTo(((string?)null, 400)));
        Assert.That(ODataError.MessageOf(parts[1][0].Body), Is.EqualTo("bad row"));
    }

    [Test]
    public void Read_LineFeedsOnly_IsReadTheSame()
    {
        var body = "--batchresponse_1\nContent-Type: application/http\n\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"value\":[]}\n--batchresponse_1--\n";

        var parts = BatchResponseReader.Read(ContentType, body);

        Assert.That(parts[0][0].Body, Is.EqualTo("{\"value\":[]}"));
    }

    [TestCase("--batchresponse_1\r\nContent-Type: application/http\r\n\r\nHTTP/1.1 204 No Con")]
    [TestCase("--batchresponse_1\r\nContent-Type: application/http\r\n\r\nnot a status line\r\n--batchresponse_1--\r\n")]
    [TestCase("<html>gateway error</html>")]
    public void Read_Malformed_ThrowsProtocolException(string body)
    {
        Assert.Throws<ProtocolException>(() => BatchResponseReader.Read(ContentType, body));
    }

    [Test]
    public void Read_NotMultipart_ThrowsProtocolException()
    {
        Assert.Throws<ProtocolException>(() => BatchResponseReader.Read("application/json", "{}"));
    }
}
