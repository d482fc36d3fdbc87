namespace FactCheck.Core.Import;

/// <summary>
/// Counts the bytes unpacked from one uploaded file (the parts of a .docx, the streams of a PDF) against
/// <see cref="ImportLimits.MaxUnpackedBytes"/>, while they are unpacked: a file of a few hundred kilobytes can
/// inflate to gigabytes, and nothing may hold more than the limit in memory before it is checked.
/// </summary>
/// <remarks>
/// A library that reads the file may catch the <see cref="UnpackLimitException"/> thrown from inside it, so the
/// reader asks <see cref="Exceeded"/> afterwards; once exceeded, every further charge throws at once.
/// </remarks>
internal sealed class UnpackBudget(long maxBytes)
{
    public long MaxBytes => maxBytes;

    public long Spent { get; private set; }

    public bool Exceeded { get; private set; }

    public long Remaining => Math.Max(0, maxBytes - Spent);

    /// <exception cref="UnpackLimitException">The budget is spent.</exception>
    public void Spend(long bytes)
    {
        ThrowIfExceeded();
        Spent += bytes;
        if (Spent > maxBytes) Exceed();
    }

    public void ThrowIfExceeded()
    {
        if (Exceeded) throw new UnpackLimitException();
    }

    public void Exceed()
    {
        Exceeded = true;
        throw new UnpackLimitException();
    }
}

/// <summary>Stops unpacking the moment a file's budget is spent; turned into a user message by the reader.</summary>
internal sealed class UnpackLimitException() : Exception("The file unpacks to more data than the import limit allows.");

/// <summary>A read-only view of a stream that charges every byte read to a budget, failing as soon as it is spent.</summary>
internal sealed class BudgetedStream(Stream inner, UnpackBudget budget) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        budget.ThrowIfExceeded();
        // Never read more than the budget has left plus one byte: the one byte proves the limit is passed.
        var allowed = (int)Math.Min(buffer.Length, budget.Remaining + 1);
        var read = inner.Read(buffer[..allowed]);
        budget.Spend(read);
        return read;
    }

    public override void Flush() { }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
