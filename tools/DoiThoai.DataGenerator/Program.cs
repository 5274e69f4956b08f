using System.Diagnostics;
using DoiThoai.Web.Authorization;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Features.Dashboard;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

// dotnet run --project tools/DoiThoai.DataGenerator -c Release -- generate /tmp/district.db [conferences]
// dotnet run --project tools/DoiThoai.DataGenerator -c Release -- bench /tmp/district.db [runs]
var command = args.ElementAtOrDefault(0) ?? "help";
var file = args.ElementAtOrDefault(1) ?? Path.Combine(Path.GetTempPath(), "doithoai-district.db");
switch (command)
{
    case "generate":
        await Generator.RunAsync(file, int.TryParse(args.ElementAtOrDefault(2), out var n) ? n : 100_000);
        break;
    case "search":
        // A district generated before the search entries, or stopped while building them: answers, the entries still missing.
        // "search <file> <part> <parts>": one of several processes sharing the entries still missing, answers already written.
        if (int.TryParse(args.ElementAtOrDefault(2), out var part) && int.TryParse(args.ElementAtOrDefault(3), out var parts))
        {
            await SearchData.BuildEntriesAsync(file, part, parts);
            break;
        }
        SearchData.WriteAnswers(file);
        await SearchData.BuildEntriesAsync(file);
        break;
    case "pages":
        // A district generated before the other staff pages' rows (notices, news, history, catalogues, accounts).
        WorkingPagesData.Write(file);
        break;
    case "bench":
        await Bench.RunAsync(file, int.TryParse(args.ElementAtOrDefault(2), out var runs) ? runs : 30);
        break;
    default:
        Console.WriteLine("generate <file.db> [conferences] | search <file.db> | pages <file.db> | bench <file.db> [runs]");
        break;
}

static class Db
{
    public static SqliteAppDbContext Context(string file)
    {
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={file}");
        // DOITHOAI_SQL=1 prints every command with its duration, to read the SQL and its query plan.
        if (Environment.GetEnvironmentVariable("DOITHOAI_SQL") == "1")
            options.LogTo(Console.WriteLine, [RelationalEventId.CommandExecuted]);
        return new(options.UseSaveTimeWork().Options);
    }

    /// <summary>The per-conference figures dashboards read, built by the portal's own builder, with progress.</summary>
    public static async Task<int> BuildFiguresAsync(string file)
    {
        var watch = Stopwatch.StartNew();
        await using var db = Context(file);
        var built = await ConferenceFiguresBuilder.BuildMissingAsync(db, (done, total) =>
        {
            if (done % 10_000 < 2_000 || done == total)
                Console.WriteLine($"  figures: {done:N0}/{total:N0} conferences ({watch.Elapsed.TotalSeconds:0} s)");
        });
        if (built > 0) Console.WriteLine($"Figures of {built:N0} conferences built in {watch.Elapsed.TotalSeconds:0} s");
        return built;
    }
}

/// <summary>
/// A district of 50 communes with 5 villages each, ten years of conferences (about 20 opinions and petitions
/// each), follow-up items for every petition, proposal and question, and a yearly plan per commune.
/// The schema comes from the migrations; rows go in with prepared statements in large transactions.
/// </summary>
static class Generator
{
    private const int Communes = 50;
    private const int FirstYear = 2016;
    private const int Years = 10;
    private static readonly string[] Topics =
        ["Đất đai", "Môi trường", "Giao thông", "An sinh xã hội", "Y tế", "Giáo dục", "Chính sách người có công", "Trật tự đô thị", "Nông nghiệp", "Cải cách hành chính", "Điện, nước sinh hoạt", "Phụ cấp cán bộ"];

