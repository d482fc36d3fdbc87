namespace FactCheck.Web;

/// <summary>Finds the folder holding appsettings.json and wwwroot: the repository root from bin/, the publish folder after publish.</summary>
public static class ContentRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "appsettings.json")))
                return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
