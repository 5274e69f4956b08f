using System.Net;
using System.Text.RegularExpressions;
using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Tests.Integration.Features.Users;

/// <summary>Sessions are re-checked on every request here, so a lock or a new password shows at once.</summary>
public sealed class StrictSessionFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Security:SessionCheckSeconds"] = "0" };
}

public class UsersTests(StrictSessionFactory factory) : IClassFixture<StrictSessionFactory>
{
    private const string Password = "mật khẩu của cán bộ mới 2026";

    private async Task<(HttpClient Admin, int Id, string Email)> CreateUserAsync(string role = Roles.WardStaff)
    {
        var admin = await factory.SignedInClientAsync(Demo.Admin);
        var email = $"canbo-{Guid.NewGuid():N}@demo.local";
        var unitId = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HT-KA-KHA").Select(u => u.Id).SingleAsync());
        var response = await admin.PostFormAsync("/Users/Create", "/Users/Create",
        [
            new("Input.FullName", "Nguyễn Thị Cán Bộ"), new("Input.Email", email), new("Input.Role", role),
            new("Input.UnitId", unitId.ToString()), new("Input.Password", Password),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        return (admin, id, email);
    }

    [Theory]
    [InlineData(Demo.DistrictStaff)]
    [InlineData(Demo.KyPhuongWard)]
    [InlineData(Demo.Leader)]
    [InlineData(Demo.Editor)]
    public async Task Only_administrators_reach_the_user_pages(string email)
    {
        var client = await factory.SignedInClientAsync(email);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Users/Create")).StatusCode);
        var adminId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == Demo.Admin).Select(u => u.Id).SingleAsync());
        var post = await client.PostFormAsync("/Staff", $"/Users/Lock/{adminId}", []);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task Admin_creates_a_user_who_then_signs_in_within_their_unit()
    {
        var (_, _, email) = await CreateUserAsync();
        var client = await factory.SignedInClientAsync(email, Password);
        Assert.Contains("Xã Kỳ Hà", await client.GetStringAsync("/Staff"));
    }

    [Theory]
    [InlineData("password1234", "quá phổ biến")]
    [InlineData("ngắn quá", "ít nhất 12 ký tự")]
    public async Task Weak_passwords_are_refused_with_the_message_at_the_field(string password, string message)
    {
        var admin = await factory.SignedInClientAsync(Demo.Admin);
        var response = await admin.PostFormAsync("/Users/Create", "/Users/Create",
        [
            new("Input.FullName", "Người dùng yếu"), new("Input.Email", $"yeu-{Guid.NewGuid():N}@demo.local"), new("Input.Role", Roles.Leader),
            new("Input.UnitId", "1"), new("Input.Password", password),
        ]);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches($"data-valmsg-for=\"Input.Password\">[^<]*{message}", html);
    }

    [Fact]
    public async Task Locking_ends_the_users_session_and_unlocking_lets_them_back()
    {
        var (admin, id, email) = await CreateUserAsync();
        var user = await factory.SignedInClientAsync(email, Password);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/Staff")).StatusCode);

        var locked = await admin.PostFormAsync($"/Users/Lock/{id}", $"/Users/Lock/{id}", []);
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await user.GetAsync("/Staff")).StatusCode);
        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.SignedInClientAsync(email, Password));

        await admin.PostFormAsync($"/Users/Details/{id}", $"/Users/Unlock/{id}", []);
        var again = await factory.SignedInClientAsync(email, Password);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/Staff")).StatusCode);
    }

    [Fact]
    public async Task A_password_reset_replaces_the_old_password_and_the_audit_holds_no_secret()
    {
        var (admin, id, email) = await CreateUserAsync();
        const string newPassword = "mật khẩu mới sau khi đặt lại";
        var reset = await admin.PostFormAsync($"/Users/ResetPassword/{id}", $"/Users/ResetPassword/{id}", [new("Input.Password", newPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.SignedInClientAsync(email, Password));
        await factory.SignedInClientAsync(email, newPassword);

        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.RootKey == AuditEntry.Key(nameof(AppUser), id)).ToListAsync());
        Assert.Contains(audit, a => a.Note == "Đặt lại mật khẩu");
        Assert.DoesNotContain(audit, a => (a.Note ?? "").Contains(newPassword) || a.Changes.Contains(newPassword) || (a.Note ?? "").Contains(Password));
    }

    [Fact]
    public async Task A_stale_edit_is_refused_and_nothing_is_overwritten()
    {
        var (admin, id, _) = await CreateUserAsync();
        var stamp = await factory.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.ConcurrencyStamp).SingleAsync());
        var unitId = await factory.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.UnitId).SingleAsync());
        List<KeyValuePair<string, string>> Edit(string name) =>
            [new("Input.FullName", name), new("Input.Role", Roles.WardStaff), new("Input.UnitId", unitId.ToString()), new("Input.ConcurrencyStamp", stamp!)];

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/Users/Edit/{id}", $"/Users/Edit/{id}", Edit("Tên lần một"))).StatusCode);
        var second = await admin.PostFormAsync($"/Users/Edit/{id}", $"/Users/Edit/{id}", Edit("Tên lần hai"));
        Assert.Contains("vừa được người khác thay đổi", await second.Content.ReadAsStringAsync());
        Assert.Equal("Tên lần một", await factory.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.FullName).SingleAsync()));
    }

    [Fact]
    public async Task An_administrator_cannot_lock_themselves()
    {
        var admin = await factory.SignedInClientAsync(Demo.Admin);
        var adminId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == Demo.Admin).Select(u => u.Id).SingleAsync());
        await admin.PostFormAsync($"/Users/Lock/{adminId}", $"/Users/Lock/{adminId}", []);
        Assert.Null(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == adminId).Select(u => u.LockoutEnd).SingleAsync()));
    }

    [Fact]
    public async Task Search_without_diacritics_finds_users_by_name()
    {
        await CreateUserAsync();
        var admin = await factory.SignedInClientAsync(Demo.Admin);
        var html = await admin.GetStringAsync("/Users?Q=nguyen%20thi%20can%20bo");
        Assert.Contains("Nguyễn Thị Cán Bộ", html);
        Assert.DoesNotContain("Cán bộ phường Thanh Bình", html);
    }

    /// <summary>The form's fields as the page renders them (name, type).</summary>
    private static List<(string Name, string Type)> FieldsOf(string html) =>
        Regex.Matches(html, "<input\\b[^>]*>").Select(m => m.Value)
            .Where(tag => tag.Contains("name=\"", StringComparison.Ordinal))
            .Select(tag => (Regex.Match(tag, "name=\"([^\"]+)\"").Groups[1].Value, Regex.Match(tag, "type=\"([^\"]+)\"").Groups[1].Value))
            .ToList();

    [Fact]
    public async Task The_password_reset_form_posts_the_field_its_action_reads()
    {
        var (admin, id, email) = await CreateUserAsync();
        const string newPassword = "mật khẩu mới gõ vào trang đặt lại";
        var field = Assert.Single(FieldsOf(await admin.GetStringAsync($"/Users/ResetPassword/{id}")), f => f.Type == "password").Name;
        Assert.Equal("Input.Password", field);

        var reset = await admin.PostFormAsync($"/Users/ResetPassword/{id}", $"/Users/ResetPassword/{id}", [new(field, newPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        await factory.SignedInClientAsync(email, newPassword);
    }

    [Fact]
    public async Task The_lock_form_posts_the_date_its_action_reads_and_the_lock_ends_that_day()
    {
        var (admin, id, email) = await CreateUserAsync();
        // Dates are text typed dd/MM/yyyy whatever the browser's language (ADR 0014).
        var field = Assert.Single(FieldsOf(await admin.GetStringAsync($"/Users/Lock/{id}")), f => f.Type == "text").Name;
        Assert.Equal("Input.Until", field);
        var lastDay = VietnamTime.Today(TimeProvider.System).AddDays(3);

        var locked = await admin.PostFormAsync($"/Users/Lock/{id}", $"/Users/Lock/{id}", [new(field, lastDay.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);

        var end = await factory.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.LockoutEnd).SingleAsync());
        Assert.Equal(VietnamTime.EndOfDay(lastDay), end!.Value, TimeSpan.FromSeconds(1));
        var page = await admin.GetStringAsync($"/Users/Details/{id}");
        Assert.Contains($"Đang khóa đến hết ngày {lastDay:dd/MM/yyyy}", page);
        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.SignedInClientAsync(email, Password));
    }

    [Fact]
    public async Task A_lock_until_a_day_already_past_is_refused_with_a_message()
    {
        var (admin, id, _) = await CreateUserAsync();
        var yesterday = VietnamTime.Today(TimeProvider.System).AddDays(-1);
        var response = await admin.PostFormAsync($"/Users/Lock/{id}", $"/Users/Lock/{id}", [new("Input.Until", yesterday.ToString("yyyy-MM-dd"))]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ngày khóa đến phải từ hôm nay trở đi.", await response.Content.ReadAsStringAsync());
        Assert.Null(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.LockoutEnd).SingleAsync()));
    }

    [Fact]
    public async Task An_account_locked_by_an_administrator_says_so_only_to_its_right_password()
    {
        var (admin, id, email) = await CreateUserAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/Users/Lock/{id}", $"/Users/Lock/{id}", [])).StatusCode);
        var client = factory.CreateBareClient();

        var rightPassword = await Security.UserEnumerationTests.RefusalAsync(client, email, Password);
        Assert.Equal("Tài khoản đã bị quản trị viên khóa. Hãy liên hệ quản trị viên của đơn vị để được mở khóa.", rightPassword);
        Assert.DoesNotContain("đăng nhập sai", rightPassword);

        // Wrong passwords get what an unknown e-mail gets, the lockout after five included: the lock is not given away.
        var unknown = $"khong-co-{Guid.NewGuid():N}@demo.local";
        for (var attempt = 1; attempt <= 6; attempt++)
            Assert.Equal(await Security.UserEnumerationTests.RefusalAsync(client, unknown, "sai lần " + attempt),
                await Security.UserEnumerationTests.RefusalAsync(client, email, "sai lần " + attempt));
    }
}
