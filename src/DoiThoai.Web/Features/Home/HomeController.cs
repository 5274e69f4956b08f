using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.Home;

/// <summary>The public home page. The news portal (a later feature) fills it with published posts.</summary>
[AllowAnonymous]
public sealed class HomeController : Controller
{
    public IActionResult Index() => View();
}
