namespace FactCheck.Core.Extraction;

/// <summary>
/// Which descriptions can refer back to a person introduced with other role words: "Foreign Minister Karel Dvorak"
/// is later "the top diplomat" or "the envoy", "Sen. Ana Ruiz" "the lawmaker", "economist Raj Patel" "the expert".
/// A description matches when its head word is one of the person's roles, or names the family one of them belongs to.
/// </summary>
internal static class RoleFamilies
{
    // A description's head word -> role words it can stand for (besides itself). A tuple entry needs both words.
    private static readonly Dictionary<string, string[]> Families = new(StringComparer.OrdinalIgnoreCase)
    {
        ["diplomat"] = ["foreign minister", "secretary of state", "ambassador", "envoy", "diplomat", "foreign secretary", "consul"],
        ["envoy"] = ["ambassador", "envoy", "diplomat", "foreign minister", "special representative", "emissary"],
        ["lawmaker"] = ["senator", "sen", "representative", "rep", "congressman", "congresswoman", "legislator", "mp", "deputy", "assemblyman", "assemblywoman", "councillor", "councilman", "councilwoman", "lawmaker", "parliamentarian"],
        ["legislator"] = ["senator", "sen", "representative", "rep", "congressman", "congresswoman", "legislator", "mp", "lawmaker", "assemblyman", "assemblywoman"],
        ["politician"] = ["senator", "sen", "representative", "rep", "congressman", "congresswoman", "mp", "lawmaker", "governor", "gov", "mayor", "minister", "president", "candidate", "leader", "premier", "chancellor"],
        ["official"] = ["minister", "secretary", "commissioner", "spokesman", "spokeswoman", "spokesperson", "director", "administrator", "chief", "governor", "mayor", "undersecretary", "deputy", "official", "head", "ambassador", "prosecutor", "sheriff", "inspector", "superintendent", "chancellor", "premier"],
        ["expert"] = ["economist", "scientist", "professor", "prof", "researcher", "analyst", "hydrologist", "epidemiologist", "historian", "engineer", "specialist", "expert", "academic", "meteorologist", "geologist", "seismologist", "virologist", "physician", "doctor", "dr"],
        ["scientist"] = ["scientist", "researcher", "hydrologist", "epidemiologist", "meteorologist", "geologist", "seismologist", "virologist", "biologist", "chemist", "physicist", "climatologist", "professor", "prof"],
        ["academic"] = ["professor", "prof", "lecturer", "researcher", "scholar", "historian", "academic"],
        ["researcher"] = ["researcher", "scientist", "professor", "prof", "analyst", "scholar"],
        ["analyst"] = ["analyst", "strategist", "economist", "consultant"],
        ["economist"] = ["economist"],
        ["leader"] = ["leader", "chief", "head", "president", "chairman", "chairwoman", "chair", "founder", "secretary-general", "premier", "prime minister", "commander", "general"],
        ["head"] = ["head", "chief", "director", "president", "chairman", "chairwoman", "chair", "leader", "commissioner", "administrator"],
        ["chief"] = ["chief", "head", "director", "president", "chairman", "chairwoman", "commissioner", "executive", "ceo", "minister", "secretary"],
        ["boss"] = ["chief", "head", "director", "president", "chairman", "chairwoman", "executive", "ceo", "owner", "manager", "founder"],
        ["executive"] = ["executive", "ceo", "chief", "president", "chairman", "chairwoman", "director", "cfo", "coo", "founder", "manager"],
        ["lawyer"] = ["lawyer", "attorney", "counsel", "barrister", "solicitor", "advocate"],
        ["attorney"] = ["attorney", "lawyer", "counsel", "prosecutor"],
        ["prosecutor"] = ["prosecutor", "attorney", "district attorney", "attorney general", "procurator"],
        ["judge"] = ["judge", "justice", "magistrate"],
        ["officer"] = ["officer", "sergeant", "sgt", "lieutenant", "lt", "captain", "capt", "detective", "inspector", "constable", "sheriff", "commander", "colonel", "col", "general", "gen"],
        ["spokesman"] = ["spokesman", "spokesperson", "spokeswoman", "press secretary"],
        ["spokeswoman"] = ["spokeswoman", "spokesperson", "spokesman", "press secretary"],
        ["spokesperson"] = ["spokeswoman", "spokesperson", "spokesman", "press secretary"],
        ["candidate"] = ["candidate", "nominee", "contender", "challenger", "frontrunner", "front-runner", "hopeful"],
        ["nominee"] = ["nominee", "candidate"],
        ["premier"] = ["premier", "prime minister"],
        ["activist"] = ["activist", "campaigner", "organizer", "organiser", "advocate", "leader"],
        ["campaigner"] = ["campaigner", "activist", "organizer", "organiser", "advocate"],
        ["minister"] = ["minister", "secretary"],
        ["secretary"] = ["secretary", "minister"],
        ["president"] = ["president", "chairman", "chairwoman", "chair"],
        ["governor"] = ["governor", "gov"],
        ["senator"] = ["senator", "sen"],
        ["doctor"] = ["doctor", "dr", "physician", "surgeon"],
        ["physician"] = ["physician", "doctor", "dr", "surgeon"],
        ["commander"] = ["commander", "general", "gen", "colonel", "col", "admiral", "chief"],
        ["general"] = ["general", "gen"],
        ["coach"] = ["coach", "manager", "trainer"],
        ["manager"] = ["manager", "director", "coach"],
    };

    /// <summary>Whether a description with head word <paramref name="head"/> can refer to someone with <paramref name="roles"/>.</summary>
    public static bool Refers(string head, IReadOnlySet<string> roles)
    {
        if (roles.Contains(head)) return true;
        if (!Families.TryGetValue(head, out var members)) return false;
        foreach (var member in members)
        {
            var space = member.IndexOf(' ');
            if (space < 0 ? roles.Contains(member) : AllIn(member, roles)) return true;
        }
        return false;
    }

    private static readonly HashSet<string> RoleWords = new(
        Families.Keys.Concat(Families.Values.SelectMany(v => v)).Where(w => !w.Contains(' ')), StringComparer.OrdinalIgnoreCase);

    /// <summary>A word that names a role ("Hydrologist", "economist"): known to a family, or a profession in -ist.</summary>
    public static bool IsRoleWord(string w) =>
        RoleWords.Contains(w) || w.Length > 6 && w.EndsWith("ist", StringComparison.OrdinalIgnoreCase) && char.IsLetter(w[0]);

    private static bool AllIn(string words, IReadOnlySet<string> roles)
    {
        foreach (var w in words.Split(' '))
            if (w is not "of" && !roles.Contains(w)) return false;
        return true;
    }
}
