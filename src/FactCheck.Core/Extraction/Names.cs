namespace FactCheck.Core.Extraction;

public enum Gender { Unknown, Male, Female }

/// <summary>Word lists for telling people, titles, roles and organisations apart without a statistical model.</summary>
public static class Names
{
    /// <summary>Honorifics and titles that precede a name and are not part of it.</summary>
    public static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "Sen", "Senator", "Rep", "Representative", "Gov", "Governor", "Gen",
        "General", "Lt", "Col", "Colonel", "Sgt", "Capt", "Captain", "Adm", "Admiral", "Maj", "Major", "President", "Minister",
        "Secretary", "Mayor", "Judge", "Justice", "Chancellor", "Premier", "Ambassador", "Commissioner", "Director", "Chairman",
        "Chairwoman", "Chair", "Chief", "Deputy", "Vice", "Prime", "Speaker", "Leader", "Sheriff", "Officer", "Detective",
        "Inspector", "Superintendent", "Coach", "Pope", "King", "Queen", "Prince", "Princess", "Sir", "Dame", "Lord", "Lady",
        "Rev", "Reverend", "Father", "Sister", "Rabbi", "Imam", "Bishop", "Archbishop", "Cardinal", "Attorney", "Former", "Acting",
        "Interim", "Executive", "CEO", "Spokesman", "Spokeswoman", "Spokesperson", "Councilman", "Councilwoman", "Councillor",
        "Congressman", "Congresswoman", "Assemblyman", "Assemblywoman", "Candidate", "Nominee", "Hon", "Economist", "Analyst",
        "Sen.", "Gov.", "Rep.", "Dr.", "Mr.", "Mrs.", "Ms.", "Lt.", "Gen.", "Atty", "Supt", "Cmdr", "Pres", "Presidential",
        "Democratic", "Republican", "GOP", "Democrat", "Foreign", "Finance", "Defense", "Defence", "Health", "Interior", "Labor",
        "Labour", "Trade", "Energy", "Education", "Economy", "Justice", "Transport", "Transportation", "Agriculture", "State",
        "Home", "Treasury", "Environment", "Majority", "Minority", "House", "Senate", "White", "National", "Security", "Adviser", "Advisor",
    };

    public static readonly HashSet<string> MaleTitles = new(StringComparer.OrdinalIgnoreCase)
    { "Mr", "Sir", "King", "Prince", "Lord", "Father", "Congressman", "Councilman", "Assemblyman", "Spokesman", "Chairman", "Rabbi", "Imam", "Pope", "Bishop", "Cardinal" };

    public static readonly HashSet<string> FemaleTitles = new(StringComparer.OrdinalIgnoreCase)
    { "Mrs", "Ms", "Miss", "Lady", "Dame", "Queen", "Princess", "Sister", "Congresswoman", "Councilwoman", "Assemblywoman", "Spokeswoman", "Chairwoman" };

    private static readonly HashSet<string> MaleFirst = new(StringComparer.Ordinal)
    {
        "John", "James", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles", "Christopher", "Daniel",
        "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua", "Kenneth", "Kevin", "Brian", "George",
        "Edward", "Ronald", "Timothy", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen",
        "Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Frank", "Gregory", "Raymond", "Alexander", "Patrick", "Jack",
        "Dennis", "Jerry", "Tyler", "Aaron", "Jose", "Henry", "Adam", "Douglas", "Nathan", "Peter", "Zachary", "Kyle", "Walter",
        "Harold", "Jeremy", "Ethan", "Carl", "Keith", "Roger", "Gerald", "Christian", "Terry", "Sean", "Arthur", "Austin", "Noah",
        "Lawrence", "Jesse", "Joe", "Bryan", "Billy", "Jordan", "Albert", "Dylan", "Bruce", "Willie", "Gabriel", "Alan", "Juan",
        "Logan", "Wayne", "Ralph", "Roy", "Eugene", "Randy", "Vincent", "Russell", "Louis", "Philip", "Bobby", "Johnny", "Bradley",
        "Bernie", "Bill", "Barack", "Ted", "Marco", "Jeb", "Ben", "Chris", "Rand", "Mike", "Jim", "Tom", "Bob", "Carlos", "Luis",
        "Miguel", "Pedro", "Diego", "Jorge", "Pablo", "Javier", "Antonio", "Manuel", "Francisco", "Rafael", "Ahmed", "Mohammed",
        "Muhammad", "Ali", "Omar", "Hassan", "Ivan", "Sergei", "Dmitri", "Vladimir", "Hans", "Klaus", "Pierre", "Jean", "Marco",
        "Giuseppe", "Luca", "Kim", "Raj", "Rahul", "Wei", "Hiroshi", "Kenji", "Tomas", "Lars", "Erik", "Olaf", "Mitt", "Newt",
        "Rick", "Lindsey", "Rudy", "Reince", "Jeff", "Harry", "Mitch", "Chuck", "Martin", "Tim", "Dan", "Sam", "Nick", "Greg",
    };

    private static readonly HashSet<string> FemaleFirst = new(StringComparer.Ordinal)
    {
        "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Nancy", "Lisa",
        "Betty", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Michelle", "Dorothy", "Carol", "Amanda", "Melissa",
        "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura", "Cynthia", "Kathleen", "Amy", "Shirley", "Angela", "Helen", "Anna",
        "Brenda", "Pamela", "Nicole", "Emma", "Samantha", "Katherine", "Christine", "Debra", "Rachel", "Catherine", "Carolyn",
        "Janet", "Ruth", "Maria", "Heather", "Diane", "Virginia", "Julie", "Joyce", "Victoria", "Olivia", "Kelly", "Christina",
        "Lauren", "Joan", "Evelyn", "Judith", "Megan", "Cheryl", "Andrea", "Hannah", "Martha", "Jacqueline", "Frances", "Gloria",
        "Ann", "Teresa", "Kathryn", "Sara", "Janice", "Jean", "Alice", "Madison", "Doris", "Abigail", "Julia", "Judy", "Grace",
        "Denise", "Amber", "Marilyn", "Beverly", "Danielle", "Theresa", "Sophia", "Marie", "Diana", "Brittany", "Natalie", "Isabella",
        "Charlotte", "Rose", "Alexis", "Kayla", "Hillary", "Carly", "Nikki", "Sarah", "Elena", "Ana", "Lucia", "Carmen", "Isabel",
        "Sofia", "Marta", "Rosa", "Paula", "Fatima", "Aisha", "Olga", "Natasha", "Ingrid", "Greta", "Angela", "Marine", "Claire",
        "Giulia", "Yuki", "Mei", "Priya", "Huma", "Hope", "Kellyanne", "Elizabeth", "Debbie", "Nancy", "Condoleezza", "Michele",
        "Jane", "Kate", "Liz", "Sue", "Meg", "Amelia", "Chloe", "Zoe", "Ines", "Valeria", "Gabriela", "Camila", "Daniela", "Leila",
    };

    /// <summary>Words that make a capitalised run an organisation, a place or a document rather than a person.</summary>
    public static readonly HashSet<string> OrganisationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Ministry", "Department", "Agency", "Commission", "Council", "Party", "Committee", "Bank", "Institute", "University",
        "Association", "Union", "Court", "Police", "Office", "Service", "Services", "Bureau", "Administration", "Authority",
        "Board", "Foundation", "Center", "Centre", "Group", "Company", "Corporation", "Corp", "Inc", "Ltd", "News", "Times",
        "Post", "Journal", "Press", "Reuters", "Network", "Campaign", "Fund", "Organization", "Organisation", "Federation",
        "Government", "Parliament", "Congress", "Senate", "House", "Assembly", "Army", "Navy", "Forces", "Club", "League",
        "Coalition", "Alliance", "Institution", "School", "College", "Hospital", "Church", "Poll", "Survey", "Report", "Study",
        "Times", "Tribune", "Herald", "Gazette", "CNN", "Fox", "NBC", "ABC", "CBS", "MSNBC", "NPR", "BBC", "AP", "AFP", "Twitter",
        "Facebook", "Google", "Microsoft", "Apple", "Amazon", "Council", "Cabinet", "Pentagon", "Kremlin", "Reserve", "Treasury",
        "Street", "City", "County", "State", "States", "Republic", "Kingdom", "Island", "Islands", "River", "Mountain", "Airport",
        "Democrats", "Republicans", "GOP", "Nations", "Commission", "Secretariat", "Tribunal", "Programme", "Program",
    };

    /// <summary>Capitalised words that never belong to a person's name (parties, nationalities, calendar, places).</summary>
    public static readonly HashSet<string> NonPersonWords = new(StringComparer.Ordinal)
    {
        "Democratic", "Democrat", "Democrats", "Republican", "Republicans", "American", "Americans", "National", "Party", "GOP",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
        "June", "July", "August", "September", "October", "November", "December", "North", "South", "East", "West", "United",
        "States", "New", "Street", "Avenue", "County", "City", "State", "Federal", "Congress", "Senate", "House", "White",
        "Supreme", "After", "Before", "With", "Without", "When", "While", "If", "In", "On", "At", "For", "From", "By", "As",
        "But", "And", "Or", "So", "Yet", "The", "This", "That", "These", "Those", "It", "Its", "Our", "Their", "His", "Her",
        "Obamacare", "Medicare", "Medicaid", "Christmas", "Easter", "Internet", "Twitter", "Facebook", "YouTube", "Iowa",
        "Islamic", "Muslim", "Muslims", "Christian", "Christians", "Jewish", "Latino", "Latinos", "Hispanic", "Hispanics",
        "European", "Russian", "Chinese", "British", "French", "German", "Mexican", "Syrian", "Iranian", "Israeli", "Arab",
        "Related", "Photo", "Video", "Update", "Read", "Watch", "Breaking", "Getty", "Images", "AP", "Reuters", "CNN", "TV",
    };

    private static readonly Dictionary<string, string> TitleRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Gov"] = "governor", ["Sen"] = "senator", ["Rep"] = "representative", ["Gen"] = "general", ["Pres"] = "president",
        ["Lt"] = "lieutenant", ["Sec"] = "secretary", ["Col"] = "colonel", ["Capt"] = "captain", ["Adm"] = "admiral",
        ["Sgt"] = "sergeant", ["Dr"] = "doctor", ["Prof"] = "professor", ["Atty"] = "attorney", ["Supt"] = "superintendent",
    };

    /// <summary>The role word a title stands for ("Gov." → "governor"), so "the governor" finds "Gov. Ana Ruiz".</summary>
    public static string RoleOf(string title)
    {
        var t = title.TrimEnd('.');
        return TitleRoles.TryGetValue(t, out var role) ? role : t.ToLowerInvariant();
    }

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "we", "i", "you", "it" };

    public static bool IsPronoun(string w) => Pronouns.Contains(w);

    public static Gender PronounGender(string w) => w.ToLowerInvariant() switch { "he" or "him" or "his" or "himself" => Gender.Male, "she" or "her" or "hers" or "herself" => Gender.Female, _ => Gender.Unknown };

    public static Gender FirstNameGender(string w) => MaleFirst.Contains(w) ? Gender.Male : FemaleFirst.Contains(w) ? Gender.Female : Gender.Unknown;

    public static bool IsTitle(string w) => Titles.Contains(w.TrimEnd('.'));

    public static bool IsOrganisationWord(string w) => OrganisationWords.Contains(w);

    /// <summary>Words ignored when comparing speaker names: articles and honorifics.</summary>
    public static bool IsStopWord(string w) => w.ToLowerInvariant() is "the" or "a" or "an" or "of" or "mr" or "mrs" or "ms" or "dr" or "sen" or "gov" or "rep" or "miss" or "prof" or "president" or "senator";
}
