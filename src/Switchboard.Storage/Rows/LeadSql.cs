namespace Switchboard.Storage.Rows;

/// <summary>The lead statements both dialects share; dialect fragments are passed in.</summary>
internal static class LeadSql
{
    public const string Columns =
        "id AS Id, seq AS Seq, external_id AS ExternalId, owner_id AS OwnerId, status AS Status, stage AS Stage, " +
        "score AS Score, grade AS Grade, pool_id AS PoolId, config_version AS ConfigVersion, created_at AS CreatedAt, " +
        "assigned_at AS AssignedAt, first_touch_at AS FirstTouchAt, updated_at AS UpdatedAt, data AS Data, " +
        "previous_owners AS PreviousOwners, routed_pool_id AS RoutedPoolId, reassignments AS Reassignments, engagement AS Engagement, " +
        "form_id AS FormId";

    public const string SelectById = $"SELECT {Columns} FROM leads WHERE id = @id";
    public static string SelectByIds(KeyedRows keyed) => keyed(Columns, "leads", "id", "@ids", "TRUE", null);

    /// <summary>Statuses that close a lead (Lead.IsOpen is false).</summary>
    public const string OpenStatusFilter = "status NOT IN ('converted', 'disqualified', 'recycled')";

    /// <summary>Open leads matching any of the external ids, email keys or phone keys: at least the newest per key and kind.</summary>
    public static string FindOpenDuplicates(KeyedRows keyed)
    {
        const string select = "id AS Id, seq AS Seq, external_id AS ExternalId, email_norm AS Email, phone_key AS Phone";
        return $"{keyed(select, "leads", "external_id", "@externalIds", OpenStatusFilter, "seq")} " +
               $"UNION ALL {keyed(select, "leads", "email_norm", "@emails", OpenStatusFilter, "seq")} " +
               $"UNION ALL {keyed(select, "leads", "phone_key", "@phones", "phone_key IS NOT NULL AND " + OpenStatusFilter, "seq")}";
    }

    public static string FindIdempotencyKeys(KeyedRows keyed) =>
        keyed("idempotency_key AS IdempotencyKey, id AS LeadId, 0 AS Merged", "leads", "idempotency_key", "@keys", "idempotency_key IS NOT NULL", null) +
        " UNION ALL " + keyed("idempotency_key AS IdempotencyKey, lead_id AS LeadId, 1 AS Merged", "merge_keys", "idempotency_key", "@keys", "TRUE", null);

    /// <param name="nextSeq">The dialect's expression for the next sequence value.</param>
    public static string Insert(string nextSeq) =>
        "INSERT INTO leads (id, seq, external_id, idempotency_key, owner_id, status, stage, score, grade, pool_id, " +
        "config_version, created_at, assigned_at, first_touch_at, updated_at, email_norm, search_text, data, previous_owners, " +
        "routed_pool_id, reassignments, engagement, phone_key, source, form_id) " +
        $"VALUES (@Id, {nextSeq}, @ExternalId, @IdempotencyKey, @OwnerId, @Status, @Stage, @Score, @Grade, @PoolId, " +
        "@ConfigVersion, @CreatedAt, @AssignedAt, @FirstTouchAt, @UpdatedAt, @EmailNorm, @SearchText, @Data, @PreviousOwners, " +
        "@RoutedPoolId, @Reassignments, @Engagement, @PhoneKey, @Source, @FormId)";

    /// <summary>Everything but id, seq, idempotency_key and form_id (fixed at insert).</summary>
    public const string Update =
        "UPDATE leads SET external_id = @ExternalId, owner_id = @OwnerId, status = @Status, stage = @Stage, " +
        "score = @Score, grade = @Grade, pool_id = @PoolId, config_version = @ConfigVersion, created_at = @CreatedAt, " +
        "assigned_at = @AssignedAt, first_touch_at = @FirstTouchAt, updated_at = @UpdatedAt, email_norm = @EmailNorm, " +
        "search_text = @SearchText, data = @Data, previous_owners = @PreviousOwners, routed_pool_id = @RoutedPoolId, " +
        "reassignments = @Reassignments, engagement = @Engagement, phone_key = @PhoneKey, source = @Source WHERE id = @Id";

    /// <summary>Leads waiting in a pool (status queued), oldest first.</summary>
    public const string QueuedInPool =
        "SELECT id FROM leads WHERE pool_id = @poolId AND status = 'queued' ORDER BY seq LIMIT @limit";

    /// <summary>
    /// The keyset condition (when continuing after @afterScore, @afterCreated, @afterSeq), ORDER BY and LIMIT @take of a lead
    /// list in <paramref name="sort"/> order. Row-value comparisons match the indexes ending in (created_at, seq) and
    /// (score, created_at, seq) on both dialects.
    /// </summary>
    public static string Page(LeadSort sort, bool continued) => sort switch
    {
        LeadSort.CreatedAscending => (continued ? " AND (created_at, seq) > (@afterCreated, @afterSeq)" : "")
            + " ORDER BY created_at, seq LIMIT @take",
        LeadSort.Score => (continued ? " AND (score, created_at, seq) < (@afterScore, @afterCreated, @afterSeq)" : "")
            + " ORDER BY score DESC, created_at DESC, seq DESC LIMIT @take",
        _ => (continued ? " AND (created_at, seq) < (@afterCreated, @afterSeq)" : "")
            + " ORDER BY created_at DESC, seq DESC LIMIT @take",
    };

    public const string DecisionsOfLead = "SELECT document FROM decisions WHERE lead_id = @leadId ORDER BY id";
}

/// <summary>A dialect's <see cref="SqlStore.KeyedRowsSql"/>.</summary>
internal delegate string KeyedRows(string select, string table, string column, string parameter, string filter, string? newestBy);
