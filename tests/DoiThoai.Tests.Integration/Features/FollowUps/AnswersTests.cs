using System.Net;
using DoiThoai.Tests.Integration.Features.Notices;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.FollowUps;

/// <summary>The portal with an e-mail pickup folder of its own, to count what raisers are sent.</summary>
public class AnswersFactory : PortalFactory
{
    public string MailFolder => Path.Combine(Folder, "mail");

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Email:PickupFolder"] = MailFolder };

    public string[] MailFiles() => Directory.Exists(MailFolder) ? Directory.GetFiles(MailFolder, "*.eml") : [];
}

/// <summary>Answer templates, batches (answer, prepare, give prepared answers) and telling the raiser once.</summary>
public class AnswersTests(AnswersFactory factory) : IClassFixture<AnswersFactory>
{
    private const string FarDeadline = "2099-12-31";

    private Task<FollowUpItem> ItemAsync(string start) => factory.WithDbAsync(db => db.FollowUps.AsNoTracking()
        .SingleAsync(f => (f.Petition != null && f.Petition.Content.StartsWith(start)) || (f.ConclusionItem != null && f.ConclusionItem.Content.StartsWith(start))));


    private async Task<int> TemplateAsync(string unitCode, string title, string body) => await factory.WithDbAsync(async db =>
    {
        var template = new AnswerTemplate { UnitId = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync(), Title = title, Body = body };
        db.AnswerTemplates.Add(template);
        await db.SaveChangesAsync();
        return template.Id;
    });

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, params (string, string)[] fields) =>
        await client.PostFormAsync("/FollowUps", url, fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));

    private static async Task<string> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location));
    }

    private static (string, string)[] Selection(params FollowUpItem[] items) => [.. items.Select(i => ("Bulk.Selected", $"{i.Id}:{i.Version}"))];

    private async Task AssignAllAsync(HttpClient client, string body, params string[] starts)
    {
        var items = await Task.WhenAll(starts.Select(ItemAsync));
        var organization = await factory.WithDbAsync(db => db.Organizations.Where(o => o.Name == body).Select(o => o.Id).SingleAsync());
        var html = await FollowAsync(client, await PostAsync(client, "/FollowUpBatches/Assign",
            [.. Selection(items), ("Bulk.ResponsibleOrganizationId", organization.ToString()), ("Bulk.Deadline", FarDeadline)]));
        Assert.Contains($"Đã giao {starts.Length} nội dung", html);
    }

    [Fact]
    public async Task A_template_fills_each_item_from_its_record_and_is_offered_only_where_it_belongs()
    {
        var template = await TemplateAsync("HT-KA", "Tiếp thu chung", "Tiếp thu ý kiến của {người nêu} tại hội nghị ngày {ngày hội nghị}: {nội dung}");
        var foreignTemplate = await TemplateAsync("HT-HL", "Mẫu Hồng Lĩnh", "Không dùng ở Kỳ Anh");
        var item = await ItemAsync("Nguồn kinh phí hoạt động");
        var ward = await factory.SignedInClientAsync(Demo.KyPhuongWard);

        var filled = await ward.GetStringAsync($"/FollowUps/Template/{item.Id}?templateId={template}");
        Assert.Equal("Tiếp thu ý kiến của Ủy ban Mặt trận Tổ quốc phường Kỳ Phương tại hội nghị ngày 28/06/2022: "
            + "Nguồn kinh phí hoạt động của chi hội, chi đoàn còn hạn hẹp.", filled);
        Assert.Equal(HttpStatusCode.NotFound, (await ward.GetAsync($"/FollowUps/Template/{item.Id}?templateId={foreignTemplate}")).StatusCode);

        var page = WebUtility.HtmlDecode(await ward.GetStringAsync($"/FollowUps/Details/{item.Id}"));
        Assert.DoesNotContain("Mẫu Hồng Lĩnh", page);
        var otherWard = await factory.SignedInClientAsync(Demo.ThanhBinhWard);
        Assert.Equal(HttpStatusCode.NotFound, (await otherWard.GetAsync($"/FollowUps/Template/{item.Id}?templateId={template}")).StatusCode);
    }

    [Fact]
    public async Task Template_forms_check_their_fields_and_scope()
    {
        var district = await factory.SignedInClientAsync(Demo.DistrictStaff);
        var kyAnh = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HT-KA").Select(u => u.Id).SingleAsync());
        var response = await district.PostFormAsync("/AnswerTemplates/Create", "/AnswerTemplates/Create",
            [new("Input.Title", ""), new("Input.Body", "Nội dung"), new("Input.UnitId", kyAnh.ToString())]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Hãy nhập tên mẫu.", html);
        Assert.Contains("Nội dung", html);

        var kyAnhTemplate = await TemplateAsync("HT-KA", "Mẫu của thị xã", "Nội dung mẫu");
        var ward = await factory.SignedInClientAsync(Demo.ThanhBinhWard);
        Assert.Equal(HttpStatusCode.NotFound, (await ward.GetAsync($"/AnswerTemplates/Edit/{kyAnhTemplate}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ward.PostFormAsync("/AnswerTemplates", $"/AnswerTemplates/Delete/{kyAnhTemplate}", [])).StatusCode);
        Assert.DoesNotContain("Mẫu của thị xã", WebUtility.HtmlDecode(await ward.GetStringAsync("/AnswerTemplates")));
    }

    [Fact]
    public async Task A_batch_answers_every_item_with_its_own_filled_answer_and_audit_entry()
    {
        var template = await TemplateAsync("HT-KA", "Đã giải quyết", "{cơ quan chủ trì} đã giải quyết: {nội dung}");
        var district = await factory.SignedInClientAsync(Demo.DistrictStaff);
        string[] starts = ["Quan tâm hơn nữa đến công tác giám sát", "Đánh giá, khen thưởng, biểu dương", "Nâng cao hiệu quả hoạt động của nhà văn hóa"];
        await AssignAllAsync(district, "Ban Dân vận Thị ủy Kỳ Anh", starts);
        var items = await Task.WhenAll(starts.Select(ItemAsync));
        var auditBefore = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(FollowUpItem)));

        var html = await FollowAsync(district, await PostAsync(district, "/FollowUpBatches/Run",
            [.. Selection(items), ("Bulk.Operation", "Resolve"), ("Bulk.TemplateId", template.ToString())]));
        Assert.Contains("cho 3 nội dung", html);

        foreach (var start in starts)
        {
            var item = await ItemAsync(start);
            Assert.Equal(FollowUpState.Resolved, item.State);
            Assert.StartsWith("Ban Dân vận Thị ủy Kỳ Anh đã giải quyết: " + start, item.Result);
            Assert.Contains(item.Result!, html);
        }
        Assert.Equal(auditBefore + 3, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(FollowUpItem))));
    }

    [Fact]
    public async Task A_batch_with_one_item_out_of_scope_or_in_a_forbidding_state_changes_nothing()
    {
        var district = await factory.SignedInClientAsync(Demo.DistrictStaff);
        await AssignAllAsync(district, "Ban Dân vận Thị ủy Kỳ Anh", "Phát huy vai trò giám sát, phản biện");
        var assigned = await ItemAsync("Phát huy vai trò giám sát, phản biện");
        var fresh = await ItemAsync("Khó khăn về nhân sự ban chấp hành");     // still new: cannot be answered yet
        var foreign = await ItemAsync("Kiến nghị của Hội Cựu chiến binh");  // Hồng Lĩnh: outside Kỳ Anh

        var html = await FollowAsync(district, await PostAsync(district, "/FollowUpBatches/Run",
            [.. Selection(assigned, foreign), ("Bulk.Operation", "Resolve"), ("Bulk.Text", "Đã xong.")]));
        Assert.Contains($"Nội dung số {foreign.Id} không có trong phạm vi của bạn. Chưa thay đổi nội dung nào.", html);

        html = await FollowAsync(district, await PostAsync(district, "/FollowUpBatches/Run",
            [.. Selection(assigned, fresh), ("Bulk.Operation", "Resolve"), ("Bulk.Text", "Đã xong.")]));
        Assert.Contains($"Nội dung số {fresh.Id}: Không thể", html);
        Assert.Contains("Chưa thay đổi nội dung nào.", html);

        Assert.Equal(assigned.Version, (await ItemAsync("Phát huy vai trò giám sát, phản biện")).Version);
        Assert.Equal(fresh.Version, (await ItemAsync("Khó khăn về nhân sự ban chấp hành")).Version);

        var leader = await factory.SignedInClientAsync(Demo.Leader);
        var refused = await PostAsync(leader, "/FollowUpBatches/Run", [.. Selection(assigned), ("Bulk.Operation", "Resolve"), ("Bulk.Text", "x")]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Prepared_answers_are_given_and_published_together_on_one_day()
    {
        var district = await factory.SignedInClientAsync(Demo.DistrictStaff);
        string[] starts = ["Đào tạo, bồi dưỡng đội ngũ cán bộ đoàn", "Chuẩn bị tốt đại hội Đoàn Thanh niên"];
        var items = await Task.WhenAll(starts.Select(ItemAsync));
        await FollowAsync(district, await PostAsync(district, "/FollowUpBatches/Run",
            [.. Selection(items), ("Bulk.Operation", "Prepare"), ("Bulk.Text", "Thị ủy đã chỉ đạo thực hiện trong năm.")]));

        items = await Task.WhenAll(starts.Select(ItemAsync));
        Assert.All(items, i => Assert.Equal(("Thị ủy đã chỉ đạo thực hiện trong năm.", false), (i.PreparedAnswer, FollowUpStateMachine.IsOpen(i.State) == false)));
        var anonymous = factory.CreateBareClient();
        Assert.DoesNotContain("Đào tạo, bồi dưỡng đội ngũ cán bộ đoàn", WebUtility.HtmlDecode(await anonymous.GetStringAsync("/kien-nghi")));

        var html = await FollowAsync(district, await PostAsync(district, "/FollowUpBatches/Run", [.. Selection(items), ("Bulk.Operation", "GivePrepared")]));
        Assert.Contains("cho 2 nội dung", html);
        items = await Task.WhenAll(starts.Select(ItemAsync));
        Assert.All(items, i => Assert.Equal((FollowUpState.Resolved, true, (string?)null), (i.State, i.IsPublic, i.PreparedAnswer)));
        Assert.Single(items.Select(i => i.PublishedAtUtc).Distinct());
        var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/kien-nghi"));
        Assert.Contains("Đào tạo, bồi dưỡng đội ngũ cán bộ đoàn", page);
        Assert.Contains("Chuẩn bị tốt đại hội Đoàn Thanh niên", page);
    }

    [Fact]
    public async Task The_raiser_is_told_once_when_answered_and_once_when_closed()
    {
        const string start = "Phụ cấp theo Nghị định 34";
        await factory.WithDbAsync(async db =>
        {
            var front = await db.Organizations.SingleAsync(o => o.Name == "Ủy ban Mặt trận Tổ quốc phường Kỳ Phương");
            front.Email = "mttq.kyphuong@demo.local";
            return await db.SaveChangesAsync();
        });
        var ward = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var item = await ItemAsync(start);
        await FollowAsync(ward, await PostAsync(ward, $"/FollowUps/RaiserEmail/{item.Id}", ("Raiser.Version", item.Version.ToString()), ("Raiser.Email", "nguoinen@demo.local")));
        await AssignAllAsync(ward, "Ủy ban nhân dân phường Kỳ Phương", start);
        var mailBefore = factory.MailFiles().Length;

        item = await ItemAsync(start);
        await FollowAsync(ward, await PostAsync(ward, $"/FollowUps/Act/{item.Id}", ("Version", item.Version.ToString()), ("Action", "Resolve"), ("Text", "Phường hỗ trợ thêm từ quỹ vận động.")));
        Assert.Equal(mailBefore + 1, factory.MailFiles().Length);
        var mail = Eml.Read(factory.MailFiles().OrderBy(File.GetCreationTimeUtc).Last());
        Assert.Contains("mttq.kyphuong@demo.local", mail.To);
        Assert.Contains("nguoinen@demo.local", mail.To);
        Assert.StartsWith("[DoiThoai] Trả lời kiến nghị: Phụ cấp theo Nghị định 34", mail.Subject);
        Assert.Contains("Phường hỗ trợ thêm từ quỹ vận động.", mail.Body);

        // Reopened and answered again: the raiser was already told of an answer, so nothing more is sent.
        var front = await factory.SignedInClientAsync(Demo.FrontStaff);
        item = await ItemAsync(start);
        await FollowAsync(front, await PostAsync(front, $"/FollowUps/Act/{item.Id}", ("Version", item.Version.ToString()), ("Action", "Reopen"), ("Text", "Chưa đủ.")));
        item = await ItemAsync(start);
        await FollowAsync(ward, await PostAsync(ward, $"/FollowUps/Act/{item.Id}", ("Version", item.Version.ToString()), ("Action", "Resolve"), ("Text", "Đã bổ sung.")));
        Assert.Equal(mailBefore + 1, factory.MailFiles().Length);

        item = await ItemAsync(start);
        var html = await FollowAsync(front, await PostAsync(front, $"/FollowUps/Act/{item.Id}", ("Version", item.Version.ToString()), ("Action", "Close")));
        Assert.Equal(mailBefore + 2, factory.MailFiles().Length);
        Assert.Contains("Báo kết quả cho người nêu", html);
        var notices = await factory.WithDbAsync(db => db.RaiserNotices.Where(n => n.FollowUpItemId == item.Id).Select(n => new { n.Kind, n.SentAtUtc }).ToListAsync());
        Assert.Equal([RaiserNoticeKind.Answered, RaiserNoticeKind.Closed], notices.Select(n => n.Kind).Order());
        Assert.All(notices, n => Assert.NotNull(n.SentAtUtc));
    }
}
