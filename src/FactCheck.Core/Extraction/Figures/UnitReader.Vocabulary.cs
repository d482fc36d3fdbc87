namespace FactCheck.Core.Extraction.Figures;

/// <summary>The words and symbols <see cref="UnitReader"/> knows.</summary>
internal static partial class UnitReader
{
    private static readonly Dictionary<string, string> CurrencySymbols = new(StringComparer.Ordinal)
    {
        ["$"] = "USD", ["€"] = "EUR", ["£"] = "GBP", ["¥"] = "JPY", ["₹"] = "INR", ["₩"] = "KRW", ["₽"] = "RUB", ["₺"] = "TRY", ["₦"] = "NGN",
    };

    private static readonly HashSet<string> CurrencyCodes = new(StringComparer.Ordinal)
    {
        "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "CHF", "CAD", "AUD", "NZD", "HKD", "SGD", "ZAR", "NGN", "KES", "BRL", "MXN", "RUB", "UAH", "TRY", "SEK", "NOK", "DKK", "PLN",
    };

    private static readonly Dictionary<string, string> CurrencyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dollar"] = "USD", ["dollars"] = "USD", ["euro"] = "EUR", ["euros"] = "EUR", ["yen"] = "JPY", ["yuan"] = "CNY",
        ["renminbi"] = "CNY", ["rupees"] = "INR", ["rupee"] = "INR", ["pesos"] = "MXN", ["rand"] = "ZAR", ["naira"] = "NGN",
        ["shillings"] = "KES", ["francs"] = "CHF", ["roubles"] = "RUB", ["rubles"] = "RUB", ["hryvnias"] = "UAH", ["cents"] = "USD cents",
        ["pence"] = "GBP pence", ["sterling"] = "GBP",
    };

    private static readonly HashSet<string> MoneyUnits = [.. CurrencyWords.Values, .. CurrencySymbols.Values];

    // Case-sensitive symbols; single capitals that double as words ("A", "I") are left out.
    private static readonly HashSet<string> Symbols = new(StringComparer.Ordinal)
    {
        "m", "mm", "cm", "km", "nm", "μm", "µm", "pm", "Å", "mi", "ft", "in", "yd", "g", "kg", "mg", "μg", "µg", "ng", "t", "kt", "Mt", "Gt", "lb", "lbs", "oz",
        "Pa", "kPa", "MPa", "GPa", "hPa", "bar", "mbar", "mBar", "μbar", "nbar", "Torr", "atm", "psi",
        "Mg", "K", "V", "kV", "mV", "μV", "mA", "μA", "nA", "W", "kW", "MW", "GW", "TW", "mW", "Wh", "kWh", "MWh", "GWh", "TWh",
        "J", "kJ", "MJ", "GJ", "nJ", "eV", "keV", "MeV", "GeV", "Hz", "kHz", "MHz", "GHz", "L", "l", "mL", "ml", "μL", "μl", "µl", "dL", "dl",
        "M", "mM", "μM", "µM", "nM", "mol", "mmol", "μmol", "ppm", "ppb", "ppmv", "ppbv", "s", "ms", "μs", "ns", "min", "mins", "h", "hr", "hrs", "yr", "yrs",
        "ka", "Ma", "Ga", "kyr", "Myr", "byr", "bp", "kb", "kbp", "Mb", "Gb", "kB", "MB", "GB", "TB", "Mbps", "Gbps", "kbps", "dB", "nT", "mT", "μT",
        "AU", "Rp", "RS", "RE", "RJ", "ha", "mph", "kph", "kn", "N", "kN", "mN", "cal", "kcal", "Da", "kDa", "Gy", "mGy", "Sv", "mSv", "μSv", "Bq", "mdeg", "rad", "mrad",
        "kR", "MR", "R", "UT", "IU", "U", "mbsl", "mbsf", "masl", "wt", "vol", "bps", "pp", "MtCO2", "GtC", "TWh", "Mbit", "ly", "pc", "kpc", "Mpc", "nmol", "pmol", "fold",
    };

    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["percent"] = "%", ["pct"] = "%", ["second"] = "seconds", ["seconds"] = "seconds", ["minute"] = "minutes", ["minutes"] = "minutes",
        ["hour"] = "hours", ["hours"] = "hours", ["day"] = "days", ["days"] = "days", ["night"] = "nights", ["nights"] = "nights",
        ["week"] = "weeks", ["weeks"] = "weeks", ["fortnight"] = "fortnights", ["month"] = "months", ["months"] = "months",
        ["year"] = "years", ["years"] = "years", ["decade"] = "decades", ["decades"] = "decades", ["century"] = "centuries", ["centuries"] = "centuries",
        ["metre"] = "m", ["metres"] = "m", ["meter"] = "m", ["meters"] = "m", ["kilometre"] = "km", ["kilometres"] = "km", ["kilometer"] = "km", ["kilometers"] = "km",
        ["centimetre"] = "cm", ["centimetres"] = "cm", ["centimeter"] = "cm", ["centimeters"] = "cm", ["millimetre"] = "mm", ["millimetres"] = "mm", ["millimeters"] = "mm",
        ["mile"] = "miles", ["miles"] = "miles", ["foot"] = "feet", ["feet"] = "feet", ["inch"] = "inches", ["inches"] = "inches", ["yard"] = "yards", ["yards"] = "yards",
        ["acre"] = "acres", ["acres"] = "acres", ["hectare"] = "ha", ["hectares"] = "ha", ["tonne"] = "t", ["tonnes"] = "t", ["ton"] = "tons", ["tons"] = "tons",
        ["kilogram"] = "kg", ["kilograms"] = "kg", ["kilo"] = "kg", ["kilos"] = "kg", ["gram"] = "g", ["grams"] = "g", ["pound"] = "pounds", ["pounds"] = "pounds", ["ounces"] = "ounces",
        ["litre"] = "L", ["litres"] = "L", ["liter"] = "L", ["liters"] = "L", ["gallon"] = "gallons", ["gallons"] = "gallons", ["barrel"] = "barrels", ["barrels"] = "barrels",
        ["degree"] = "degrees", ["degrees"] = "degrees", ["times"] = "times", ["fold"] = "fold", ["points"] = "points", ["point"] = "points",
        ["volts"] = "V", ["watts"] = "W", ["megawatts"] = "MW", ["gigawatts"] = "GW", ["kelvin"] = "K", ["hertz"] = "Hz",
    };

    private static readonly string[] SiPrefixes =
        ["yotta", "zetta", "exa", "peta", "tera", "giga", "mega", "kilo", "hecto", "deca", "deka", "deci", "centi", "milli", "micro", "nano", "pico", "femto", "atto"];

    // Written-out units that take SI prefixes ("megadalton", "kilojoules"); plurals are read by dropping the "s".
    private static readonly HashSet<string> BaseUnitWords = new(StringComparer.Ordinal)
    {
        "metre", "meter", "gram", "gramme", "litre", "liter", "dalton", "volt", "watt", "joule", "hertz", "pascal", "newton", "mole", "ampere",
        "kelvin", "tesla", "gray", "sievert", "becquerel", "ohm", "electronvolt", "byte", "bit", "calorie", "tonne", "farad", "coulomb", "lumen",
        "lux", "bar", "weber", "siemens", "candela", "parsec", "watthour", "curie", "rad", "rem", "gauss",
    };

    private static readonly HashSet<string> AmbiguousUnitWords = new(StringComparer.Ordinal) { "bar", "mole", "gray", "rad", "rem", "bit", "gauss", "curie", "weber", "lux" };

    private static readonly HashSet<string> TimeUnits = ["seconds", "minutes", "hours", "days", "nights", "weeks", "fortnights", "months", "years", "decades", "centuries", "s", "min", "mins", "h", "hr", "hrs", "yr", "yrs"];

    private static readonly HashSet<string> LengthUnits = ["m", "mm", "cm", "km", "μm", "µm", "nm", "miles", "feet", "inches", "yards", "ft", "in", "yd", "mi"];

    private static readonly HashSet<string> IrregularPlurals = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "men", "women", "children", "police", "staff", "personnel", "cattle", "sheep", "livestock", "aircraft", "troops", "civilians", "data",
    };

    // Plural-looking words that are not count nouns.
    private static readonly HashSet<string> NotNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "is", "has", "does", "this", "thus", "its", "us", "as", "less", "always", "was", "his", "hers", "ours", "yours", "theirs", "whereas", "perhaps",
        "across", "unless", "besides", "towards", "afterwards", "nevertheless", "regardless", "its", "plus", "minus", "versus", "various", "previous",
        "serious", "numerous", "famous", "obvious", "analysis", "basis", "thesis", "crisis", "status", "bus", "gas", "yes", "gets", "says", "makes", "takes",
        "goes", "comes", "means", "seems", "remains", "includes", "shows", "uses", "needs", "becomes", "contains", "represents", "requires", "sees",
    };
}
