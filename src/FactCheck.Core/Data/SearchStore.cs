using System.Data.Common;
using System.Globalization;
using Dapper;
using FactCheck.Core.Reviews;
using FactCheck.Core.Search;

namespace FactCheck.Core.Data;

/// <summary>How far one full-text index agrees with its table.</summary>
/// <param name="Rows">Rows in the table.</param>
/// <param name="Indexed">Rows the index holds.</param>
/// <param name="Problem">What is wrong, or null when the index and the table agree.</param>
public sealed record SearchIndexState(string Index, string Table, long Rows, long Indexed, string? Problem)
{
    public bool Agrees => Problem is null;
}

/// <summary>
/// Full-text search over articles, claims (statement, speaker, explanation), sources and evidence passages, and the
/// upkeep of its indexes (migration 0013: FTS5 tables on SQLite, tsvector tables under GIN on PostgreSQL, both kept in
/// step by triggers inside every write's transaction).
/// <para>
/// A search costs the same for a rare word and for "the": each kind of record gives at most <see cref="CandidateCap"/>
/// matches, the newest first (the engines walk their index in id order and stop), those are ranked (bm25 / ts_rank),
/// and only the best <see cref="SearchRequest.Limit"/> are joined to their tables and highlighted. The price: for a word
/// in more than 1,000 records of a kind, the best of its newest 1,000 are shown, and the count says "1,000+".
/// </para>
/// </summary>
public sealed class SearchStore(Database db)
{
    public const int CandidateCap = 1000;

    /// <summary>Each index, its table, and (PostgreSQL) the function that makes a row's document.</summary>
    private static readonly (string Index, string Table, string Document)[] Indexes =
    [
        ("search_articles", "articles", "search_article_document"),
        ("search_claims", "claims", "search_claim_document"),
        ("search_sources", "sources", "search_source_document"),
        ("search_evidence", "evidence", "search_evidence_document"),
    ];

    /// <summary>The engine difference this store meets: how an index is matched, ranked and highlighted.</summary>
    private SearchEngine Engine => db.Provider == DatabaseProvider.Postgres ? SearchEngine.Postgres : SearchEngine.Sqlite;

    /// <summary>Runs a search. Any text is safe: what is not a word is ignored (see <see cref="SearchQuery"/>).</summary>
    /// <exception cref="ArgumentException">The request is malformed (<see cref="SearchRequest.Problem"/>).</exception>
    public SearchResults Search(SearchRequest request)
    {
        if (request.Problem() is { } problem) throw new ArgumentException(problem, nameof(request));
        var query = SearchQuery.Parse(request.Query);
        if (query.IsEmpty)
            return SearchResults.None with { Notice = string.IsNullOrWhiteSpace(request.Query) ? null : "Type a word with letters or digits to search." };
        var engine = Engine;
        var args = Parameters(request, engine.Match(query));
        using var c = db.Open();
        var candidates = new List<(SearchHitKind Kind, long Id, double Score)>();
        var matches = 0;
        var more = false;
        foreach (var kind in Enum.GetValues<SearchHitKind>().Where(request.Includes))
        {
            var found = c.Query<(long Id, double Score)>(CandidatesSql(kind, request), args).AsList();
            matches += found.Count;
            more |= found.Count >= CandidateCap;
            candidates.AddRange(found.Select(f => (kind, f.Id, f.Score)));
        }
        var best = candidates.OrderByDescending(x => x.Score).ThenByDescending(x => x.Id).Take(request.Limit).ToList();
        var hits = new Dictionary<(SearchHitKind, long), SearchHit>();
        foreach (var group in best.GroupBy(x => x.Kind))
        {
            args.Add("ids", group.Select(x => x.Id).ToArray());
            args.Add("lowest", group.Min(x => x.Id));
            args.Add("highest", group.Max(x => x.Id));
            foreach (var row in c.Query<HitRow>(DetailsSql(group.Key), args))
                hits[(group.Key, row.Id)] = row.ToHit(group.Key, group.First(x => x.Id == row.Id).Score, query);
        }
        return new SearchResults(best.Where(b => hits.ContainsKey((b.Kind, b.Id))).Select(b => hits[(b.Kind, b.Id)]).ToList(), matches, more);
    }

