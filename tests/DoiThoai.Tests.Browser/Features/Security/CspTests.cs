using System.Text.RegularExpressions;
using DoiThoai.Web.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DoiThoai.Tests.Browser.Features.Security;

/// <summary>
/// The Content-Security-Policy (no inline script) breaks nothing: the pages with the most script (Quill, Chart.js,
/// the QR code, autocomplete, validation) load without one violation, seen both as the browser's console
/// message ("Refused to ...", "Content Security Policy") and as a securitypolicyviolation event.
/// </summary>
[Collection(BrowserCollection.Name)]
public class CspTests(BrowserFixture browser)
{
    /// <summary>Records violations in the page itself; an init script runs outside the page's policy.</summary>
    private const string ViolationRecorder =
        "window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));";

    private static async Task<List<string>> WatchAsync(IPage page)
    {
        var messages = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
                || message.Text.Contains("Refused to", StringComparison.OrdinalIgnoreCase))
                lock (messages) messages.Add(message.Text);
        };
        await page.AddInitScriptAsync(ViolationRecorder);
        return messages;
    }

    /// <summary>Opens the address, waits for its scripts, and returns the violations the page recorded.</summary>
    private static async Task<string[]> VisitAsync(IPage page, string address, string readySelector)
    {
        var response = await page.GotoAsync(address, new() { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.True(response?.Ok, $"{address} answered {response?.Status}");
        await Expect(page.Locator(readySelector).First).ToBeVisibleAsync();
        return await page.EvaluateAsync<string[]>("() => window.__csp");
    }

    [Fact]
    public async Task Public_and_staff_pages_run_their_scripts_without_a_policy_violation()
    {
        await using var session = await browser.OpenAsync(nameof(Public_and_staff_pages_run_their_scripts_without_a_policy_violation));
        var page = session.Page;
        var console = await WatchAsync(page);
        var violations = new List<string>();

        violations.AddRange(await VisitAsync(page, "/", "main"));
        violations.AddRange(await VisitAsync(page, "/tin-tuc", "main"));
        violations.AddRange(await VisitAsync(page, "/Account/Login", "form"));

        await page.SignInAsync("vanphong.kyanh@demo.local");
        violations.AddRange(await VisitAsync(page, "/Dashboard", "canvas"));               // Chart.js
        violations.AddRange(await VisitAsync(page, "/Conferences/Create", "form"));        // autocomplete, validation
        violations.AddRange(await VisitAsync(page, "/Account/TwoFactor", "form"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Bật bằng ứng dụng xác thực" }).ClickAsync(); // makes the key (a POST)
        await Expect(page.Locator("[data-qr] svg")).ToBeVisibleAsync();                  // QR code drawn by script
        violations.AddRange(await page.EvaluateAsync<string[]>("() => window.__csp"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();

        await page.SignInAsync("bientap.kyanh@demo.local");
        violations.AddRange(await VisitAsync(page, "/News/Create", ".ql-editor"));         // Quill
        await page.Locator(".ql-editor").First.ClickAsync();
        await page.Keyboard.TypeAsync("Nội dung thử chính sách bảo mật");
        violations.AddRange(await page.EvaluateAsync<string[]>("() => window.__csp"));
        await session.ScreenshotAsync("1-quill-under-csp");

        Assert.Empty(violations);
        lock (console) Assert.Empty(console);
        session.AssertNoRequestLeftTheSite();
    }

    [Fact]
    public async Task An_injected_inline_script_is_refused_and_the_check_sees_it()
    {
        // The control for the test above: the same watchers do report a violation when there is one.
        await using var session = await browser.OpenAsync(nameof(An_injected_inline_script_is_refused_and_the_check_sees_it));
        var page = session.Page;
        var console = await WatchAsync(page);
        Assert.Empty(await VisitAsync(page, "/Account/Login", "form"));

        var ran = await page.EvaluateAsync<bool>(
            "() => { const s = document.createElement('script'); s.textContent = 'window.__inlineRan = true'; document.body.appendChild(s); return window.__inlineRan === true; }");
        Assert.False(ran);
        await page.WaitForFunctionAsync("() => window.__csp.length > 0");
        Assert.Contains(await page.EvaluateAsync<string[]>("() => window.__csp"), v => v.StartsWith("script-src", StringComparison.Ordinal));
        await Expect(page.Locator("body")).ToBeVisibleAsync();
        await WaitForAsync(() => { lock (console) return console.Count > 0; });
        lock (console) Assert.Contains(console, m => m.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    /// <summary>Waits (bounded) for a console message, which arrives apart from the page's own event.</summary>
    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++) await Task.Delay(100);
    }
}
