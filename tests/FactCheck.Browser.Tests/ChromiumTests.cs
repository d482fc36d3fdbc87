using FactCheck.Browser.Tests.Infrastructure;

namespace FactCheck.Browser.Tests;

/// <summary>
/// Where the browser tests look for Chromium, and that none of them can run without it: on a machine without one they
/// all skip, saying how to get one. These run everywhere, Chromium or not.
/// </summary>
public sealed class ChromiumTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Without_the_variable_it_is_debians_chromium(string? variable) =>
        Assert.Equal("/usr/bin/chromium", Chromium.Locate(variable));

    [Fact]
    public void With_the_variable_it_is_there_and_nowhere_else() =>
        Assert.Equal("/nonexistent", Chromium.Locate("/nonexistent"));

    [Fact]
    public void The_skip_reason_says_where_it_looked_and_how_to_install_one()
    {
        var reason = Chromium.MissingReason("/nonexistent");
        Assert.Contains("/nonexistent", reason);
        Assert.Contains("apt-get install -y chromium", reason);
        Assert.Contains("FACTCHECK_CHROMIUM", reason);
    }

    [Fact]
    public void Every_class_using_the_app_goes_through_the_chromium_check()
    {
        var users = typeof(ChromiumTests).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(FactCheckApp))))
            .ToList();
        Assert.NotEmpty(users);
        Assert.All(users, t => Assert.True(t.IsSubclassOf(typeof(BrowserTest)), $"{t.Name} uses the app without deriving from BrowserTest"));
    }
}