    public static async Task RunAsync(string file, int conferenceCount)
    {
        var total = Stopwatch.StartNew();
        foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
        await using (var db = Db.Context(file)) await db.Database.MigrateAsync();
        Console.WriteLine($"Schema from migrations: {total.Elapsed.TotalSeconds:0.0} s");

        using var connection = new SqliteConnection($"Data Source={file}");
        connection.Open();
        Exec(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-400000;");
        var random = new Random(20261123);
        // Words have their own random, so the district's shape (units, dates, counts, states) stays as it was.
        var texts = new Random(20261201);

        // Units: a province, the district, 50 communes, 5 villages each.
        var nextUnit = 100_000;
        int AddUnit(SqliteTransaction tx, int kind, string name, string code, int? parent, string parentPath)
        {
            var id = nextUnit++;
            var path = UnitPath.ChildOf(parentPath, id);
            Run(connection, tx, "INSERT INTO Units (Id, Kind, Name, Code, ParentId, Path, SearchText, Version, IsDeleted) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,0)",
                id, kind, name, code, parent, path, VietnameseText.Fold(name), Guid.NewGuid().ToString().ToUpperInvariant());
            return id;
        }
        var communes = new List<(int Id, string Path, int[] Topics, int[] Villages)>();
        int districtId;
        using (var tx = connection.BeginTransaction())
        {
            var province = AddUnit(tx, 1, "Mẫu", "GEN", null, UnitPath.Root);
            districtId = AddUnit(tx, 10, "Mẫu Sơn", "GEN-D", province, $"/{province}/");
            var districtPath = $"/{province}/{districtId}/";
            var topicId = 100_000;
            for (var c = 1; c <= Communes; c++)
            {
                var id = AddUnit(tx, c % 5 == 0 ? 21 : 20, $"Mẫu {c:00}", $"GEN-D-{c:00}", districtId, districtPath);
                var path = $"{districtPath}{id}/";
                var villages = Enumerable.Range(1, 5).Select(v => AddUnit(tx, 30, $"Thôn {v} xã Mẫu {c:00}", $"GEN-D-{c:00}-{v}", id, path)).ToArray();
                var topics = new int[Topics.Length];
                for (var t = 0; t < Topics.Length; t++)
                {
                    topics[t] = topicId++;
                    Run(connection, tx, "INSERT INTO Topics (Id, UnitId, Name, SearchText, Version, IsDeleted) VALUES ($1,$2,$3,$4,$5,0)",
                        topics[t], id, Topics[t], VietnameseText.Fold(Topics[t]), Guid.NewGuid().ToString().ToUpperInvariant());
                }
                communes.Add((id, path, topics, villages));
            }
            tx.Commit();
        }

        var conference = Prepare(connection, "INSERT INTO Conferences (Id, UnitId, Kind, Status, Title, HeldOn, Place, UnitemizedOpinionCount, UnitemizedPetitionCount, SearchText, Version, IsDeleted) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,0)", 11);
        var petition = Prepare(connection, "INSERT INTO Petitions (Id, ConferenceId, UnitId, \"Order\", Kind, Content, TopicId, OnTheSpotAnswer, SearchText, Version, IsDeleted) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,0)", 10);
        var followUp = Prepare(connection, "INSERT INTO FollowUps (Id, UnitId, ConferenceId, PetitionId, Kind, State, ResponsibleUnitId, AssignedOn, Deadline, Priority, ProgressPercent, ClosedAtUtc, IsPublic, Version, IsDeleted, Verdict, VerdictAtUtc, TopicId) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,1,$10,$11,0,$12,0,$13,$14,$15)", 15);
        var plan = Prepare(connection, "INSERT INTO DialoguePlans (Id, UnitId, Year, DocumentNumber, Version, IsDeleted) VALUES ($1,$2,$3,$4,$5,0)", 5);
        var entry = Prepare(connection, "INSERT INTO PlanEntries (Id, PlanId, UnitId, Month, Topic, LeadBy, ConferenceId, Version, IsDeleted) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,0)", 8);

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var start = new DateOnly(FirstYear, 1, 1);
        var days = new DateOnly(FirstYear + Years - 1, 12, 31).DayNumber - start.DayNumber + 1;
        long petitions = 0, items = 0;
        var petitionId = 1L;
        var itemId = 1L;
        var planId = 1;
        var entryId = 1;
        var batch = 5_000;
        var loop = Stopwatch.StartNew();
        // Conferences in date order so that each commune's dialogues of a year can be linked to its plan.
        var dialoguesByCommuneYear = new Dictionary<(int, int), List<int>>();
        for (var done = 0; done < conferenceCount; done += batch)
        {
            using var tx = connection.BeginTransaction();
            foreach (var cmd in new[] { conference, petition, followUp }) cmd.Transaction = tx;
            for (var i = done; i < Math.Min(done + batch, conferenceCount); i++)
            {
                var id = i + 1;
                var commune = communes[random.Next(Communes)];
                var unitId = random.Next(4) == 0 ? commune.Villages[random.Next(5)] : commune.Id;
                var heldOn = start.AddDays((int)((long)i * days / conferenceCount));
                var kind = random.Next(10) switch { < 4 => 1, < 7 => 2, < 9 => 3, _ => 4 };
                var unitemized = random.Next(5) == 0;
                var title = PetitionTexts.Title(texts, KindName(kind), heldOn, Topics[texts.Next(Topics.Length)]);
                Bind(conference, id, unitId, kind, heldOn < today ? 3 : 1, title, heldOn.ToString("yyyy-MM-dd"), "Hội trường UBND xã",
                    unitemized ? random.Next(5, 60) : 0, unitemized ? random.Next(0, 20) : 0, VietnameseText.Fold(title), Guid.NewGuid().ToString().ToUpperInvariant());
                if (kind == 1 && unitId == commune.Id)
                {
                    if (!dialoguesByCommuneYear.TryGetValue((commune.Id, heldOn.Year), out var list)) dialoguesByCommuneYear[(commune.Id, heldOn.Year)] = list = [];
                    list.Add(id);
                }
                var count = 10 + random.Next(21); // 10–30, about 20 on average
                for (var order = 1; order <= count; order++)
                {
                    var pkind = random.Next(20) switch { < 10 => 1, < 16 => 2, < 19 => 3, _ => 4 };
                    var topic = commune.Topics[Math.Min(Topics.Length - 1, (int)Math.Floor(Math.Pow(random.NextDouble(), 1.6) * Topics.Length))];
                    var answered = pkind != 1 && random.Next(5) == 0;
                    var content = PetitionTexts.Petition(texts, topic - commune.Topics[0]);
                    Bind(petition, petitionId, id, unitId, order, pkind, content, topic, answered ? PetitionTexts.Answer(texts, topic - commune.Topics[0]) : null,
                        VietnameseText.Fold(content), Guid.NewGuid().ToString().ToUpperInvariant());
                    petitions++;
                    if (pkind != 1)
                    {
                        // Older items are mostly done; recent ones still open, some late.
                        var age = today.DayNumber - heldOn.DayNumber;
                        var state = answered ? 4 : age > 400 ? (random.Next(10) switch { < 6 => 7, < 8 => 4, 8 => 5, _ => 3 })
                            : random.Next(10) switch { < 3 => 2, < 6 => 3, < 8 => 4, 8 => 7, _ => 1 };
                        var deadline = heldOn.AddDays(30 + random.Next(60));
                        DateTime? closed = state == 7 ? heldOn.AddDays(20 + random.Next(90)).ToDateTime(new TimeOnly(3, 0)) : null;
                        // About 30 % of answered items judged by their raiser, 70 % of those settled (1), the rest not (2).
                        int? verdict = state is 4 or 5 or 7 && random.Next(10) < 3 ? (random.Next(10) < 7 ? 1 : 2) : null;
                        Bind(followUp, itemId++, unitId, id, petitionId, pkind - 1, state, state == 1 ? null : commune.Id,
                            state == 1 ? null : heldOn.AddDays(3).ToString("yyyy-MM-dd"), state == 1 ? null : deadline.ToString("yyyy-MM-dd"),
                            state is 4 or 7 ? 100 : 30, closed?.ToString("yyyy-MM-dd HH:mm:ss"), Guid.NewGuid().ToString().ToUpperInvariant(),
                            verdict, verdict is null ? null : heldOn.AddDays(120).ToDateTime(new TimeOnly(2, 0)).ToString("yyyy-MM-dd HH:mm:ss"), topic);
                        items++;
                    }
                    petitionId++;
                }
            }
            tx.Commit();
            var reached = Math.Min(done + batch, conferenceCount);
            Console.WriteLine($"  {reached:N0}/{conferenceCount:N0} conferences, {petitions:N0} opinions and petitions, {items:N0} follow-up items ({loop.Elapsed.TotalSeconds:0} s)");
        }

        using (var tx = connection.BeginTransaction())
        {
            plan.Transaction = tx;
            entry.Transaction = tx;
            foreach (var commune in communes)
                for (var year = FirstYear; year < FirstYear + Years; year++)
                {
                    Bind(plan, planId, commune.Id, year, $"Kế hoạch số {year % 100}/KH-UBND", Guid.NewGuid().ToString().ToUpperInvariant());
                    var held = dialoguesByCommuneYear.GetValueOrDefault((commune.Id, year)) ?? [];
                    for (var e = 0; e < 4; e++)
                        Bind(entry, entryId++, planId, commune.Id, 3 * e + 2, $"Đối thoại chuyên đề {e + 1}", "Chủ tịch UBND xã",
                            e < held.Count && random.Next(4) != 0 ? held[e] : null, Guid.NewGuid().ToString().ToUpperInvariant());
                    planId++;
                }
            tx.Commit();
        }
        connection.Close();
        SqliteConnection.ClearAllPools();
        await Db.BuildFiguresAsync(file);
        SearchData.WriteAnswers(file);
        await SearchData.BuildEntriesAsync(file);
        WorkingPagesData.Write(file);
        using (var last = new SqliteConnection($"Data Source={file}"))
        {
            last.Open();
            Exec(last, "PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;");
        }
        SqliteConnection.ClearAllPools();
        Console.WriteLine($"Done in {total.Elapsed.TotalSeconds:0} s: {conferenceCount:N0} conferences, {petitions:N0} opinions and petitions, {items:N0} follow-up items, " +
                          $"{planId - 1:N0} plans; file {new FileInfo(file).Length / 1024.0 / 1024.0:0} MB. District unit id {districtId}.");
    }

    private static string KindName(int kind) => kind switch { 1 => "Hội nghị đối thoại", 2 => "Hội nghị giao ban", 3 => "Buổi làm việc", _ => "Hội nghị tiếp xúc" };

    private static void Exec(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static void Run(SqliteConnection connection, SqliteTransaction tx, string sql, params object?[] values)
    {
        using var cmd = Prepare(connection, sql, values.Length);
        cmd.Transaction = tx;
        Bind(cmd, values);
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, int parameters)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        for (var i = 1; i <= parameters; i++) cmd.Parameters.Add(new SqliteParameter($"${i}", null));
        cmd.Prepare();
        return cmd;
    }

    private static void Bind(SqliteCommand cmd, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        cmd.ExecuteNonQuery();
    }
}

/// <summary>
/// Times the dashboard's figures through the service layer (<see cref="DashboardService.FiguresAsync"/>, every
/// database query of the page, with a new context per run as per request), for the district and for one commune.
/// </summary>
static class Bench
{
    public static async Task RunAsync(string file, int runs)
    {
        int districtId, communeId;
        string districtPath, communePath;
        await using (var db = Db.Context(file))
        {
            // A database generated before a later migration (an index change) gets it, and fresh statistics for it.
            if ((await db.Database.GetPendingMigrationsAsync()).Any())
            {
                var watch = Stopwatch.StartNew();
                await db.Database.MigrateAsync();
                Console.WriteLine($"Applied pending migrations: {watch.Elapsed.TotalSeconds:0.0} s");
            }
        }
        // The figures of a database generated before they existed are built as the portal builds them at start-up.
        if (await Db.BuildFiguresAsync(file) > 0)
        {
            await using var db = Db.Context(file);
            await db.Database.ExecuteSqlRawAsync("ANALYZE;");
        }
        await using (var db = Db.Context(file))
        {
            var district = await db.Units.Where(u => u.Code == "GEN-D").Select(u => new { u.Id, u.Path }).SingleAsync();
            var commune = await db.Units.Where(u => u.Code == "GEN-D-07").Select(u => new { u.Id, u.Path }).SingleAsync();
            (districtId, districtPath, communeId, communePath) = (district.Id, district.Path, commune.Id, commune.Path);
        }
        var period = ReportingPeriod.WholeYear(2025);
        var districtScope = new UserScope(0, "Lãnh đạo", districtId, "Huyện Mẫu Sơn", districtPath, new HashSet<string> { Roles.Leader });
        var communeScope = new UserScope(0, "Cán bộ xã", communeId, "Xã Mẫu 07", communePath, new HashSet<string> { Roles.WardStaff });
        foreach (var (name, scope) in new[] { ("district leader, year 2025", districtScope), ("commune staff, year 2025", communeScope) })
        {
            var times = new List<double>();
            // CPU time of the process too: on a busy machine the wall clock mostly measures waiting for a core.
            var cpu = new List<double>();
            DashboardFigures? figures = null;
            using var process = Process.GetCurrentProcess();
            for (var i = 0; i < runs + 3; i++)
            {
                await using var db = Db.Context(file);
                var service = new DashboardService(db, TimeProvider.System);
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                figures = await service.FiguresAsync(scope, period, null);
                watch.Stop();
                process.Refresh();
                if (i >= 3)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                    cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                }
            }
            times.Sort();
            cpu.Sort();
            var median = times[times.Count / 2];
            var p95 = times[(int)Math.Ceiling(times.Count * 0.95) - 1];
            Console.WriteLine($"{name}: median {median:0.0} ms, p95 {p95:0.0} ms (CPU median {cpu[cpu.Count / 2]:0.0} ms) over {runs} runs; load average {LoadAverage()} " +
                              $"({figures!.Totals.Conferences:N0} conferences, {figures.Totals.Raised:N0} opinions and petitions, {figures.Totals.FollowUps:N0} items)");
        }
    }

    /// <summary>The one-minute load average (Linux), to tell a busy machine from a slow query.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
