using System.Buffers.Binary;

namespace FactCheck.Core.Import;

/// <summary>Reads how many entries a zip archive declares, from its end-of-central-directory record, before it is opened.</summary>
internal static class ZipDirectory
{
    private const uint EndSignature = 0x06054b50;
    private const int EndLength = 22;

    /// <summary>
    /// The entry count the archive's directory declares; null when there is no end record (not a zip). A zip64 archive
    /// (more than 65,534 entries) answers <see cref="int.MaxValue"/>: no article needs one.
    /// </summary>
    public static int? DeclaredEntries(ReadOnlySpan<byte> zip)
    {
        // The record sits at the very end, after a comment of at most 65,535 bytes.
        var earliest = Math.Max(0, zip.Length - EndLength - ushort.MaxValue);
        for (var at = zip.Length - EndLength; at >= earliest; at--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip[at..]) != EndSignature) continue;
            var total = BinaryPrimitives.ReadUInt16LittleEndian(zip[(at + 10)..]);
            return total == ushort.MaxValue ? int.MaxValue : total;
        }
        return null;
    }
}