    private DynamicParameters Parameters(SearchRequest r, string match)
    {
        var p = new DynamicParameters();
        p.Add("match", match);
        p.Add("cap", CandidateCap);
        p.Add("headline", SearchEngine.HeadlineOptions);
        p.Add("verdict", r.Verdict);
        p.Add("speaker", Contains(r.Speaker));
        p.Add("outlet", Contains(r.Outlet));
        p.Add("from", r.PublishedFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        p.Add("to", r.PublishedTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        p.Add("state", r.State?.ToString());
        p.Add("assigneeId", r.AssigneeId);
        return p;
    }

    private static string? Contains(string? words) =>
        string.IsNullOrWhiteSpace(words) ? null : "%" + words.Trim().Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";

    /// <summary>
    /// The newest <see cref="CandidateCap"/> matches of one kind with their scores. Filters join the claim (c) and the
    /// article (a) a record belongs to; without filters nothing is joined before the limit.
    /// </summary>
    private string CandidatesSql(SearchHitKind kind, SearchRequest r)
    {
        var e = Engine;
        var key = e.Key;
        var like = db.Dialect.CaseInsensitiveLike;
        var claimFilter = string.Concat(
            r.Verdict is null ? "" : " AND c.verdict = @verdict COLLATE NOCASE",
            r.Speaker is null ? "" : $" AND c.speaker_name {like} @speaker ESCAPE '\\'",
            r.State is null ? "" : " AND c.status = @state",
            r.AssigneeId is null ? "" : " AND c.assignee_id = @assigneeId");
        var articleFilter = string.Concat(
            r.Outlet is null ? "" : $" AND a.outlet {like} @outlet ESCAPE '\\'",
            r.PublishedFrom is null ? "" : " AND a.published >= @from",
            r.PublishedTo is null ? "" : " AND a.published <= @to");
        var filtered = r.HasClaimFilter || r.HasArticleFilter;
        var (index, joins, where) = kind switch
        {
            SearchHitKind.Article => ("search_articles",
                r.HasArticleFilter ? $"JOIN articles a ON a.id = {key}" : "",
                articleFilter + (r.HasClaimFilter ? $" AND EXISTS (SELECT 1 FROM claims c WHERE c.article_id = {key}{claimFilter})" : "")),
            SearchHitKind.Claim => ("search_claims",
                filtered ? $"JOIN claims c ON c.id = {key} JOIN articles a ON a.id = c.article_id" : "",
                claimFilter + articleFilter),
            SearchHitKind.Source => ("search_sources",
                "",
                filtered ? $"""
                    AND EXISTS (SELECT 1 FROM evidence e JOIN claims c ON c.id = e.claim_id JOIN articles a ON a.id = c.article_id
                                WHERE e.source_id = {key}{claimFilter}{articleFilter})
                    """ : ""),
            _ => ("search_evidence",
                filtered ? $"JOIN evidence e ON e.id = {key} JOIN claims c ON c.id = e.claim_id JOIN articles a ON a.id = c.article_id" : "",
                claimFilter + articleFilter),
        };
        return e.Candidates(index, joins, where);
    }

    /// <summary>What the page shows for the chosen hits of one kind, with the highlighted snippet.</summary>
    private string DetailsSql(SearchHitKind kind) => kind switch
    {
        // An article's text is long: the engines' highlighters would read all of it (and, for a common word, every place
        // it occurs), so its snippet is made from the start of the text by SearchSnippet.MarkAround. Same SQL on both.
        SearchHitKind.Article => $"""
            SELECT a.id, a.title, a.id AS article_id, a.title AS article_title, a.outlet, a.published, a.url,
                   substr(a.text, 1, 50000) AS body
            FROM articles a
            WHERE {db.Dialect.InList("a.id", "ids")}
            """,
        SearchHitKind.Claim => Engine.Details("search_claims", "c",
            """
            c.id, c.statement AS title, a.id AS article_id, a.title AS article_title, a.outlet, a.published,
            c.id AS claim_id, c.verdict, c.status, c.speaker_name AS speaker
            """,
            "claims c JOIN articles a ON a.id = c.article_id",
            "concat_ws(' — ', c.statement, c.speaker_name, c.explanation)"),
        SearchHitKind.Source => Engine.Details("search_sources", "s",
            """
            s.id, COALESCE(s.title, s.url) AS title, s.url
            """,
            "sources s",
            "concat_ws(' — ', s.title, s.publisher, s.author, s.url, s.notes)"),
        _ => Engine.Details("search_evidence", "e",
            """
            e.id, COALESCE(s.title, s.url) AS title, a.id AS article_id, a.title AS article_title, a.outlet, a.published,
            c.id AS claim_id, c.statement AS claim_statement, c.verdict, c.status, c.speaker_name AS speaker, s.url
            """,
            "evidence e JOIN claims c ON c.id = e.claim_id JOIN articles a ON a.id = c.article_id JOIN sources s ON s.id = e.source_id",
            "e.passage"),
    };

    /// <summary>Fills every index again from its table, in one transaction (for a database whose index is missing or damaged).</summary>
    public void Rebuild()
    {
        using var c = db.Open();
        using var tx = Database.BeginWrite(c);
        // No writer of the indexed tables may change a row between the index's DELETE and INSERT (SQLite's one writer
        // is this one already); readers go on.
        if (db.Provider == DatabaseProvider.Postgres)
            c.Execute("LOCK TABLE articles, claims, sources, evidence IN SHARE MODE", transaction: tx);
        foreach (var (index, table, document) in Indexes)
        {
            // Index, table and function names are our constants above, never input.
            if (db.Provider == DatabaseProvider.Postgres)
                c.Execute($"""
                    DELETE FROM {index};
                    INSERT INTO {index} (id, document) SELECT t.id, {document}(t) FROM {table} t;
                    """, transaction: tx);
            else
                c.Execute($"INSERT INTO {index} ({index}) VALUES ('rebuild')", transaction: tx);
        }
        tx.Commit();
    }

    /// <summary>Whether each index holds exactly its table's rows, each with the words the row has now.</summary>
    public IReadOnlyList<SearchIndexState> Check()
    {
        using var c = db.Open();
        var states = new List<SearchIndexState>();
        foreach (var (index, table, document) in Indexes)
        {
            var rows = c.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table}");
            if (db.Provider == DatabaseProvider.Postgres)
            {
                var indexed = c.ExecuteScalar<long>($"SELECT COUNT(*) FROM {index}");
                var stale = c.ExecuteScalar<long>($"""
                    SELECT COUNT(*) FROM {table} t LEFT JOIN {index} s ON s.id = t.id
                    WHERE s.document IS DISTINCT FROM {document}(t)
                    """);
                states.Add(new SearchIndexState(index, table, rows, indexed, Describe(rows, indexed, stale == 0 ? null : $"{stale:N0} rows are missing or indexed with old words")));
            }
            else
            {
                var indexed = c.ExecuteScalar<long>($"SELECT COUNT(*) FROM {index}_docsize");
                string? damage = null;
                // FTS5 compares every indexed word with the table's current text when the rank argument is 1.
                try { c.Execute($"INSERT INTO {index} ({index}, rank) VALUES ('integrity-check', 1)"); }
                catch (Microsoft.Data.Sqlite.SqliteException e) { damage = "the index does not match the table's text (" + e.Message.TrimEnd('.') + ")"; }
                states.Add(new SearchIndexState(index, table, rows, indexed, Describe(rows, indexed, damage)));
            }
        }
        return states;
    }

    private static string? Describe(long rows, long indexed, string? damage) =>
        rows != indexed ? $"the table has {rows:N0} rows but the index {indexed:N0}" + (damage is null ? "" : "; " + damage) : damage;

    /// <summary>
    /// The SQL that differs between the engines, for every kind alike. SQLite: FTS5 tables keyed by rowid, bm25() (lower
    /// is better, so negated), snippet() inside the MATCH query. PostgreSQL: tables of tsvectors keyed by id, ts_rank()
    /// and ts_headline() over the row's text. SQLite reads the chosen hits in one pass over the index between their lowest
    /// and highest id (CROSS JOIN keeps the index outermost; "+" keeps the id list from being a lookup per id, each of
    /// which would expand a prefix query again). Both mark matches with <see cref="SearchSnippet.Start"/>/<see cref="SearchSnippet.Stop"/>.
    /// </summary>
    private sealed record SearchEngine
    {
        /// <summary>ts_headline's options: our markers, and a couple of short fragments.</summary>
        public const string HeadlineOptions = "StartSel=\"\u0002\", StopSel=\"\u0003\", MaxWords=28, MinWords=10, MaxFragments=2, FragmentDelimiter=\" … \"";

        public static readonly SearchEngine Sqlite = new()
        {
            Key = "f.rowid",
            Match = q => q.ToFts5(),
            Candidates = (index, joins, where) => $"""
                SELECT f.rowid AS id, -bm25(f.{index}) AS score
                FROM {index} AS f {joins}
                WHERE f.{index} MATCH @match {where}
                ORDER BY f.rowid DESC LIMIT @cap
                """,
            Details = (index, alias, columns, from, _) => $"""
                SELECT {columns}, snippet(f.{index}, -1, char(2), char(3), '…', 24) AS snippet
                FROM {index} AS f CROSS JOIN {from}
                WHERE {alias}.id = f.rowid AND f.{index} MATCH @match AND f.rowid BETWEEN @lowest AND @highest AND +f.rowid IN @ids
                """,
        };

        public static readonly SearchEngine Postgres = new()
        {
            Key = "f.id",
            Match = q => q.ToTsQuery(),
            Candidates = (index, joins, where) => $"""
                SELECT f.id AS id, ts_rank(f.document, q.query)::float8 AS score
                FROM {index} AS f CROSS JOIN to_tsquery('english', @match) AS q(query) {joins}
                WHERE f.document @@ q.query {where}
                ORDER BY f.id DESC LIMIT @cap
                """,
            Details = (_, alias, columns, from, text) => $"""
                SELECT {columns}, ts_headline('english', {text}, to_tsquery('english', @match), @headline) AS snippet
                FROM {from}
                WHERE {alias}.id = ANY(@ids)
                """,
        };

        /// <summary>The index's id of a row, in candidate queries (the index is aliased f).</summary>
        public required string Key { get; init; }

        public required Func<SearchQuery, string> Match { get; init; }

        /// <summary>(index, joins, extra conditions) → SELECT id, score of the newest @cap matches.</summary>
        public required Func<string, string, string, string> Candidates { get; init; }

        /// <summary>(index, alias of the kind's table, columns, FROM clause, text to highlight on PostgreSQL) → the hits @ids.</summary>
        public required Func<string, string, string, string, string, string> Details { get; init; }
    }

    private sealed class HitRow
    {
        public long Id { get; set; }
        public string? Title { get; set; }
        public long? ArticleId { get; set; }
        public string? ArticleTitle { get; set; }
        public string? Outlet { get; set; }
        public string? Published { get; set; }
        public long? ClaimId { get; set; }
        public string? ClaimStatement { get; set; }
        public string? Verdict { get; set; }
        public string? Status { get; set; }
        public string? Speaker { get; set; }
        public string? Url { get; set; }
        public string? Snippet { get; set; }
        public string? Body { get; set; }

        public SearchHit ToHit(SearchHitKind kind, double score, SearchQuery query) => new()
        {
            Kind = kind, Id = Id, Title = SearchSnippet.Shorten(Title, 200), Score = score,
            SnippetHtml = SearchSnippet.ToHtml(Body is null ? Snippet : SearchSnippet.MarkAround(Body, query)),
            ArticleId = ArticleId, ArticleTitle = ArticleTitle, Outlet = Outlet, Published = Published, ClaimId = ClaimId,
            ClaimStatement = ClaimStatement is null ? null : SearchSnippet.Shorten(ClaimStatement, 200),
            Verdict = Verdict, Status = Enum.TryParse<ClaimStatus>(Status, out var s) ? s : null, Speaker = Speaker, Url = Url,
        };
    }
}
