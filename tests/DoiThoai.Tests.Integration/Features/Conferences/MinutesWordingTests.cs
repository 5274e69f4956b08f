using System.Net;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain.Conferences;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Conferences;

/// <summary>One state, one wording: the page, the print view and the Word file never call draft minutes completed.</summary>
public class MinutesWordingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Completed = "Đã hoàn thành biên bản";
    private const string DraftWording = "Bản dự thảo";
    private const string FinalWording = "Bản chính thức";

    /// <summary>A draft whose stored status was set by hand to "minutes complete": the case that read as a contradiction.</summary>
    private async Task<(HttpClient Client, int Id)> DraftMarkedCompleteAsync(string title)
    {
        var unit = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HT-KA-KPH").Select(u => u.Id).SingleAsync());
        var client = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        var created = await client.PostFormAsync("/Conferences/Create", "/Conferences/Create",
        [
            new("Input.Title", title), new("Input.Kind", nameof(ConferenceKind.Dialogue)),
            new("Input.Status", nameof(ConferenceStatus.MinutesComplete)), new("Input.HeldOn", "2026-03-15"),
            new("Input.UnitId", unit.ToString()), new("Input.Place", "Hội trường phường"),
            new("Input.UnitemizedOpinionCount", "0"), new("Input.UnitemizedPetitionCount", "0"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await factory.WithDbAsync(db => db.Conferences.Where(c => c.Title == title).Select(c => c.Id).SingleAsync());
        var stored = await factory.WithDbAsync(db => db.Conferences.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(ConferenceStatus.MinutesComplete, stored.Status);
        Assert.Equal(MinutesState.Draft, stored.MinutesState);
        return (client, id);
    }

    [Fact]
    public async Task Draft_minutes_never_read_as_completed_on_the_page_the_print_view_or_the_word_file()
    {
        var (client, id) = await DraftMarkedCompleteAsync("Đối thoại – bản dự thảo đánh dấu hoàn thành");

        // The history quotes the stored status and state by their labels; the page's own wording is what counts here.
        var details = Audit.HistorySection.Without(await client.GetStringAsync($"/Conferences/Details/{id}"));
        var print = await client.GetStringAsync($"/Conferences/Print/{id}");
        var word = await MinutesWordFile.TextAsync(client, id);

        foreach (var text in new[] { details, print, word })
        {
            Assert.DoesNotContain(Completed, text);
            Assert.DoesNotContain(FinalWording, text);
            Assert.Contains(DraftWording, text);
        }
        Assert.Contains("Đã tổ chức, biên bản là bản dự thảo", details);
        Assert.Contains("Đã tổ chức, biên bản là bản dự thảo", print);
        var list = await client.GetStringAsync("/Conferences?Q=" + Uri.EscapeDataString("bản dự thảo đánh dấu hoàn thành"));
        Assert.Contains("Đã tổ chức, biên bản là bản dự thảo", list);
        Assert.DoesNotContain(Completed + "</span>", list);
    }

    [Fact]
    public async Task Final_minutes_read_as_final_and_completed_on_the_page_the_print_view_and_the_word_file()
    {
        var (client, id) = await DraftMarkedCompleteAsync("Đối thoại – bản chính thức sau hoàn thiện");
        var finalized = await client.PostFormAsync("/Conferences", $"/Conferences/Finalize/{id}", []);
        Assert.Equal(HttpStatusCode.Redirect, finalized.StatusCode);

        var details = Audit.HistorySection.Without(await client.GetStringAsync($"/Conferences/Details/{id}"));
        var print = await client.GetStringAsync($"/Conferences/Print/{id}");
        var word = await MinutesWordFile.TextAsync(client, id);

        foreach (var text in new[] { details, print, word })
        {
            Assert.Contains(FinalWording, text);
            Assert.DoesNotContain(DraftWording, text);
        }
        Assert.Contains(Completed, details);
        Assert.Contains(Completed, print);
    }
}
