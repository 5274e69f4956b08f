using System.Net;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.FollowUps;

public class FollowUpsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string FarDeadline = "2099-12-31";

    /// <summary>The follow-up item opened for the petition or conclusion item whose content starts so.</summary>
    private Task<FollowUpItem> ItemAsync(string contentStart) => factory.WithDbAsync(db => db.FollowUps.AsNoTracking()
        .SingleAsync(f => (f.Petition != null && f.Petition.Content.StartsWith(contentStart))
            || (f.ConclusionItem != null && f.ConclusionItem.Content.StartsWith(contentStart))));

    private Task<int> OrganizationIdAsync(string name) =>
        factory.WithDbAsync(db => db.Organizations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, int id, string action, params (string, string)[] fields) =>
        await client.PostFormAsync("/FollowUps", $"/FollowUps/{action}/{id}", fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));

    private static async Task<string> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await client.GetStringAsync(response.Headers.Location);
    }

    [Fact]
    public async Task Ward_staff_list_holds_their_wards_items_and_not_another_wards()
    {
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/FollowUps?Mine=false"));
        Assert.Contains("Phụ cấp theo Nghị định 34 thấp", html);
        Assert.DoesNotContain("Kiến nghị của Hội Cựu chiến binh về thực hiện nhiệm vụ", html);
    }

    [Fact]
    public async Task Search_without_diacritics_finds_petitions_and_conclusion_items()
    {
        var client = await factory.SignedInClientAsync(Demo.DistrictStaff);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/FollowUps?Mine=false&OpenOnly=false&Q=phu%20cap%20theo%20nghi%20dinh"));
        Assert.Contains("Phụ cấp theo Nghị định 34 thấp", html);
        Assert.DoesNotContain("Nguồn kinh phí hoạt động của chi hội", html);
        html = WebUtility.HtmlDecode(await client.GetStringAsync("/FollowUps?Mine=false&OpenOnly=false&Q=dao%20tao%2C%20boi%20duong"));
        Assert.Contains("Đào tạo, bồi dưỡng đội ngũ cán bộ đoàn, hội kế cận", html);
        Assert.Contains("1 việc", html);
    }

    [Fact]
    public async Task Leader_sees_the_whole_scope_by_default()
    {
        var client = await factory.SignedInClientAsync(Demo.Leader);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/FollowUps"));
        Assert.Contains("Theo dõi kiến nghị, kết luận", html);
        Assert.Contains("Phụ cấp theo Nghị định 34 thấp", html);
        Assert.Contains("Đào tạo, bồi dưỡng đội ngũ cán bộ đoàn, hội kế cận", html);
        Assert.DoesNotContain("Kiến nghị của Hội Cựu chiến binh về thực hiện nhiệm vụ", html);
    }

    [Theory]
    [InlineData("Assign")]
    [InlineData("Act")]
    [InlineData("Progress")]
    [InlineData("Monitor")]
    public async Task Another_wards_item_is_not_found_for_any_action(string action)
    {
        var foreign = await ItemAsync("Phụ cấp theo Nghị định 34");
        var client = await factory.SignedInClientAsync(Demo.ThanhBinhWard);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/FollowUps/Details/{foreign.Id}")).StatusCode);

        var response = await PostAsync(client, foreign.Id, action,
            ("Version", foreign.Version.ToString()), ("Action", nameof(FollowUpAction.Resolve)), ("Text", "x"), ("Progress.Text", "x"), ("Progress.Percent", "50"), ("Note", "x"),
            ("Assign.Version", foreign.Version.ToString()), ("Assign.ResponsibleOrganizationId", "1"), ("Assign.Deadline", FarDeadline));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);

        var after = await ItemAsync("Phụ cấp theo Nghị định 34");
        Assert.Equal(foreign.Version, after.Version);
    }

    [Fact]
    public async Task Assign_progress_resolve_then_only_the_Front_closes()
    {
        var item = await ItemAsync("Nguồn kinh phí hoạt động");
        var mttq = await OrganizationIdAsync("Ủy ban Mặt trận Tổ quốc phường Kỳ Phương");
        var ward = await factory.SignedInClientAsync(Demo.KyPhuongWard);

        var html = WebUtility.HtmlDecode(await FollowAsync(ward, await PostAsync(ward, item.Id, "Assign",
            ("Assign.Version", item.Version.ToString()), ("Assign.ResponsibleOrganizationId", mttq.ToString()),
            ("Assign.Deadline", FarDeadline), ("Assign.Priority", nameof(FollowUpPriority.High)))));
        Assert.Contains("Đã giao xử lý.", html);
        Assert.Contains("31/12/2099", html);

        item = await ItemAsync("Nguồn kinh phí hoạt động");
        Assert.Equal(FollowUpState.Assigned, item.State);
        await FollowAsync(ward, await PostAsync(ward, item.Id, "Progress",
            ("Progress.Version", item.Version.ToString()), ("Progress.Text", "Đã làm việc với các chi hội về nguồn quỹ."), ("Progress.Percent", "40")));
        item = await ItemAsync("Nguồn kinh phí hoạt động");
        Assert.Equal((FollowUpState.InProgress, 40), (item.State, item.ProgressPercent));

        await FollowAsync(ward, await PostAsync(ward, item.Id, "Act",
            ("Version", item.Version.ToString()), ("Action", nameof(FollowUpAction.Resolve)), ("Text", "Phường hỗ trợ kinh phí từ nguồn xã hội hóa.")));
        item = await ItemAsync("Nguồn kinh phí hoạt động");
        Assert.Equal((FollowUpState.Resolved, 100), (item.State, item.ProgressPercent));

        // The ward may not close its own work: that is the Front's check.
        var refused = await PostAsync(ward, item.Id, "Act", ("Version", item.Version.ToString()), ("Action", nameof(FollowUpAction.Close)));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var front = await factory.SignedInClientAsync(Demo.FrontStaff);
        await FollowAsync(front, await PostAsync(front, item.Id, "Monitor", ("Note", "Đã kiểm tra tại cơ sở."), ("Assessment", nameof(FrontAssessment.Satisfied))));
        item = await ItemAsync("Nguồn kinh phí hoạt động");
        html = WebUtility.HtmlDecode(await FollowAsync(front, await PostAsync(front, item.Id, "Act",
            ("Version", item.Version.ToString()), ("Action", nameof(FollowUpAction.Close)))));
        Assert.Contains("Đã đóng nội dung sau khi kiểm tra.", html);

        item = await ItemAsync("Nguồn kinh phí hoạt động");
        Assert.Equal((FollowUpState.Closed, FrontAssessment.Satisfied), (item.State, item.Assessment));
        var events = await factory.WithDbAsync(db => db.FollowUpEvents.Where(e => e.FollowUpItemId == item.Id).OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync());
        Assert.Equal([FollowUpEventKind.Transition, FollowUpEventKind.Progress, FollowUpEventKind.Transition, FollowUpEventKind.Monitoring, FollowUpEventKind.Transition], events);
        var audited = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(FollowUpItem) && a.EntityId == item.Id.ToString()));
        Assert.True(audited >= 4, $"Each transition is audited; found {audited} entries.");
    }

    [Fact]
    public async Task An_illegal_transition_is_refused_with_a_message_and_changes_nothing()
    {
        var item = await ItemAsync("Khó khăn trong tổ chức phong trào thi đua");
        Assert.Equal(FollowUpState.New, item.State);
        var front = await factory.SignedInClientAsync(Demo.FrontStaff);
        var html = WebUtility.HtmlDecode(await FollowAsync(front, await PostAsync(front, item.Id, "Act",
            ("Version", item.Version.ToString()), ("Action", nameof(FollowUpAction.Close)))));
        Assert.Contains("Không thể \"đóng sau khi mặt trận kiểm tra\" khi nội dung đang ở trạng thái \"mới tiếp nhận\"", html);
        Assert.Equal(FollowUpState.New, (await ItemAsync("Khó khăn trong tổ chức phong trào thi đua")).State);
    }

    [Fact]
    public async Task Assigning_to_a_body_of_another_ward_or_in_the_past_is_refused_next_to_the_field()
    {
        var item = await ItemAsync("Một số vấn đề liên quan đến quyền lợi");
        var foreignBody = await factory.WithDbAsync(db => db.Organizations.Where(o => o.Unit!.Code == "NB-NB-TB").Select(o => o.Id).FirstAsync());
        var ward = await factory.SignedInClientAsync(Demo.KyPhuongWard);

        var response = await PostAsync(ward, item.Id, "Assign", ("Assign.Version", item.Version.ToString()),
            ("Assign.ResponsibleOrganizationId", foreignBody.ToString()), ("Assign.Deadline", FarDeadline));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("không thuộc đơn vị của hội nghị", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));

        var mttq = await OrganizationIdAsync("Ủy ban Mặt trận Tổ quốc phường Kỳ Phương");
        response = await PostAsync(ward, item.Id, "Assign", ("Assign.Version", item.Version.ToString()),
            ("Assign.ResponsibleOrganizationId", mttq.ToString()), ("Assign.Deadline", "2020-01-01"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Thời hạn không được ở trong quá khứ.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(FollowUpState.New, (await ItemAsync("Một số vấn đề liên quan đến quyền lợi")).State);
    }

    [Fact]
    public async Task A_stale_version_is_refused_and_the_newer_change_kept()
    {
        var item = await ItemAsync("Việc tập hợp, thu hút hội viên");
        var mttq = await OrganizationIdAsync("Ủy ban Mặt trận Tổ quốc phường Kỳ Phương");
        var ward = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        await FollowAsync(ward, await PostAsync(ward, item.Id, "Assign", ("Assign.Version", item.Version.ToString()),
            ("Assign.ResponsibleOrganizationId", mttq.ToString()), ("Assign.Deadline", FarDeadline)));

        // A second person still holds the page from before the assignment.
        var html = WebUtility.HtmlDecode(await FollowAsync(ward, await PostAsync(ward, item.Id, "Act",
            ("Version", item.Version.ToString()), ("Action", nameof(FollowUpAction.Explain)), ("Text", "Không tiếp thu."))));
        Assert.Contains("vừa được người khác cập nhật", html);
        Assert.Equal(FollowUpState.Assigned, (await ItemAsync("Việc tập hợp, thu hút hội viên")).State);
    }

    [Fact]
    public async Task Monitoring_is_for_the_Front_only()
    {
        var item = await ItemAsync("Khó khăn về nhân sự ban chấp hành");
        var ward = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(ward, item.Id, "Monitor", ("Note", "Ghi chú"))).StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.FollowUpEvents.CountAsync(e => e.FollowUpItemId == item.Id)));
    }

    private static (string, string)[] Bulk(int organizationId, params FollowUpItem[] items) =>
    [
        .. items.Select(i => ("Bulk.Selected", $"{i.Id}:{i.Version}")),
        ("Bulk.ResponsibleOrganizationId", organizationId.ToString()), ("Bulk.Deadline", FarDeadline), ("Bulk.Priority", nameof(FollowUpPriority.Normal)),
    ];

    private static async Task<string> BulkAssignAsync(HttpClient client, (string, string)[] fields) =>
        WebUtility.HtmlDecode(await FollowAsync(client, await client.PostFormAsync("/FollowUps", "/FollowUpBatches/Assign",
            fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)))));

    [Fact]
    public async Task Bulk_assignment_gives_every_selected_item_to_one_body_with_its_own_timeline_entry()
    {
        var first = await ItemAsync("Quan tâm hơn nữa đến công tác giám sát");
        var second = await ItemAsync("Đánh giá, khen thưởng, biểu dương");
        var body = await OrganizationIdAsync("Ban Dân vận Thị ủy Kỳ Anh");
        var district = await factory.SignedInClientAsync(Demo.DistrictStaff);

        Assert.Contains("Giao các nội dung đã chọn", WebUtility.HtmlDecode(await district.GetStringAsync("/FollowUps?Mine=false")));
        var html = await BulkAssignAsync(district, Bulk(body, first, second));
        Assert.Contains("Đã giao 2 nội dung, thời hạn 31/12/2099.", html);

        foreach (var start in new[] { "Quan tâm hơn nữa đến công tác giám sát", "Đánh giá, khen thưởng, biểu dương" })
        {
            var item = await ItemAsync(start);
            Assert.Equal((FollowUpState.Assigned, body, new DateOnly(2099, 12, 31)), (item.State, item.ResponsibleOrganizationId!.Value, item.Deadline!.Value));
            Assert.Equal(1, await factory.WithDbAsync(db => db.FollowUpEvents.CountAsync(e => e.FollowUpItemId == item.Id && e.Action == FollowUpAction.Assign)));
        }
    }

    [Fact]
    public async Task A_batch_with_one_item_out_of_scope_assigns_nothing()
    {
        var own = await ItemAsync("Khó khăn trong tổ chức phong trào thi đua");
        var districts = await ItemAsync("Nâng cao hiệu quả hoạt động của nhà văn hóa");
        var mttq = await OrganizationIdAsync("Ủy ban Mặt trận Tổ quốc phường Kỳ Phương");
        var ward = await factory.SignedInClientAsync(Demo.KyPhuongWard);

        var html = await BulkAssignAsync(ward, Bulk(mttq, own, districts));
        Assert.Contains($"Nội dung số {districts.Id} không có trong phạm vi của bạn. Chưa thay đổi nội dung nào.", html);
        Assert.Equal(own.Version, (await ItemAsync("Khó khăn trong tổ chức phong trào thi đua")).Version);
        Assert.Equal(districts.Version, (await ItemAsync("Nâng cao hiệu quả hoạt động của nhà văn hóa")).Version);
    }

    [Fact]
    public async Task A_batch_with_one_item_in_a_state_that_forbids_assignment_or_changed_meanwhile_assigns_nothing()
    {
        var open = await ItemAsync("Nâng cao hiệu quả hoạt động của nhà văn hóa");
        var started = await ItemAsync("Xây dựng chương trình học tập, quán triệt");
        await factory.WithDbAsync(async db =>
        {
            var item = await db.FollowUps.SingleAsync(f => f.Id == started.Id);
            item.State = FollowUpState.InProgress;
            return await db.SaveChangesAsync();
        });
        started = await ItemAsync("Xây dựng chương trình học tập, quán triệt");
        var body = await OrganizationIdAsync("Ban Dân vận Thị ủy Kỳ Anh");
        var district = await factory.SignedInClientAsync(Demo.DistrictStaff);

        var html = await BulkAssignAsync(district, Bulk(body, open, started));
        Assert.Contains($"Nội dung số {started.Id}: Không thể \"giao xử lý\" khi nội dung đang ở trạng thái \"đang giải quyết\"", html);
        Assert.Contains("Chưa giao nội dung nào.", html);
        Assert.Equal(FollowUpState.New, (await ItemAsync("Nâng cao hiệu quả hoạt động của nhà văn hóa")).State);

        var stale = await ItemAsync("Nâng cao hiệu quả hoạt động của nhà văn hóa");
        stale.Version = Guid.NewGuid();
        html = await BulkAssignAsync(district, Bulk(body, stale));
        Assert.Contains("vừa được người khác cập nhật; chưa giao nội dung nào", html);
        Assert.Equal(FollowUpState.New, (await ItemAsync("Nâng cao hiệu quả hoạt động của nhà văn hóa")).State);
    }

    [Fact]
    public async Task A_published_answer_shows_on_the_public_page_until_it_is_reopened()
    {
        const string start = "Chuẩn bị tốt đại hội Đoàn Thanh niên";
        var item = await ItemAsync(start);
        var district = await factory.SignedInClientAsync(Demo.DistrictStaff);
        var anonymous = factory.CreateBareClient();

        // Not answered yet: it cannot be published.
        var html = WebUtility.HtmlDecode(await FollowAsync(district, await PostAsync(district, item.Id, "Publish", ("publish", "true"), ("version", item.Version.ToString()))));
        Assert.Contains("Chỉ công khai nội dung đã giải quyết", html);

        await FollowAsync(district, await PostAsync(district, item.Id, "Act",
            ("Version", item.Version.ToString()), ("Action", nameof(FollowUpAction.Resolve)), ("Text", "Các đại hội đã tổ chức đúng kế hoạch.")));
        item = await ItemAsync(start);
        Assert.DoesNotContain(start, WebUtility.HtmlDecode(await anonymous.GetStringAsync("/kien-nghi")));

        var otherWard = await factory.SignedInClientAsync(Demo.ThanhBinhWard);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(otherWard, item.Id, "Publish", ("publish", "true"), ("version", item.Version.ToString()))).StatusCode);

        html = WebUtility.HtmlDecode(await FollowAsync(district, await PostAsync(district, item.Id, "Publish", ("publish", "true"), ("version", item.Version.ToString()))));
        Assert.Contains("Đã công khai kết quả", html);
        var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/kien-nghi?Q=chuan%20bi%20tot%20dai%20hoi"));
        Assert.Contains(start, page);
        Assert.Contains("Các đại hội đã tổ chức đúng kế hoạch.", page);
        Assert.Contains("1 kiến nghị", page);

        item = await ItemAsync(start);
        var front = await factory.SignedInClientAsync(Demo.FrontStaff);
        await FollowAsync(front, await PostAsync(front, item.Id, "Act",
            ("Version", item.Version.ToString()), ("Action", nameof(FollowUpAction.Reopen)), ("Text", "Chưa tổ chức đại hội Hội Cựu chiến binh.")));
        Assert.DoesNotContain(start, WebUtility.HtmlDecode(await anonymous.GetStringAsync("/kien-nghi")));
    }

    [Fact]
    public async Task The_public_reads_published_answers_by_unit_and_topic_without_signing_in()
    {
        var hongLinh = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HT-HL").Select(u => u.Id).SingleAsync());
        var anonymous = factory.CreateBareClient();

        var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/kien-nghi?UnitId={hongLinh}&Topic={Uri.EscapeDataString("Tổ chức đại hội đoàn thể")}"));
        Assert.Contains("Kiến nghị của Hội Cựu chiến binh về thực hiện nhiệm vụ thời gian tới.", page);
        Assert.Contains("giao các cơ quan tham mưu hướng dẫn Hội Cựu chiến binh", page);

        var otherTopic = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/kien-nghi?UnitId={hongLinh}&Topic={Uri.EscapeDataString("Kinh phí hoạt động")}"));
        Assert.DoesNotContain("Kiến nghị của Hội Cựu chiến binh", otherTopic);
        Assert.Contains("Chưa có kiến nghị nào được công khai", otherTopic);
    }
}
