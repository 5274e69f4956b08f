using System.Diagnostics;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.Data.Sqlite;

/// <summary>
/// What the other staff pages read, at the scale a district reaches in ten years (issue 17, "every page"): the
/// notices the daily scan would have raised (due soon and overdue, one per item, kind and deadline), a news post for
/// every fourth conference, a conference's history (created, updated, minutes saved), and per commune its bodies,
/// answer templates, legal bases and staff accounts. Set-based inserts from the rows already there, so a district
/// generated before this (<c>pages &lt;file&gt;</c>) gets them too; a second run adds nothing.
/// </summary>
static class WorkingPagesData
{
    public static void Write(string file)
    {
        var watch = Stopwatch.StartNew();
        using var connection = new SqliteConnection($"Data Source={file}");
        connection.Open();
        Exec(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;");
        if (Scalar(connection, "SELECT count(*) FROM Organizations") > 0)
        {
            Console.WriteLine("Working pages' rows already there: nothing added.");
            return;
        }
        using var tx = connection.BeginTransaction();
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");
        var open = string.Join(",", FollowUpStateMachine.OpenStates.Select(s => (int)s));
        var closed = (int)FollowUpState.Closed;
        // The scan raises "due soon" 7 days before the deadline and "overdue" the day after, for items still open then.
        Exec(connection, $"""
            INSERT INTO FollowUpNotices (FollowUpItemId, Kind, Deadline, CreatedAtUtc, EmailRecipients, EmailedAtUtc)
            SELECT Id, {(int)NoticeKind.DueSoon}, Deadline, date(Deadline, '-{Deadlines.DueSoonDays} days') || ' 01:00:00', 1, date(Deadline, '-{Deadlines.DueSoonDays} days') || ' 01:05:00'
            FROM FollowUps WHERE Deadline IS NOT NULL AND date(Deadline, '-{Deadlines.DueSoonDays} days') <= '{today}'
              AND (State IN ({open}) OR (State = {closed} AND ClosedAtUtc > date(Deadline, '-{Deadlines.DueSoonDays} days')));
            INSERT INTO FollowUpNotices (FollowUpItemId, Kind, Deadline, CreatedAtUtc, EmailRecipients, EmailedAtUtc)
            SELECT Id, {(int)NoticeKind.Overdue}, Deadline, date(Deadline, '+1 days') || ' 01:00:00', 1, date(Deadline, '+1 days') || ' 01:05:00'
            FROM FollowUps WHERE Deadline IS NOT NULL AND Deadline < '{today}'
              AND (State IN ({open}) OR (State = {closed} AND ClosedAtUtc > Deadline));
            """, tx);
        Exec(connection, $$"""
            INSERT INTO NewsPosts (UnitId, ConferenceId, Category, State, Title, Slug, Lead, BodyHtml, AuthorLine, Tags, SearchText,
                                   CreatedAtUtc, UpdatedAtUtc, PublishAtUtc, ViewCount, Version, IsDeleted)
            SELECT UnitId, Id, CASE Kind WHEN 1 THEN 1 ELSE 2 END, CASE WHEN Id % 40 = 0 THEN 1 WHEN Id % 40 = 4 THEN 2 ELSE 3 END,
                   Title, 'tin-' || Id, 'Tin về ' || Title, '<p>' || Title || ' tại ' || Place || '.</p>', 'Văn phòng', '', SearchText,
                   HeldOn || ' 09:00:00', HeldOn || ' 10:00:00', CASE WHEN Id % 40 IN (0, 4) THEN NULL ELSE date(HeldOn, '+2 days') || ' 01:00:00' END,
                   Id % 500, upper(hex(randomblob(16))), 0
            FROM Conferences WHERE Id % 4 = 0;
            INSERT INTO AuditEntries (EntityType, EntityId, Action, UserName, AtUtc, UnitId, RootKey, Changes)
            SELECT 'Conference', Id, {{(int)AuditAction.Created}}, 'generator', date(HeldOn, '-10 days') || ' 02:00:00', UnitId, 'Conference/' || Id, '{}' FROM Conferences
            UNION ALL
            SELECT 'Conference', Id, {{(int)AuditAction.Updated}}, 'generator', HeldOn || ' 08:00:00', UnitId, 'Conference/' || Id,
                   json_object('Place', json_object('old', 'Nhà văn hóa', 'new', Place)) FROM Conferences
            UNION ALL
            SELECT 'Conference', Id, {{(int)AuditAction.Updated}}, 'generator', date(HeldOn, '+1 days') || ' 08:00:00', UnitId, 'Conference/' || Id,
                   json_object('Title', json_object('old', 'Dự kiến: ' || Title, 'new', Title)) FROM Conferences;
            """, tx);
        foreach (var (id, code, name) in Communes(connection, tx))
            AddCommuneCatalogues(connection, tx, id, code, name);
        tx.Commit();
        Exec(connection, "ANALYZE;");
        Console.WriteLine($"Working pages' rows: {Scalar(connection, "SELECT count(*) FROM FollowUpNotices"):N0} notices, " +
                          $"{Scalar(connection, "SELECT count(*) FROM NewsPosts"):N0} news posts, {Scalar(connection, "SELECT count(*) FROM AuditEntries"):N0} history lines, " +
                          $"{Scalar(connection, "SELECT count(*) FROM Organizations"):N0} bodies, {Scalar(connection, "SELECT count(*) FROM AspNetUsers"):N0} accounts " +
                          $"({watch.Elapsed.TotalSeconds:0} s)");
    }

    private static readonly (OrganizationKind Kind, string Name)[] Bodies =
    [
        (OrganizationKind.PartyCommittee, "Đảng ủy"), (OrganizationKind.PeoplesCommittee, "Ủy ban nhân dân"), (OrganizationKind.PeoplesCouncil, "Hội đồng nhân dân"),
        (OrganizationKind.FatherlandFront, "Ủy ban Mặt trận Tổ quốc"), (OrganizationKind.FarmersAssociation, "Hội Nông dân"), (OrganizationKind.YouthUnion, "Đoàn Thanh niên"),
        (OrganizationKind.VeteransAssociation, "Hội Cựu chiến binh"),
    ];

    private static void AddCommuneCatalogues(SqliteConnection connection, SqliteTransaction tx, int unitId, string code, string unitName)
    {
        foreach (var (kind, name) in Bodies)
        {
            var full = $"{name} xã {unitName}";
            Run(connection, tx, "INSERT INTO Organizations (UnitId, Kind, Name, SearchText, Version, IsDeleted) VALUES ($1,$2,$3,$4,$5,0)",
                unitId, (int)kind, full, VietnameseText.Fold(full), Guid.NewGuid().ToString().ToUpperInvariant());
        }
        Exec(connection, $"""
            INSERT INTO AnswerTemplates (UnitId, TopicId, Title, Body, Version, IsDeleted)
            SELECT UnitId, Id, 'Trả lời về ' || Name, 'Ủy ban nhân dân xã đã tiếp nhận ý kiến về ' || Name || ' và giao bộ phận chuyên môn xem xét, trả lời trong thời hạn.',
                   upper(hex(randomblob(16))), 0 FROM Topics WHERE UnitId = {unitId};
            """, tx);
        for (var n = 1; n <= 20; n++)
        {
            var title = $"Về việc tổ chức đối thoại với Nhân dân năm {2015 + (n + 1) / 2}";
            Run(connection, tx, "INSERT INTO LegalBases (UnitId, DocumentType, Number, IssuedOn, IssuingBody, Title, SearchText, Version, IsDeleted) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,0)",
                unitId, n % 2 == 0 ? "Kế hoạch" : "Quyết định", $"{n}/KH-UBND", $"{2015 + (n + 1) / 2}-01-{10 + n % 15:00}", $"UBND xã {unitName}", title,
                VietnameseText.Fold(title), Guid.NewGuid().ToString().ToUpperInvariant());
        }
        for (var n = 1; n <= 4; n++)
        {
            var email = $"{code.ToLowerInvariant()}-{n}@gen.local";
            var fullName = $"Cán bộ {n} xã {unitName}";
            Run(connection, tx, """
                INSERT INTO AspNetUsers (UserName, NormalizedUserName, Email, NormalizedEmail, EmailConfirmed, SecurityStamp, ConcurrencyStamp,
                    PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount, FullName, UnitId, SearchText, CreatedAtUtc)
                VALUES ($1,$2,$1,$2,1,$3,$4,0,0,1,0,$5,$6,$7,'2016-01-05 02:00:00')
                """, email, email.ToUpperInvariant(), Guid.NewGuid().ToString("N").ToUpperInvariant(), Guid.NewGuid().ToString(), fullName, unitId,
                VietnameseText.Fold($"{fullName} {email}"));
            Exec(connection, $"INSERT INTO AspNetUserRoles (UserId, RoleId) SELECT last_insert_rowid(), Id FROM AspNetRoles WHERE Name = 'WardStaff';", tx);
        }
    }

    private static List<(int Id, string Code, string Name)> Communes(SqliteConnection connection, SqliteTransaction tx)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"SELECT Id, Code, Name FROM Units WHERE Kind IN ({(int)UnitKind.Commune}, {(int)UnitKind.Ward}) ORDER BY Id";
        using var reader = cmd.ExecuteReader();
        var communes = new List<(int, string, string)>();
        while (reader.Read()) communes.Add((reader.GetInt32(0), reader.GetString(1), reader.GetString(2)));
        return communes;
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return (long)cmd.ExecuteScalar()!;
    }

    private static void Exec(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static void Run(SqliteConnection connection, SqliteTransaction tx, string sql, params object?[] values)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        for (var i = 0; i < values.Length; i++) cmd.Parameters.AddWithValue($"${i + 1}", values[i] ?? DBNull.Value);
        cmd.ExecuteNonQuery();
    }
}
