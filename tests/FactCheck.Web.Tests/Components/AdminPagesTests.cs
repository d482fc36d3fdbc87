using Bunit;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using FactCheck.Core.Reviews;
using FactCheck.Web.Components.Pages.Admin;
using FactCheck.Web.Components.Pages.Review;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Components;

/// <summary>
/// The pages' actions check the role on the server when pressed, so that a page rendered before a demotion (or reached
/// some other way) cannot act beyond the user's role.
/// </summary>
public class AdminPagesTests : WorkbenchTestContext
{
    private UserStore Users => Services.GetRequiredService<UserStore>();

    [Fact]
    public void An_administrator_adds_a_user_from_the_users_page()
    {
        SignIn("boss", Role.Admin);
        var cut = Render<UsersPage>();
        cut.Find("#new-username").Change("newcomer");
        cut.Find("#new-password").Change("a fine first password");
        cut.Find("[data-testid=add-user]").Click();
        Assert.Equal(Role.Reviewer, Users.Find("newcomer")!.Role);
        using var c = Db.Open();
        Assert.Equal("boss", Dapper.SqlMapper.ExecuteScalar<string>(c, "SELECT actor FROM audit_log WHERE entity = 'user' AND action = 'created' AND entity_id = @id",
            new { id = Users.Find("newcomer")!.Id }));
    }

    [Fact]
    public void After_adding_an_editor_the_form_starts_over_as_a_reviewer()
    {
        SignIn("boss", Role.Admin);
        var cut = Render<UsersPage>();
        var select = cut.FindComponent<MudBlazor.MudSelect<Role>>();
        cut.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(Role.Editor));
        cut.Find("#new-username").Change("first.editor");
        cut.Find("#new-password").Change("a fine first password");
        cut.Find("[data-testid=add-user]").Click();
        Assert.Equal(Role.Editor, Users.Find("first.editor")!.Role);

        cut.Find("#new-username").Change("next.person");
        cut.Find("#new-password").Change("another fine password");
        cut.Find("[data-testid=add-user]").Click();
        Assert.Equal(Role.Reviewer, Users.Find("next.person")!.Role);
    }

    [Fact]
    public void A_bad_username_or_password_is_explained_next_to_its_field()
    {
        SignIn("boss", Role.Admin);
        var cut = Render<UsersPage>();
        cut.Find("#new-username").Change("x");
        cut.Find("#new-password").Change("a fine first password");
        cut.Find("[data-testid=add-user]").Click();
        Assert.Contains("3 to 64 letters", FieldAround(cut, "#new-username"), StringComparison.Ordinal);
        Assert.Null(Users.Find("x"));

        cut.Find("#new-username").Change("valid.name");
        cut.Find("#new-password").Change("short");
        cut.Find("[data-testid=add-user]").Click();
        Assert.DoesNotContain("3 to 64 letters", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("characters", FieldAround(cut, "#new-password"), StringComparison.Ordinal);
        Assert.Null(Users.Find("valid.name"));
    }

    /// <summary>The text of the form control (label, input, helper or error text) around an input.</summary>
    private static string FieldAround(IRenderedComponent<UsersPage> cut, string input) =>
        cut.FindAll(".mud-input-control").Single(c => c.QuerySelector(input) is not null).TextContent;

    [Fact]
    public void A_user_demoted_after_the_page_opened_cannot_add_users_or_change_the_scale()
    {
        var boss = SignIn("boss", Role.Admin);
        Users.Create("other", Role.Admin, "test password 1234");
        var users = Render<UsersPage>();
        var scale = Render<VerdictScalePage>();
        Users.SetRole(boss.Id, Role.Editor, "other");

        users.Find("#new-username").Change("sneaky");
        users.Find("#new-password").Change("a fine first password");
        users.Find("[data-testid=add-user]").Click();
        Assert.Null(Users.Find("sneaky"));

        scale.Find("#label-0").Change("Totally true");
        scale.Find("[data-testid=save-scale]").Click();
        Assert.Same(VerdictScale.Default, Services.GetRequiredService<VerdictScaleStore>().Current());
    }

    [Fact]
    public void A_reviewer_on_the_review_page_cannot_approve()
    {
        SignIn("rev", Role.Reviewer);
        var claim = Claims.ListByArticle(ImportStory())[0];
        claim = Claims.SetVerdict(claim.Id, claim.Version, "False", "No.", "rev").Value!;
        var cut = Render<ReviewPage>(p => p.Add(x => x.Id, claim.ArticleId));
        cut.Find("[data-testid=approve]").Click();
        Assert.Equal(ClaimStatus.Proposed, Claims.Get(claim.Id)!.Status);
    }
}
