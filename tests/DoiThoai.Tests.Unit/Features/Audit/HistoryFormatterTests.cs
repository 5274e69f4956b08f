using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Features.Audit;

namespace DoiThoai.Tests.Unit.Features.Audit;

public class HistoryFormatterTests
{
    private static readonly string[] Bookkeeping = ["Id", "Version", "IsDeleted", "DeletedAtUtc", "SearchText"];

    public static TheoryData<string> AuditedTypes() => new(AuditedRecordTypes().Select(t => t.Name));

    private static IEnumerable<Type> AuditedRecordTypes() => typeof(DomainRecord).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(DomainRecord)) && !t.IsAbstract);

    // What AuditTrail writes: stored scalar properties, minus bookkeeping and [NotAudited] ones.
    private static IEnumerable<PropertyInfo> AuditedProperties(Type type) => type.GetProperties()
        .Where(p => p.CanWrite && p.GetSetMethod() is not null && !Bookkeeping.Contains(p.Name))
        .Where(p => p.GetCustomAttribute<NotAuditedAttribute>() is null)
        .Where(p => IsScalar(p.PropertyType));

    private static bool IsScalar(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsValueType || underlying == typeof(string);
    }

    private static readonly HistoryNames Names = new(
        new Dictionary<(Refers, int), string>
        {
            [(Refers.Unit, 3)] = "Xã Hòa An", [(Refers.Organization, 15)] = "Ủy ban nhân dân xã Hòa An",
            [(Refers.Organization, 26)] = "Công an xã Hòa An", [(Refers.Person, 4)] = "Nguyễn Văn Bình",
            [(Refers.Topic, 2)] = "Đất đai", [(Refers.LegalBasis, 5)] = "15/KH-UBND của UBND xã",
            [(Refers.Conference, 7)] = "Đối thoại quý III", [(Refers.Petition, 8)] = "Đường thôn 3 xuống cấp",
            [(Refers.ConclusionItem, 9)] = "Sửa đường thôn 3", [(Refers.FollowUpItem, 10)] = "Nội dung theo dõi số 10",
            [(Refers.Plan, 11)] = "Kế hoạch năm 2026", [(Refers.NewsPost, 12)] = "Tin hội nghị",
        },
        new Dictionary<int, string> { [1] = "Trần Thị Thư (Xã Hòa An)" },
        new Dictionary<string, string> { ["thuky@hoaan.gov.vn"] = "Trần Thị Thư (Xã Hòa An)" });

    private static AuditEntry Entry(string type, AuditAction action, object changes, int? userId = 1, string userName = "thuky@hoaan.gov.vn") => new()
    {
        EntityType = type, EntityId = "7", Action = action, UserId = userId, UserName = userName,
        AtUtc = new DateTime(2026, 11, 30, 19, 54, 31, DateTimeKind.Utc), RootKey = $"{type}/7",
        Changes = JsonSerializer.Serialize(changes),
    };

    private static string Text(HistoryLine line) =>
        $"{line.At} {line.Actor} {line.What} " + string.Join(" ", line.Changes.Select(c => $"{c.Label}: {c.Old} → {c.New}"));

    [Theory]
    [MemberData(nameof(AuditedTypes))]
    public void Every_audited_property_of_every_audited_type_has_a_label(string typeName)
    {
        var type = AuditedRecordTypes().Single(t => t.Name == typeName);
        Assert.True(HistoryLabels.RecordNames.ContainsKey(typeName), $"{typeName} has no name in HistoryLabels.RecordNames");
        var missing = AuditedProperties(type).Where(p => HistoryLabels.Of(typeName, p.Name) is null).Select(p => p.Name).ToList();
        Assert.True(missing.Count == 0, $"{typeName} has no label for: {string.Join(", ", missing)}");
    }

    [Fact]
    public void The_label_map_names_only_real_properties()
    {
        foreach (var (typeName, fields) in HistoryLabels.ByType)
        {
            var type = AuditedRecordTypes().SingleOrDefault(t => t.Name == typeName);
            Assert.True(type is not null, $"{typeName} is not an audited record type");
            foreach (var property in fields.Keys) Assert.True(type.GetProperty(property) is not null, $"{typeName}.{property} does not exist");
        }
    }

    // Every audited type, created with every property filled the way AuditTrail stores it, reads without database words.
    [Theory]
    [MemberData(nameof(AuditedTypes))]
    public void A_created_record_of_each_type_reads_without_field_names_ids_or_iso_times(string typeName)
    {
        var type = AuditedRecordTypes().Single(t => t.Name == typeName);
        var changes = AuditedProperties(type).ToDictionary(p => p.Name, p => (object)new { @new = SampleOf(typeName, p) });

        var line = HistoryFormatter.Describe(Entry(typeName, AuditAction.Created, changes), Names);
        var text = Text(line);

        Assert.StartsWith("Thêm " + HistoryLabels.RecordNames[typeName], line.What);
        Assert.Equal("01/12/2026 02:54", line.At);
        Assert.Equal("Trần Thị Thư (Xã Hòa An)", line.Actor);
        foreach (var property in AuditedProperties(type).Where(p => p.Name.Length > 4))
            Assert.DoesNotMatch($@"\b{property.Name}\b", text);
        Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}", text);
        Assert.DoesNotContain("@", text);
        Assert.DoesNotContain("True", text);
        Assert.DoesNotContain("(không còn trong hệ thống)", text);
        Assert.All(line.Changes, c => Assert.False(string.IsNullOrWhiteSpace(c.Label)));
    }

    private static object? SampleOf(string typeName, PropertyInfo property)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var refers = HistoryLabels.Of(typeName, property.Name)!.Refers;
        if (refers == Refers.Account) return "thuky@hoaan.gov.vn";
        if (refers != Refers.Nothing) return Names.Records.Keys.First(k => k.Kind == refers).Id;
        if (type.IsEnum) return Enum.GetValues(type).GetValue(0)!.ToString();
        if (type == typeof(DateOnly)) return "2022-06-28";
        if (type == typeof(TimeOnly)) return "07:30:00";
        if (type == typeof(DateTime)) return "2026-11-30T19:54:31Z";
        if (type == typeof(bool)) return true;
        if (type == typeof(string)) return "văn bản";
        return 42;
    }

    [Fact]
    public void A_conference_change_reads_as_the_office_wrote_it()
    {
        var entry = Entry(nameof(Conference), AuditAction.Updated, new Dictionary<string, object>
        {
            ["HeldOn"] = new { old = "2022-06-28", @new = "2022-07-01" },
            ["Kind"] = new { old = "Briefing", @new = "Dialogue" },
            ["MinutesState"] = new { old = "Draft", @new = "Final" },
            ["OrganizerId"] = new { old = (int?)null, @new = 15 },
            ["FinalizedAtUtc"] = new { old = (string?)null, @new = "2026-11-30T19:54:31" },
            ["FinalizedBy"] = new { old = (string?)null, @new = "thuky@hoaan.gov.vn" },
        });

        var changes = HistoryFormatter.Describe(entry, Names).Changes;

        Assert.Equal(
            [
                new HistoryChange("Ngày tổ chức", "28/06/2022", "01/07/2022"),
                new HistoryChange("Loại hội nghị", "Hội nghị giao ban", "Hội nghị đối thoại"),
                new HistoryChange("Biên bản", "Bản dự thảo", "Bản chính thức"),
                new HistoryChange("Cơ quan chủ trì tổ chức", "(trống)", "Ủy ban nhân dân xã Hòa An"),
                new HistoryChange("Thời điểm hoàn thiện biên bản", "(trống)", "01/12/2026 02:54"),
                new HistoryChange("Người hoàn thiện biên bản", "(trống)", "Trần Thị Thư (Xã Hòa An)"),
            ],
            changes);
    }

    [Fact]
    public void A_minutes_row_drops_its_conference_and_temporary_keys()
    {
        var entry = Entry(nameof(ConclusionItem), AuditAction.Created, new Dictionary<string, object>
        {
            ["ConferenceId"] = new { @new = -2147482647 },
            ["UnitId"] = new { @new = 3 },
            ["Content"] = new { @new = "Sửa đường thôn 3" },
            ["ResponsibleOrganizationId"] = new { @new = 26 },
            ["Deadline"] = new { @new = "2026-12-31" },
        });

        var changes = HistoryFormatter.Describe(entry, Names).Changes;

        Assert.Equal(
            [
                new HistoryChange("Nội dung kết luận", null, "Sửa đường thôn 3"),
                new HistoryChange("Cơ quan chủ trì thực hiện", null, "Công an xã Hòa An"),
                new HistoryChange("Thời hạn", null, "31/12/2026"),
            ],
            changes);
    }

    [Fact]
    public void A_key_the_database_had_not_given_yet_is_left_out_and_not_asked_for()
    {
        var entry = Entry(nameof(Petition), AuditAction.Created, new Dictionary<string, object>
        {
            ["TopicId"] = new { @new = -2147482640 },
            ["RaisedByPersonId"] = new { @new = 4 },
        });

        Assert.Equal([new HistoryChange("Người nêu", null, "Nguyễn Văn Bình")], HistoryFormatter.Describe(entry, Names).Changes);
        Assert.Equal([(Refers.Person, 4)], HistoryFormatter.References([entry]));
    }

    [Fact]
    public void An_organization_and_a_unit_name_their_unit_and_kind()
    {
        var organization = Entry(nameof(Organization), AuditAction.Updated, new Dictionary<string, object>
        {
            ["UnitId"] = new { old = 99, @new = 3 },
            ["Kind"] = new { old = Enum.GetValues<OrganizationKind>()[0].ToString(), @new = Enum.GetValues<OrganizationKind>()[0].ToString() },
        });
        var unit = Entry(nameof(AdministrativeUnit), AuditAction.Created, new Dictionary<string, object>
        {
            ["Kind"] = new { @new = "Commune" }, ["Name"] = new { @new = "Hòa An" }, ["Path"] = new { @new = "/1/3/" },
            ["ParentId"] = new { @new = (int?)null }, ["RetiredOn"] = new { @new = (string?)null },
        });

        var organizationChanges = HistoryFormatter.Describe(organization, Names).Changes;
        Assert.Equal(new HistoryChange("Thuộc đơn vị", "(không còn trong hệ thống)", "Xã Hòa An"), organizationChanges[0]);
        Assert.Equal(Enum.GetValues<OrganizationKind>()[0].Label(), organizationChanges[1].New);
        Assert.Equal(
            [new HistoryChange("Cấp, loại đơn vị", null, "Xã"), new HistoryChange("Tên đơn vị", null, "Hòa An")],
            HistoryFormatter.Describe(unit, Names).Changes);
    }

    [Fact]
    public void Bools_read_yes_or_no_and_times_read_hours_and_minutes()
    {
        var poll = Entry("NewsPoll", AuditAction.Updated, new Dictionary<string, object> { ["IsOpen"] = new { old = true, @new = false } });
        var conference = Entry(nameof(Conference), AuditAction.Updated,
            new Dictionary<string, object> { ["StartsAt"] = new { old = "07:30:00", @new = "14:00:00" } });

        Assert.Equal(new HistoryChange("Đang mở", "Có", "Không"), HistoryFormatter.Describe(poll, Names).Changes.Single());
        Assert.Equal(new HistoryChange("Giờ bắt đầu", "07:30", "14:00"), HistoryFormatter.Describe(conference, Names).Changes.Single());
    }

    [Fact]
    public void The_actor_is_a_name_never_an_email()
    {
        var known = Entry(nameof(Conference), AuditAction.Deleted, new { }, userId: null);
        var gone = Entry(nameof(Conference), AuditAction.Deleted, new { }, userId: 500, userName: "cu@hoaan.gov.vn");
        var system = Entry(nameof(Conference), AuditAction.Deleted, new { }, userId: null, userName: "hệ thống");

        Assert.Equal("Trần Thị Thư (Xã Hòa An)", HistoryFormatter.Describe(known, Names).Actor);
        Assert.DoesNotContain("@", HistoryFormatter.Describe(gone, Names).Actor);
        Assert.Equal("hệ thống", HistoryFormatter.Describe(system, Names).Actor);
        Assert.Equal("Xóa hội nghị", HistoryFormatter.Describe(system, Names).What);
    }

    [Fact]
    public void An_event_reads_its_note_and_a_long_text_is_kept_whole_for_folding()
    {
        var longText = string.Concat(Enumerable.Repeat("Nhân dân đề nghị sửa đường. ", 20));
        var note = new AuditEntry { EntityType = nameof(Conference), Action = AuditAction.Event, Note = "Hoàn thiện biên bản", UserName = "hệ thống", Changes = "{}" };
        var speech = Entry(nameof(Speech), AuditAction.Created, new Dictionary<string, object> { ["Summary"] = new { @new = longText } });

        Assert.Equal("Hoàn thiện biên bản", HistoryFormatter.Describe(note, Names).What);
        var change = HistoryFormatter.Describe(speech, Names).Changes.Single();
        Assert.Equal(longText, change.New);
        Assert.True(HistoryChange.IsLong(change.New));
        Assert.Matches(new Regex("…$"), HistoryChange.Opening(change.New));
    }
}
