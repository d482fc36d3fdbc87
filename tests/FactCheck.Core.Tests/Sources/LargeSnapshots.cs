using System.Text;

namespace FactCheck.Core.Tests.Sources;

/// <summary>Large generated snapshots for the source checks (shared with the benchmarks by copy of the recipe).</summary>
public static class LargeSnapshots
{
    /// <summary>About <paramref name="size"/> characters of varied report prose (forty kinds of sentence), ending in one known sentence.</summary>
    public static string Varied(int size, string last)
    {
        string[] subjects = ["The council", "The ministry", "Regional health officials", "The water authority", "Farmers in the valley", "The rail operator", "Teachers' unions", "The central bank"];
        string[] verbs = ["reported", "estimated", "announced", "disputed", "revised", "published"];
        string[] objects = ["a rise in admissions", "new spending on roads", "lower reservoir levels", "delays on the coastal line", "wage talks", "the inflation forecast", "school closures", "grain exports"];
        var sb = new StringBuilder(size + 200);
        var i = 0;
        while (sb.Length < size)
        {
            sb.Append(subjects[i % subjects.Length]).Append(' ').Append(verbs[i / 8 % verbs.Length]).Append(' ').Append(objects[i / 5 % objects.Length])
              .Append(" of ").Append(i % 97 + 3).Append(" percent in ").Append(1990 + i % 35).Append(i % 7 == 0 ? ".\n\n" : ". ");
            i++;
        }
        sb.Append(last);
        return sb.ToString();
    }
}
