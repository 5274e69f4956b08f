using System.Net;
using System.Net.Http.Headers;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Authorization;
using DoiThoai.Web.Documents;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.Documents;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Tests.Integration.Features.Documents;

/// <summary>
/// An administrator replaces the templates of the units under their own unit only; the system's administrator (at the
/// top of the tree) any unit's (ADR 0021). Enforced on every template action, whatever unit id is sent.
/// </summary>
public class TemplateScopeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Password = "mật khẩu quản trị phường Kỳ Phương";

    private Task<int> UnitAsync(string code) => factory.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    /// <summary>An administrator whose own unit is the ward of Kỳ Phương.</summary>
    private async Task<HttpClient> WardAdministratorAsync()
    {
        var email = $"quantri-kyphuong-{Guid.NewGuid():N}@demo.local";
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, FullName = "Quản trị phường Kỳ Phương", UnitId = await UnitAsync("HT-KA-KPH") };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Administrator)).Succeeded);
        }
        return await factory.SignedInClientAsync(email, Password);
    }

    private bool HasOwn(int unitId, DocumentKind document, IssuerKind issuer)
    {
        using var scope = factory.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<DocumentTemplates>().HasOwn(unitId, document, issuer);
    }

    private static MultipartFormDataContent Upload(byte[] file, string token, string name = "mau.docx")
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        return new MultipartFormDataContent
        {
            { new StringContent("Minutes"), "Document" }, { new StringContent("State"), "Issuer" },
            { content, "File", name }, { new StringContent(token), "__RequestVerificationToken" },
        };
    }

    [Theory]
    [InlineData("NB-NB-TB")]
    [InlineData("HT-KA")]
    [InlineData("HT-KA-KHA")]
    public async Task A_ward_administrator_neither_opens_nor_changes_the_templates_of_a_unit_outside_their_ward(string code)
    {
        factory.CreateClient();
        var other = await UnitAsync(code);
        var own = await UnitAsync("HT-KA-KPH");
        var client = await WardAdministratorAsync();
        var token = await client.GetAntiforgeryTokenAsync($"/Documents/Templates/{own}");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Documents/Templates/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Documents/Template/{other}?Document=Minutes&Issuer=State")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/Documents/Templates/{other}",
            Upload(DocumentTemplates.Default(DocumentKind.Minutes, IssuerKind.State), token))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/Documents/ResetTemplate/{other}", new FormUrlEncodedContent(
            [new("Document", "Minutes"), new("Issuer", "State"), new("__RequestVerificationToken", token)]))).StatusCode);
        Assert.False(HasOwn(other, DocumentKind.Minutes, IssuerKind.State));
    }

    [Theory]
    [InlineData("HT-KA")]
    [InlineData("HT-KA-KHA")]
    public async Task A_ward_administrator_is_offered_the_templates_button_on_their_wards_page_only(string otherCode)
    {
        factory.CreateClient();
        var own = await UnitAsync("HT-KA-KPH");
        var other = await UnitAsync(otherCode);
        var client = await WardAdministratorAsync();

        // Administrators read the whole tree, so the other unit's page opens, without a button that would end on 404.
        var otherPage = await client.GetAsync($"/Units/Details/{other}");
        Assert.Equal(HttpStatusCode.OK, otherPage.StatusCode);
        var otherHtml = await otherPage.Content.ReadAsStringAsync();
        Assert.DoesNotContain($"href=\"/Documents/Templates/{other}\"", otherHtml);
        Assert.DoesNotContain("Mẫu văn bản", otherHtml);
        Assert.Contains($"href=\"/Documents/Templates/{own}\"", await client.GetStringAsync($"/Units/Details/{own}"));
    }

    [Fact]
    public async Task A_ward_administrator_replaces_the_templates_of_their_ward_and_of_its_residential_groups()
    {
        factory.CreateClient();
        var client = await WardAdministratorAsync();
        foreach (var code in new[] { "HT-KA-KPH", "HT-KA-KPH-TDP01" })
        {
            var id = await UnitAsync(code);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Documents/Templates/{id}")).StatusCode);
            var token = await client.GetAntiforgeryTokenAsync($"/Documents/Templates/{id}");
            var posted = await client.PostAsync($"/Documents/Templates/{id}", Upload(DocumentTemplates.Default(DocumentKind.Minutes, IssuerKind.State), token));
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
            using var scope = factory.Services.CreateScope();
            var templates = scope.ServiceProvider.GetRequiredService<DocumentTemplates>();
            Assert.True(templates.HasOwn(id, DocumentKind.Minutes, IssuerKind.State));
            templates.Reset(id, DocumentKind.Minutes, IssuerKind.State);
        }
    }

    [Fact]
    public async Task The_systems_administrator_opens_the_templates_of_any_unit_and_ward_staff_of_none()
    {
        factory.CreateClient();
        var thanhBinh = await UnitAsync("NB-NB-TB");
        var admin = await factory.SignedInClientAsync(Demo.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/Documents/Templates/{thanhBinh}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/Documents/Templates/{await UnitAsync("HT-KA-KPH")}")).StatusCode);

        var ward = await factory.SignedInClientAsync(Demo.KyPhuongWard);
        Assert.Equal(HttpStatusCode.Forbidden, (await ward.GetAsync($"/Documents/Templates/{await UnitAsync("HT-KA-KPH")}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ward.GetAsync($"/Documents/Templates/{thanhBinh}")).StatusCode);
    }

    [Fact]
    public async Task A_file_that_is_not_a_template_is_refused_beside_the_file_field_in_vietnamese()
    {
        factory.CreateClient();
        var id = await UnitAsync("HT-KA-KPH");
        var admin = await factory.SignedInClientAsync(Demo.Admin);
        var token = await admin.GetAntiforgeryTokenAsync($"/Documents/Templates/{id}");
        var refused = await admin.PostAsync($"/Documents/Templates/{id}", Upload("không phải Word"u8.ToArray(), token));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Matches("id=\"template-file-error\"[^>]*>[^<]+</span>", page);
        Assert.False(HasOwn(id, DocumentKind.Minutes, IssuerKind.State));
    }
}
