using System;
using System.Linq;
using System.Security.Cryptography;

namespace CrmEnablement.Plugins.Tests.TestSupport;

/// <summary>
/// What a strong-name key file (<c>.snk</c>, an RSA PRIVATEKEYBLOB) gives the assemblies signed with it.
/// .NET (Core) has no StrongNameKeyPair.PublicKey, so the public key is cut out of the blob here.
/// </summary>
internal static class StrongNameKeyFile
{
    private const int BlobHeaderLength = 8;
    private const int RsaPubKeyLength = 12;
    private const byte PublicKeyBlob = 0x06;
    private const uint SignatureAlgorithmRsaSign = 0x2400;
    private const uint HashAlgorithmSha1 = 0x8004;
    private static readonly byte[] PublicKeyMagic = { (byte)'R', (byte)'S', (byte)'A', (byte)'1' };

    /// <summary>The public key as an assembly carries it: algorithm ids and length, then the PUBLICKEYBLOB.</summary>
    public static byte[] PublicKey(byte[] keyPair)
    {
        var bitLength = BitConverter.ToInt32(keyPair, BlobHeaderLength + 4);
        var blob = keyPair.Take(BlobHeaderLength + RsaPubKeyLength + bitLength / 8).ToArray();
        blob[0] = PublicKeyBlob;
        PublicKeyMagic.CopyTo(blob, BlobHeaderLength);
        return BitConverter.GetBytes(SignatureAlgorithmRsaSign)
            .Concat(BitConverter.GetBytes(HashAlgorithmSha1))
            .Concat(BitConverter.GetBytes(blob.Length))
            .Concat(blob)
            .ToArray();
    }

    /// <summary>The public key token: the last eight bytes of the public key's SHA-1, reversed.</summary>
    public static byte[] PublicKeyToken(byte[] keyPair)
    {
        var hash = SHA1.HashData(PublicKey(keyPair));
        return hash.Skip(hash.Length - 8).Reverse().ToArray();
    }
}
