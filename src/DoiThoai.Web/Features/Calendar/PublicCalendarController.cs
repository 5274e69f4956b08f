using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DoiThoai.Web.Features.Calendar;

/// <summary>/lich-doi-thoai: the conferences offices chose to announce, as a page, an RSS feed and an iCalendar file.</summary>
[AllowAnonymous]
[Route("lich-doi-thoai")]
public sealed class PublicCalendarController(CalendarService calendar, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View("~/Features/Calendar/Index.cshtml", await calendar.UpcomingAsync());

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id) =>
        await calendar.EntryAsync(id) is { } entry ? View("~/Features/Calendar/Details.cshtml", (entry, calendar.Today)) : NotFound();

    [HttpGet("lich.ics")]
    public async Task<IActionResult> ICalendar() =>
        Content(ICalendarFeed.Write(await calendar.UpcomingAsync(), Site, clock.GetUtcNow().UtcDateTime), "text/calendar; charset=utf-8");

    [HttpGet("rss.xml")]
    public async Task<IActionResult> Rss()
    {
        var entries = await calendar.UpcomingAsync();
        var text = new StringBuilder();
        using (var w = XmlWriter.Create(new StringWriter(text), new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            w.WriteStartElement("rss");
            w.WriteAttributeString("version", "2.0");
            w.WriteAttributeString("xmlns", "atom", null, "http://www.w3.org/2005/Atom");
            w.WriteStartElement("channel");
            w.WriteElementString("title", "Lịch hội nghị đối thoại");
            w.WriteElementString("link", $"{Site}/lich-doi-thoai");
            w.WriteElementString("description", "Các hội nghị đối thoại sắp tổ chức: thời gian, địa điểm, chủ đề và người trả lời.");
            w.WriteElementString("language", "vi");
            w.WriteStartElement("atom", "link", null);
            w.WriteAttributeString("href", $"{Site}/lich-doi-thoai/rss.xml");
            w.WriteAttributeString("rel", "self");
            w.WriteAttributeString("type", "application/rss+xml");
            w.WriteEndElement();
            foreach (var e in entries)
            {
                w.WriteStartElement("item");
                w.WriteElementString("title", $"{e.Title} ({e.When})");
                w.WriteElementString("link", $"{Site}/lich-doi-thoai/{e.ConferenceId}");
                w.WriteStartElement("guid");
                w.WriteAttributeString("isPermaLink", "true");
                w.WriteString($"{Site}/lich-doi-thoai/{e.ConferenceId}");
                w.WriteEndElement();
                w.WriteElementString("description", $"{e.UnitName}, {e.When}, tại {e.Place}. Chủ đề: {e.Topic}. Người trả lời: {e.Answerers}.");
                if (e.PublishedAtUtc is { } at) w.WriteElementString("pubDate", at.ToString("r", CultureInfo.InvariantCulture));
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndElement();
        }
        return Content(text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\""), "application/rss+xml; charset=utf-8");
    }

    private string Site => $"{Request.Scheme}://{Request.Host}";
}
