using System.Net;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Conferences;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Conferences;

/// <summary>
/// What final minutes cite from the shared catalogues (legal bases, people, organizations, topics, units) cannot
/// change under them: only the entry's own unit (or a level above) may edit it, and an edit reaches drafts only.
/// </summary>
public class FinalCitationsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Reason = "AmendmentReason";

    /// <summary>Entries of the district (Thị xã Kỳ Anh) that a ward's minutes may cite, with their names as entered.</summary>
    private sealed record Catalogues(int LegalBasisId, string Number, int PersonId, string Person, int OrganizationId, string Organization, int TopicId, string Topic);

    private Task<int> UnitIdAsync(string code) => factory.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    private async Task<Catalogues> DistrictCataloguesAsync(string tag)
    {
        var district = await factory.SignedInClientAsync(Demo.DistrictStaff);
        var unit = (await UnitIdAsync("HT-KA")).ToString();
        var number = $"{tag}-QĐ/Th.U";
        var person = $"Trần Văn Chủ Trì {tag}";
        var organization = $"Hội Nông dân thị xã nhóm {tag}";
        var topic = $"Đất đai nhóm {tag}";
        AssertRedirect(await district.PostFormAsync("/LegalBases/Create", "/LegalBases/Create",
            [new("Number", number), new("IssuedOn", "2024-05-02"), new("IssuingBody", "Ban Thường vụ Thị ủy Kỳ Anh"), new("Title", "Về đối thoại với Nhân dân")]));
        AssertRedirect(await district.PostFormAsync("/People/Create", "/People/Create",
            [new("Input.FullName", person), new("Input.Position", "Phó Bí thư Thường trực Thị ủy"), new("Input.UnitId", unit)]));
        AssertRedirect(await district.PostFormAsync("/Organizations/Create", "/Organizations/Create",
            [new("Input.Name", organization), new("Input.Kind", nameof(OrganizationKind.FarmersAssociation)), new("Input.UnitId", unit)]));
        AssertRedirect(await district.PostFormAsync("/Topics/Create", "/Topics/Create", [new("Input.Name", topic), new("Input.UnitId", unit)]));
        return await factory.WithDbAsync(async db => new Catalogues(
            await db.LegalBases.Where(l => l.Number == number).Select(l => l.Id).SingleAsync(), number,
            await db.People.Where(p => p.FullName == person).Select(p => p.Id).SingleAsync(), person,
            await db.Organizations.Where(o => o.Name == organization).Select(o => o.Id).SingleAsync(), organization,
            await db.Topics.Where(t => t.Name == topic).Select(t => t.Id).SingleAsync(), topic));
    }

    /// <summary>Minutes of Kỳ Phương citing every district entry once in each place the minutes can name it.</summary>
    private async Task<int> KyPhuongMinutesAsync(string title, Catalogues c, bool final)
    {
        var ward = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        AssertRedirect(await ward.PostFormAsync("/Conferences/Create", "/Conferences/Create",
        [
            new("Input.Title", title), new("Input.Kind", nameof(ConferenceKind.Dialogue)), new("Input.Status", nameof(ConferenceStatus.Held)),
            new("Input.HeldOn", "2026-04-10"), new("Input.UnitId", (await UnitIdAsync("HT-KA-KPH")).ToString()), new("Input.Place", "Hội trường phường"),
            new("Input.UnitemizedOpinionCount", "0"), new("Input.UnitemizedPetitionCount", "0"), new("Input.LegalBasisIds", c.LegalBasisId.ToString()),
        ]));
        var id = await factory.WithDbAsync(db => db.Conferences.Where(x => x.Title == title).Select(x => x.Id).SingleAsync());
        var organization = c.OrganizationId.ToString();
        await AddAsync(ward, id, "AddParticipant", ("Participant.Role", nameof(ParticipantRole.Chair)), ("Participant.PersonName", c.Person));
        await AddAsync(ward, id, "AddOrganization", ("Organization.OrganizationId", organization));
        await AddAsync(ward, id, "AddSpeech", ("Speech.Kind", nameof(SpeechKind.DirectingSpeech)), ("Speech.SpeakerName", c.Person),
            ("Speech.OrganizationId", organization), ("Speech.Summary", "Chỉ đạo các nội dung trọng tâm"));
        await AddAsync(ward, id, "AddPetition", ("Petition.Kind", nameof(PetitionKind.Petition)), ("Petition.Content", "Kiến nghị về cấp giấy chứng nhận"),
            ("Petition.TopicName", c.Topic), ("Petition.RaisedByOrganizationId", organization), ("Petition.AddressedToId", organization),
            ("Petition.OnTheSpotAnswer", "Đã tiếp thu"), ("Petition.AnsweredByName", c.Person));
        await AddAsync(ward, id, "AddConclusionItem", ("Item.Content", "Rà soát hồ sơ đất đai"), ("Item.ResponsibleOrganizationId", organization));
        if (final) AssertRedirect(await ward.PostFormAsync("/Conferences", $"/Conferences/Finalize/{id}", []));
        return id;
    }

    private static async Task AddAsync(HttpClient client, int id, string action, params (string Key, string Value)[] fields)
    {
        var token = await client.GetAntiforgeryTokenAsync("/Conferences");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/Minutes/{action}/{id}")
        {
            Content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))
                .Append(new("__RequestVerificationToken", token))),
        };
        request.Headers.Add("X-Requested-With", "fetch");
        var response = await client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static void AssertRedirect(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: {System.Text.RegularExpressions.Regex.Match(response.Content.ReadAsStringAsync().Result, "(?s)<main.*?</main>").Value}");

    /// <summary>The district edits each entry: new number and issuer, new name and position, new names.</summary>
    private async Task EditAllAsDistrictAsync(Catalogues c)
    {
        var district = await factory.SignedInClientAsync(Demo.DistrictStaff);
        var unit = (await UnitIdAsync("HT-KA")).ToString();
        var versions = await factory.WithDbAsync(async db => (
            await db.LegalBases.Where(l => l.Id == c.LegalBasisId).Select(l => l.Version).SingleAsync(),
            await db.People.Where(p => p.Id == c.PersonId).Select(p => p.Version).SingleAsync(),
            await db.Organizations.Where(o => o.Id == c.OrganizationId).Select(o => o.Version).SingleAsync(),
            await db.Topics.Where(t => t.Id == c.TopicId).Select(t => t.Version).SingleAsync()));
        AssertRedirect(await district.PostFormAsync($"/LegalBases/Edit/{c.LegalBasisId}", $"/LegalBases/Edit/{c.LegalBasisId}",
            [new("Version", versions.Item1.ToString()), new("Number", $"{c.Number}-MỚI"), new("IssuedOn", "2025-01-09"),
             new("IssuingBody", "Ủy ban nhân dân thị xã (sửa)"), new("Title", "Về đối thoại với Nhân dân")]));
        AssertRedirect(await district.PostFormAsync($"/People/Edit/{c.PersonId}", $"/People/Edit/{c.PersonId}",
            [new("Input.Version", versions.Item2.ToString()), new("Input.FullName", $"{c.Person} Đổi Tên"), new("Input.Position", "Bí thư Thị ủy"), new("Input.UnitId", unit)]));
        AssertRedirect(await district.PostFormAsync($"/Organizations/Edit/{c.OrganizationId}", $"/Organizations/Edit/{c.OrganizationId}",
            [new("Input.Version", versions.Item3.ToString()), new("Input.Name", $"{c.Organization} (tên mới)"),
             new("Input.Kind", nameof(OrganizationKind.FarmersAssociation)), new("Input.UnitId", unit)]));
        AssertRedirect(await district.PostFormAsync($"/Topics/Edit/{c.TopicId}", $"/Topics/Edit/{c.TopicId}",
            [new("Input.Version", versions.Item4.ToString()), new("Input.Name", $"{c.Topic} (tên mới)")]));
    }

    /// <summary>As Razor writes text (the portal encodes no letter, only markup characters).</summary>
    private static string Html(string text) =>
        System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All).Encode(text);

    [Fact]
    public async Task Another_wards_staff_cannot_edit_or_delete_the_catalogue_entries_other_units_keep()
    {
        var c = await DistrictCataloguesAsync("P1");
        var final = await KyPhuongMinutesAsync("Đối thoại – danh mục của thị xã, phường khác không sửa được", c, final: true);
        var before = await factory.WithDbAsync(db => db.LegalBases.AsNoTracking().SingleAsync(l => l.Id == c.LegalBasisId));
        var thanhBinh = await factory.SignedInClientAsync(Demo.ThanhBinhWard);
        var kyPhuong = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var ownUnit = (await UnitIdAsync("NB-NB-TB")).ToString();

        foreach (var ward in new[] { thanhBinh, kyPhuong })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await ward.GetAsync($"/LegalBases/Edit/{c.LegalBasisId}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await ward.PostFormAsync("/LegalBases", $"/LegalBases/Edit/{c.LegalBasisId}",
                [new("Version", before.Version.ToString()), new("Number", "999-GIẢ"), new("IssuingBody", "Cơ quan giả"), new("Title", "Giả")])).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await ward.PostFormAsync("/People", $"/People/Edit/{c.PersonId}",
                [new("Input.FullName", "Tên giả"), new("Input.UnitId", ownUnit)])).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await ward.PostFormAsync("/Organizations", $"/Organizations/Edit/{c.OrganizationId}",
                [new("Input.Name", "Tổ chức giả"), new("Input.Kind", nameof(OrganizationKind.Other)), new("Input.UnitId", ownUnit)])).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await ward.PostFormAsync("/Organizations", $"/Organizations/Delete/{c.OrganizationId}", [])).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await ward.PostFormAsync("/Topics", $"/Topics/Edit/{c.TopicId}", [new("Input.Name", "Lĩnh vực giả")])).StatusCode);
        }

        var after = await factory.WithDbAsync(db => db.LegalBases.AsNoTracking().SingleAsync(l => l.Id == c.LegalBasisId));
        Assert.Equal((before.Number, before.IssuingBody, before.Version), (after.Number, after.IssuingBody, after.Version));
        Assert.Equal(c.Person, await factory.WithDbAsync(db => db.People.Where(p => p.Id == c.PersonId).Select(p => p.FullName).SingleAsync()));
        Assert.Equal(c.Organization, await factory.WithDbAsync(db => db.Organizations.Where(o => o.Id == c.OrganizationId).Select(o => o.Name).SingleAsync()));
        Assert.Equal(c.Topic, await factory.WithDbAsync(db => db.Topics.Where(t => t.Id == c.TopicId).Select(t => t.Name).SingleAsync()));
        var page = await kyPhuong.GetStringAsync($"/Conferences/Details/{final}");
        Assert.Contains(Html($"{c.Number} ngày 02/05/2024 của Ban Thường vụ Thị ủy Kỳ Anh"), page);
        Assert.DoesNotContain("999-GIẢ", page);
    }

    [Fact]
    public async Task A_legal_basis_is_kept_by_the_unit_that_entered_it_and_the_levels_above()
    {
        var ward = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        AssertRedirect(await ward.PostFormAsync("/LegalBases/Create", "/LegalBases/Create",
            [new("Number", "07-KH/ĐU"), new("IssuedOn", "2026-01-05"), new("IssuingBody", "Đảng ủy phường Kỳ Phương"), new("Title", "Kế hoạch đối thoại năm 2026")]));
        var basis = await factory.WithDbAsync(db => db.LegalBases.AsNoTracking().SingleAsync(l => l.Number == "07-KH/ĐU"));
        Assert.Equal(await UnitIdAsync("HT-KA-KPH"), basis.UnitId);

        // Every staff member reads the catalogue; the edit link shows only where the user may edit.
        var thanhBinh = await factory.SignedInClientAsync(Demo.ThanhBinhWard);
        var list = await thanhBinh.GetStringAsync("/LegalBases?q=07-KH");
        Assert.Contains("07-KH/ĐU", list);
        Assert.DoesNotContain($"/LegalBases/Edit/{basis.Id}", list);
        Assert.Contains($"/LegalBases/Edit/{basis.Id}", await ward.GetStringAsync("/LegalBases?q=07-KH"));

        Assert.Equal(HttpStatusCode.NotFound, (await thanhBinh.GetAsync($"/LegalBases/Edit/{basis.Id}")).StatusCode);
        AssertRedirect(await ward.PostFormAsync($"/LegalBases/Edit/{basis.Id}", $"/LegalBases/Edit/{basis.Id}",
            [new("Version", basis.Version.ToString()), new("Number", "07-KH/ĐU"), new("IssuedOn", "2026-01-06"), new("IssuingBody", "Đảng ủy phường Kỳ Phương"), new("Title", "Kế hoạch đối thoại năm 2026")]));
        var version = await factory.WithDbAsync(db => db.LegalBases.Where(l => l.Id == basis.Id).Select(l => l.Version).SingleAsync());
        var district = await factory.SignedInClientAsync(Demo.DistrictStaff);
        AssertRedirect(await district.PostFormAsync($"/LegalBases/Edit/{basis.Id}", $"/LegalBases/Edit/{basis.Id}",
            [new("Version", version.ToString()), new("Number", "07-KH/ĐU"), new("IssuedOn", "2026-01-07"), new("IssuingBody", "Đảng ủy phường Kỳ Phương"), new("Title", "Kế hoạch đối thoại năm 2026")]));
        Assert.Equal(new DateOnly(2026, 1, 7), await factory.WithDbAsync(db => db.LegalBases.Where(l => l.Id == basis.Id).Select(l => l.IssuedOn).SingleAsync()));
    }

    [Fact]
    public async Task The_district_editing_its_entries_changes_drafts_but_not_the_final_minutes_page_nor_their_word_file()
    {
        var c = await DistrictCataloguesAsync("P2");
        var final = await KyPhuongMinutesAsync("Đối thoại – bản chính thức giữ trích dẫn", c, final: true);
        var draft = await KyPhuongMinutesAsync("Đối thoại – bản dự thảo theo danh mục mới", c, final: false);

        await EditAllAsDistrictAsync(c);

        var ward = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var oldCitation = $"{c.Number} ngày 02/05/2024 của Ban Thường vụ Thị ủy Kỳ Anh về đối thoại với Nhân dân";
        var newCitation = $"{c.Number}-MỚI ngày 09/01/2025 của Ủy ban nhân dân thị xã (sửa) về đối thoại với Nhân dân";
        string[] oldNames = [oldCitation, c.Organization, c.Topic];
        string[] newNames = [newCitation, $"{c.Person} Đổi Tên", $"{c.Organization} (tên mới)", $"{c.Topic} (tên mới)"];

        // The change history names catalogue entries as they read today; the minutes' own text is what must keep its citations.
        var page = Audit.HistorySection.Without(await ward.GetStringAsync($"/Conferences/Details/{final}"));
        var print = await ward.GetStringAsync($"/Conferences/Print/{final}");
        var word = await MinutesWordFile.TextAsync(ward, final);
        foreach (var shown in new[] { page, print })
        {
            foreach (var name in oldNames.Append(c.Person)) Assert.Contains(Html(name), shown);
            foreach (var name in newNames) Assert.DoesNotContain(Html(name), shown);
        }
        foreach (var name in oldNames) Assert.Contains(name, word);
        foreach (var name in newNames) Assert.DoesNotContain(name, word);
        Assert.Contains($"Chủ trì: đồng chí {c.Person}, Phó Bí thư Thường trực Thị ủy.", word);

        var draftPage = await ward.GetStringAsync($"/Conferences/Details/{draft}");
        var draftWord = await MinutesWordFile.TextAsync(ward, draft);
        foreach (var name in newNames)
        {
            Assert.Contains(Html(name), draftPage);
            Assert.Contains(name, draftWord);
        }
        Assert.DoesNotContain(Html(oldCitation), draftPage);

        // The minutes entry page lists the rows as the record has them.
        var finalRows = await ward.GetStringAsync($"/Minutes/Edit/{final}");
        var draftRows = await ward.GetStringAsync($"/Minutes/Edit/{draft}");
        foreach (var (old, renamed) in new[] { (c.Person, $"{c.Person} Đổi Tên"), (c.Organization, $"{c.Organization} (tên mới)"), (c.Topic, $"{c.Topic} (tên mới)") })
        {
            Assert.Contains($">{Html(old)}</td>", finalRows);
            Assert.DoesNotContain($">{Html(renamed)}</td>", finalRows);
            Assert.Contains($">{Html(renamed)}</td>", draftRows);
        }

        // A catalogue edit is not an amendment of anyone's minutes.
        Assert.False(await factory.WithDbAsync(db => db.Amendments.AnyAsync(a => a.ConferenceId == final)));
    }

    [Fact]
    public async Task An_organization_deleted_by_its_district_stays_named_in_the_final_minutes_that_cite_it()
    {
        var c = await DistrictCataloguesAsync("P3");
        var final = await KyPhuongMinutesAsync("Đối thoại – tổ chức đã xóa khỏi danh mục", c, final: true);

        var district = await factory.SignedInClientAsync(Demo.DistrictStaff);
        AssertRedirect(await district.PostFormAsync($"/Organizations/Delete/{c.OrganizationId}", $"/Organizations/Delete/{c.OrganizationId}", []));

        var ward = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var page = await ward.GetStringAsync($"/Conferences/Details/{final}");
        Assert.Contains($"Tổ chức tham dự (1)", page);
        Assert.Contains(Html(c.Organization), page);
        var word = await MinutesWordFile.TextAsync(ward, final);
        Assert.Contains($"Tổ chức tham dự (1): {c.Organization}.", word);
        Assert.Contains($"Chủ trì thực hiện: {c.Organization}", word);
    }

    [Fact]
    public async Task An_amendment_cites_the_catalogue_as_it_is_when_the_row_is_added_and_older_rows_keep_theirs()
    {
        var c = await DistrictCataloguesAsync("P4");
        var final = await KyPhuongMinutesAsync("Đối thoại – sửa đổi sau khi danh mục đổi", c, final: true);
        await EditAllAsDistrictAsync(c);

        var ward = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        await AddAsync(ward, final, "AddPetition", ("Petition.Kind", nameof(PetitionKind.Proposal)), ("Petition.Content", "Đề xuất ghi bổ sung"),
            ("Petition.TopicName", $"{c.Topic} (tên mới)"), (Reason, "Thư ký ghi sót một đề xuất"));

        var amendment = Assert.Single(await factory.WithDbAsync(db => db.Amendments.Where(a => a.ConferenceId == final).ToListAsync()));
        Assert.Equal("Thư ký ghi sót một đề xuất", amendment.Reason);
        Assert.Contains("Thêm đề xuất \"Đề xuất ghi bổ sung\"", amendment.Summary);
        var topics = await factory.WithDbAsync(db => db.Petitions.Where(p => p.ConferenceId == final).OrderBy(p => p.Order)
            .Select(p => p.CitedTopic).ToListAsync());
        Assert.Equal([c.Topic, $"{c.Topic} (tên mới)"], topics);
        var word = await MinutesWordFile.TextAsync(ward, final);
        Assert.Contains($"[Kiến nghị – {c.Topic}] Kiến nghị về cấp giấy chứng nhận", word);
        Assert.Contains($"[Đề xuất – {c.Topic} (tên mới)] Đề xuất ghi bổ sung", word);
        Assert.Contains("Lý do: Thư ký ghi sót một đề xuất", word);
    }

    [Fact]
    public async Task Reopened_minutes_follow_the_catalogue_again_and_cite_it_anew_when_final_again()
    {
        var c = await DistrictCataloguesAsync("P5");
        var id = await KyPhuongMinutesAsync("Đối thoại – mở lại rồi hoàn thiện lại", c, final: true);
        await EditAllAsDistrictAsync(c);
        var admin = await factory.SignedInClientAsync(Demo.Admin);
        AssertRedirect(await admin.PostFormAsync("/Conferences", $"/Conferences/Reopen/{id}", [new(Reason, "Ghi lại theo văn bản đã sửa")]));

        var ward = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        Assert.Contains(Html($"{c.Topic} (tên mới)"), await ward.GetStringAsync($"/Conferences/Details/{id}"));
        AssertRedirect(await ward.PostFormAsync("/Conferences", $"/Conferences/Finalize/{id}", []));

        var cited = await factory.WithDbAsync(db => db.ConferenceLegalBases.Where(l => l.ConferenceId == id).Select(l => l.CitedLegalBasis).SingleAsync());
        Assert.Equal($"{c.Number}-MỚI ngày 09/01/2025 của Ủy ban nhân dân thị xã (sửa) về đối thoại với Nhân dân", cited);
    }

    [Fact]
    public async Task Renaming_a_unit_leaves_its_final_minutes_naming_it_as_it_was()
    {
        var c = await DistrictCataloguesAsync("P6");
        var final = await KyPhuongMinutesAsync("Đối thoại – đơn vị đổi tên sau khi hoàn thiện", c, final: true);
        var unit = await factory.WithDbAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.Code == "HT-KA-KPH"));
        var admin = await factory.SignedInClientAsync(Demo.Admin);
        async Task RenameAsync(string name, Guid version) => AssertRedirect(await admin.PostFormAsync($"/Units/Edit/{unit.Id}", $"/Units/Edit/{unit.Id}",
            [new("Input.Version", version.ToString()), new("Input.Kind", unit.Kind.ToString()), new("Input.Name", name),
             new("Input.Code", unit.Code), new("Input.ParentId", unit.ParentId!.Value.ToString())]));

        await RenameAsync("Kỳ Phương Đổi Tên", unit.Version);
        try
        {
            var ward = await factory.SignedInClientAsync(Demo.KyPhuongWard);
            var page = await ward.GetStringAsync($"/Conferences/Details/{final}");
            Assert.Contains("Đơn vị</dt><dd class=\"col-sm-9\">Phường Kỳ Phương</dd>", page);
            Assert.Contains("Kỳ Phương, ngày 10 tháng 4 năm 2026", await MinutesWordFile.TextAsync(ward, final));
        }
        finally
        {
            await RenameAsync("Kỳ Phương", await factory.WithDbAsync(db => db.Units.Where(u => u.Id == unit.Id).Select(u => u.Version).SingleAsync()));
        }
    }

    [Fact]
    public async Task Minutes_made_final_before_citations_were_kept_get_them_once_at_start_up_without_an_audit_entry()
    {
        var c = await DistrictCataloguesAsync("P7");
        var id = await KyPhuongMinutesAsync("Đối thoại – hoàn thiện trước khi có trích dẫn", c, final: true);
        // As the migration leaves them: final, with no citation kept.
        await factory.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlAsync($"UPDATE Conferences SET CitedUnit = NULL, CitedOrganizer = NULL WHERE Id = {id}");
            await db.Database.ExecuteSqlAsync($"UPDATE ConferenceLegalBases SET CitedLegalBasis = NULL WHERE ConferenceId = {id}");
            await db.Database.ExecuteSqlAsync($"UPDATE Petitions SET CitedTopic = NULL, CitedAddressedTo = NULL WHERE ConferenceId = {id}");
            return 0;
        });
        var audits = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.RootKey == AuditEntry.Key(nameof(Conference), id)));

        var filled = await factory.WithDbAsync(db => FinalCitations.TakeMissingAsync(db));

        Assert.True(filled >= 1);
        Assert.Equal(0, await factory.WithDbAsync(db => FinalCitations.TakeMissingAsync(db)));
        Assert.Equal("Phường Kỳ Phương", await factory.WithDbAsync(db => db.Conferences.Where(x => x.Id == id).Select(x => x.CitedUnit).SingleAsync()));
        Assert.Equal($"{c.Number} ngày 02/05/2024 của Ban Thường vụ Thị ủy Kỳ Anh về đối thoại với Nhân dân",
            await factory.WithDbAsync(db => db.ConferenceLegalBases.Where(l => l.ConferenceId == id).Select(l => l.CitedLegalBasis).SingleAsync()));
        Assert.Equal((c.Topic, c.Organization), await factory.WithDbAsync(db => db.Petitions.Where(p => p.ConferenceId == id)
            .Select(p => new ValueTuple<string?, string?>(p.CitedTopic, p.CitedAddressedTo)).SingleAsync()));
        var entries = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.RootKey == AuditEntry.Key(nameof(Conference), id)).OrderBy(a => a.Id).Select(a => a.EntityType + " " + a.Action + " " + a.Changes + " " + a.Note).ToListAsync());
        Assert.True(audits == entries.Count, string.Join("\n", entries));
    }
}
