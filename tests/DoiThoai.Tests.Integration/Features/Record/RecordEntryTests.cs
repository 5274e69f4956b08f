using System.Net;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain.Conferences;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Record;

/// <summary>Entering the record's new fields through the real forms, and who may (issue 16).</summary>
public class RecordEntryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Reason = "AmendmentReason";

    /// <summary>As Razor writes text (the portal encodes no letter, only markup characters).</summary>
    private static string Html(string text) =>
        System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All).Encode(text);

    private Task<int> UnitIdAsync(string code) => factory.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    private Task<int> OrganizationIdAsync(string name) => factory.WithDbAsync(db => db.Organizations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    private async Task<int> CreateAsync(HttpClient client, string title, params (string Key, string Value)[] more)
    {
        List<KeyValuePair<string, string>> fields =
        [
            new("Input.Title", title), new("Input.Kind", nameof(ConferenceKind.Briefing)), new("Input.Status", nameof(ConferenceStatus.Held)),
            new("Input.UnitId", (await UnitIdAsync("HT-KA-KPH")).ToString()), new("Input.Place", "Hội trường"),
        ];
        fields.AddRange(more.Select(m => new KeyValuePair<string, string>(m.Key, m.Value)));
        var response = await client.PostFormAsync("/Conferences/Create", "/Conferences/Create", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await factory.WithDbAsync(db => db.Conferences.Where(c => c.Title == title).Select(c => c.Id).SingleAsync());
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, params (string Key, string Value)[] fields) =>
        await client.PostFormAsync("/Conferences", url, fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    private async Task<List<KeyValuePair<string, string>>> EditFieldsAsync(int id, params (string Key, string Value)[] changes)
    {
        var c = await factory.WithDbAsync(db => db.Conferences.AsNoTracking().SingleAsync(x => x.Id == id));
        var fields = new Dictionary<string, string>
        {
            ["Input.Version"] = c.Version.ToString(), ["Input.Title"] = c.Title, ["Input.Kind"] = c.Kind.ToString(), ["Input.Status"] = c.Status.ToString(),
            ["Input.UnitId"] = c.UnitId.ToString(), ["Input.HeldOn"] = c.HeldOn.ToString("dd/MM/yyyy"),
        };
        foreach (var (key, value) in changes) fields[key] = value;
        return fields.ToList();
    }

    [Fact]
    public async Task A_stated_total_below_the_itemized_rows_is_refused_beside_its_field()
    {
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var id = await CreateAsync(client, "Giao ban kiểm tra tổng số", ("Input.HeldOn", "10/03/2026"));
        for (var i = 1; i <= 3; i++)
            await PostAsync(client, $"/Minutes/AddPetition/{id}", ("Petition.Kind", nameof(PetitionKind.Petition)), ("Petition.Content", $"Kiến nghị số {i}"));

        var refused = await client.PostFormAsync($"/Conferences/Edit/{id}", $"/Conferences/Edit/{id}", await EditFieldsAsync(id, ("Input.StatedPetitionCount", "2")));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var form = await refused.Content.ReadAsStringAsync();
        Assert.Contains(Html("Biên bản đã ghi chi tiết 3 kiến nghị; tổng số không được nhỏ hơn 3."), form);
        Assert.Contains("data-valmsg-for=\"Input.StatedPetitionCount\"", form);
        // The page refuses it too: the field carries the itemized rows as its minimum.
        Assert.Contains("data-val-range-min=\"3\"", form);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Conferences.Where(c => c.Id == id).Select(c => c.StatedPetitionCount).SingleAsync()));
    }

    [Fact]
    public async Task The_unitemized_part_is_the_stated_total_less_the_itemized_rows()
    {
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var id = await CreateAsync(client, "Đối thoại tổng số ý kiến", ("Input.HeldOn", "11/03/2026"), ("Input.StatedOpinionCount", "10"), ("Input.StatedQuestionCount", "4"));
        for (var i = 1; i <= 3; i++)
            await PostAsync(client, $"/Minutes/AddPetition/{id}", ("Petition.Kind", nameof(PetitionKind.Opinion)), ("Petition.Content", $"Ý kiến số {i}"));
        await PostAsync(client, $"/Minutes/AddPetition/{id}", ("Petition.Kind", nameof(PetitionKind.Question)), ("Petition.Content", "Chất vấn về đường làng"));

        var figures = await factory.WithDbAsync(db => db.ConferenceFigures.SingleAsync(f => f.ConferenceId == id));
        Assert.Equal((3, 7, 1, 3), (figures.Opinions, figures.UnitemizedOpinions, figures.Questions, figures.UnitemizedPetitions));
        var page = await client.GetStringAsync($"/Conferences/Details/{id}");
        Assert.Contains("data-count=\"opinions\">10<", page);
        Assert.Contains("data-count=\"petitions\">4<", page);
    }

    [Fact]
    public async Task A_period_briefing_may_be_saved_with_its_period_alone()
    {
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var none = await client.PostFormAsync("/Conferences/Create", "/Conferences/Create",
        [
            new("Input.Title", "Giao ban không ngày không kỳ"), new("Input.Kind", nameof(ConferenceKind.Briefing)), new("Input.Status", nameof(ConferenceStatus.Held)),
            new("Input.UnitId", (await UnitIdAsync("HT-KA-KPH")).ToString()),
        ]);
        Assert.Contains(Html("Hãy nhập ngày tổ chức."), await none.Content.ReadAsStringAsync());

        var id = await CreateAsync(client, "Giao ban 6 tháng đầu năm 2024", ("Input.ReviewedPeriodKind", "HalfYear"),
            ("Input.ReviewedPeriodNumber", "1"), ("Input.ReviewedPeriodYear", "2024"));
        var saved = await factory.WithDbAsync(db => db.Conferences.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal((new DateOnly(2024, 6, 30), true), (saved.HeldOn, saved.HeldOnUnknown));
        Assert.Contains(Html("6 tháng đầu năm 2024 (biên bản không ghi ngày)"), await client.GetStringAsync($"/Conferences/Details/{id}"));
        Assert.Contains("Giao ban 6 tháng đầu năm 2024", await client.GetStringAsync("/Conferences?Year=2024&Quarter=2"));
    }

    [Fact]
    public async Task A_cited_figure_is_kept_apart_and_a_finding_is_searchable()
    {
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var id = await CreateAsync(client, "Giao ban có số liệu dẫn", ("Input.HeldOn", "12/03/2026"));
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, $"/MinutesRecord/AddCitedFigure/{id}",
            ("Cited.Count", "120"), ("Cited.What", "ý kiến góp ý dự thảo"), ("Cited.Source", "hội nghị lấy ý kiến của Mặt trận"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, $"/MinutesRecord/AddFinding/{id}",
            ("Finding.Kind", nameof(FindingKind.Limitation)), ("Finding.Content", "Chưa số hóa hồ sơ hội viên"), ("Finding.Figure", "12/40 chi hội"))).StatusCode);

        var figures = await factory.WithDbAsync(db => db.ConferenceFigures.SingleAsync(f => f.ConferenceId == id));
        Assert.Equal((0, 0), (figures.Opinions, figures.UnitemizedOpinions));
        var page = await client.GetStringAsync($"/Conferences/Details/{id}");
        Assert.Contains("data-count=\"opinions\">0<", page);
        Assert.Contains(Html("Chưa số hóa hồ sơ hội viên (12/40 chi hội)"), page);
        Assert.Contains("Giao ban có số liệu dẫn", await client.GetStringAsync("/Conferences?Q=chua%20so%20hoa%20ho%20so"));

        var findingId = await factory.WithDbAsync(db => db.MinutesFindings.Where(f => f.ConferenceId == id).Select(f => f.Id).SingleAsync());
        await PostAsync(client, $"/MinutesRecord/Remove/{id}", ("partId", findingId.ToString()), ("finding", "true"));
        Assert.DoesNotContain("Giao ban có số liệu dẫn", await client.GetStringAsync("/Conferences?Q=chua%20so%20hoa%20ho%20so"));
    }

    [Fact]
    public async Task Coordinating_bodies_of_a_conclusion_item_become_coordinators_of_its_follow_up()
    {
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var id = await CreateAsync(client, "Đối thoại có cơ quan phối hợp", ("Input.HeldOn", "13/03/2026"));
        var front = await OrganizationIdAsync("Ủy ban Mặt trận Tổ quốc phường Kỳ Phương");
        var farmers = await OrganizationIdAsync("Hội Nông dân phường Kỳ Phương");
        var youth = await OrganizationIdAsync("Đoàn Thanh niên phường Kỳ Phương");
        await PostAsync(client, $"/Minutes/AddConclusionItem/{id}", ("Item.Content", "Rà soát chi hội yếu"), ("Item.ResponsibleOrganizationId", front.ToString()),
            ("Item.CoordinatorIds", farmers.ToString()), ("Item.CoordinatorIds", youth.ToString()), ("Item.CoordinatorIds", front.ToString()));

        var coordinators = await factory.WithDbAsync(db => db.FollowUps.Where(f => f.ConferenceId == id && f.ConclusionItemId != null)
            .SelectMany(f => f.Coordinators).Select(c => c.OrganizationId).OrderBy(o => o).ToListAsync());
        Assert.Equal(new[] { farmers, youth }.Order(), coordinators);
        Assert.Contains(Html("phối hợp: Hội Nông dân phường Kỳ Phương, Đoàn Thanh niên phường Kỳ Phương"), await client.GetStringAsync($"/Conferences/Details/{id}"));
    }

    [Fact]
    public async Task A_petition_on_behalf_of_a_body_and_a_speech_for_a_body_show_the_body()
    {
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var id = await CreateAsync(client, "Đối thoại thay mặt tổ chức", ("Input.HeldOn", "14/03/2026"));
        var farmers = await OrganizationIdAsync("Hội Nông dân phường Kỳ Phương");
        await PostAsync(client, $"/Minutes/AddPetition/{id}", ("Petition.Kind", nameof(PetitionKind.Petition)), ("Petition.Content", "Hỗ trợ vốn vay"),
            ("Petition.RaisedByName", "Trần Thị Hoa"), ("Petition.RaisedByOrganizationId", farmers.ToString()));
        await PostAsync(client, $"/Minutes/AddSpeech/{id}", ("Speech.Kind", nameof(SpeechKind.Contribution)), ("Speech.SpeakerName", "Nguyễn Văn Bình"),
            ("Speech.PositionHeld", "Phó Chủ tịch Hội"), ("Speech.OrganizationId", farmers.ToString()), ("Speech.Summary", "Tham luận về vốn vay"));

        var page = await client.GetStringAsync($"/Conferences/Details/{id}");
        Assert.Contains(Html("Trần Thị Hoa, Hội Nông dân phường Kỳ Phương"), page);
        Assert.Contains(Html("Nguyễn Văn Bình, Phó Chủ tịch Hội, thay mặt Hội Nông dân phường Kỳ Phương: Tham luận về vốn vay"), page);
    }

    [Fact]
    public async Task Another_ward_cannot_add_or_remove_record_rows_of_a_foreign_conference()
    {
        var owner = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var id = await CreateAsync(owner, "Đối thoại của Kỳ Phương", ("Input.HeldOn", "15/03/2026"));
        await PostAsync(owner, $"/MinutesRecord/AddCitedFigure/{id}", ("Cited.Count", "5"), ("Cited.What", "ý kiến"));
        var figureId = await factory.WithDbAsync(db => db.CitedFigures.Where(f => f.ConferenceId == id).Select(f => f.Id).SingleAsync());

        var other = await factory.SignedInClientAsync(Demo.ThanhBinhWard);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(other, $"/MinutesRecord/AddCitedFigure/{id}", ("Cited.Count", "9"), ("Cited.What", "chen vao"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(other, $"/MinutesRecord/AddFinding/{id}",
            ("Finding.Kind", nameof(FindingKind.Result)), ("Finding.Content", "chen vao"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(other, $"/MinutesRecord/Remove/{id}", ("partId", figureId.ToString()), ("finding", "false"))).StatusCode);
        var otherOwn = await factory.WithDbAsync(db => db.Conferences.Where(c => c.Unit!.Code == "NB-NB-TB").Select(c => c.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(other, $"/MinutesRecord/Remove/{otherOwn}", ("partId", figureId.ToString()), ("finding", "false"))).StatusCode);

        // A coordinating body of another ward is refused like any organization the conference may not name.
        var foreignBody = await OrganizationIdAsync("Ủy ban Mặt trận Tổ quốc Việt Nam phường Thanh Bình");
        await PostAsync(owner, $"/Minutes/AddConclusionItem/{id}", ("Item.Content", "Nội dung có cơ quan lạ"), ("Item.CoordinatorIds", foreignBody.ToString()));

        Assert.Equal((1, 0, 0), await factory.WithDbAsync(async db => (
            await db.CitedFigures.CountAsync(f => f.ConferenceId == id), await db.MinutesFindings.CountAsync(f => f.ConferenceId == id),
            await db.ConclusionItems.CountAsync(i => i.ConferenceId == id))));
    }
}
