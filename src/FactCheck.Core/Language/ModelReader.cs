using System.Buffers.Binary;
using System.Text;

namespace FactCheck.Core.Language;

/// <summary>
/// Reads the model file from bytes already in memory (the embedded resource is mapped, so nothing is copied):
/// little-endian integers, LEB128 numbers, and strings as <see cref="BinaryWriter"/> writes them.
/// Reading past the end throws <see cref="EndOfStreamException"/>.
/// </summary>
internal ref struct ModelReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> data = data;
    private int at;

    public readonly int Position => at;

    public readonly int Remaining => data.Length - at;

    public ReadOnlySpan<byte> Bytes(int count)
    {
        if ((uint)count > (uint)(data.Length - at)) throw new EndOfStreamException();
        var span = data.Slice(at, count);
        at += count;
        return span;
    }

    public byte Byte()
    {
        if (at >= data.Length) throw new EndOfStreamException();
        return data[at++];
    }

    public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Bytes(4));

    public uint UInt32() => BinaryPrimitives.ReadUInt32LittleEndian(Bytes(4));

    /// <summary>An unsigned LEB128 number of at most 32 bits.</summary>
    public uint VarUInt()
    {
        if (at < data.Length && data[at] < 0x80) return data[at++];
        uint value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = Byte();
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
        throw new InvalidDataException("model file is damaged (a number is too long)");
    }

    /// <summary>A string as <see cref="BinaryWriter.Write(string)"/> writes it: its UTF-8 length as a 7-bit number, then the bytes.</summary>
    public string String()
    {
        var length = VarUInt();
        if (length > 1 << 20) throw new InvalidDataException("model file is damaged (a string is too long)");
        return Encoding.UTF8.GetString(Bytes((int)length));
    }

    public static void WriteVarUInt(BinaryWriter w, uint value)
    {
        while (value >= 0x80)
        {
            w.Write((byte)(value | 0x80));
            value >>= 7;
        }
        w.Write((byte)value);
    }
}
