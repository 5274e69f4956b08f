using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using DoiThoai.Web.Data;
using DoiThoai.Web.Domain;
using DoiThoai.Web.Domain.News;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace DoiThoai.Web.Features.PublicNews.Polls;

/// <summary>Who is voting: the id in the visitor's signed cookie and the keyed hash of their address.</summary>
public sealed record Voter(Guid VisitorId, string AddressHash);

/// <summary>
/// Tells voters apart by two things a script must both change: a visitor cookie sealed by Data Protection (a
/// made-up or altered value is not accepted, a new one is issued) and the client address. The address is kept
/// only as HMAC-SHA256 under <see cref="AddressKey"/>; an IPv6 address counts by its /64 network, which one
/// household or phone gets whole.
/// </summary>
public sealed class PollVoters(IDataProtectionProvider dataProtection, AddressKey addressKey)
{
    public const string VisitorCookie = "DoiThoai.Visitor";

    private readonly IDataProtector _cookie = dataProtection.CreateProtector("DoiThoai.News.Visitor.v1");

    /// <summary>Reads the visitor's cookie, or gives them a new one, and hashes their address.</summary>
    public async Task<Voter> IdentifyAsync(HttpContext context)
    {
        var visitor = ReadCookie(context.Request.Cookies[VisitorCookie]);
        if (visitor is null)
        {
            visitor = Guid.NewGuid();
            context.Response.Cookies.Append(VisitorCookie, _cookie.Protect(visitor.Value.ToString("N")), new CookieOptions
            {
                HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps, IsEssential = true, MaxAge = TimeSpan.FromDays(365),
            });
        }
        var key = await addressKey.GetAsync();
        return new Voter(visitor.Value, Convert.ToHexString(HMACSHA256.HashData(key, AddressBytes(context.Connection.RemoteIpAddress))));
    }

    private Guid? ReadCookie(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 500) return null;
        try { return Guid.TryParseExact(_cookie.Unprotect(value), "N", out var id) ? id : null; }
        catch (CryptographicException) { return null; }
    }

    /// <summary>IPv4 as is (also when mapped into IPv6); IPv6 by its first 64 bits; no address at all as one shared "unknown".</summary>
    public static byte[] AddressBytes(IPAddress? address)
    {
        if (address is null) return "unknown"u8.ToArray();
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        var bytes = address.GetAddressBytes();
        return address.AddressFamily == AddressFamily.InterNetworkV6 ? bytes[..8] : bytes;
    }
}

/// <summary>
/// The key that hashes voters' addresses: made once at random, kept sealed in the database (<see cref="PortalSecret"/>)
/// so that every node and every restart hash an address alike, then held in memory.
/// </summary>
public sealed class AddressKey(IServiceScopeFactory scopes, IDataProtectionProvider dataProtection)
{
    public const string SecretName = "PollVoteAddress.HmacKey";

    private readonly IDataProtector _protector = dataProtection.CreateProtector("DoiThoai.PortalSecrets.v1");
    private readonly SemaphoreSlim _gate = new(1, 1);
    private byte[]? _key;

    public async Task<byte[]> GetAsync()
    {
        if (_key is { } known) return known;
        await _gate.WaitAsync();
        try
        {
            if (_key is { } loaded) return loaded;
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            // Two nodes may make a key at once: the one that loses the insert reads the winner's key.
            for (var attempt = 0; ; attempt++)
            {
                var stored = await db.PortalSecrets.SingleOrDefaultAsync(s => s.Name == SecretName);
                if (stored is not null && Unseal(stored.ProtectedValue) is { } key) return _key = key;
                var fresh = RandomNumberGenerator.GetBytes(32);
                var sealedKey = Convert.ToBase64String(_protector.Protect(fresh));
                // A key sealed under Data Protection keys that are gone cannot be read: replace it (earlier hashes no longer match).
                if (stored is not null) stored.ProtectedValue = sealedKey;
                else db.PortalSecrets.Add(new PortalSecret { Name = SecretName, ProtectedValue = sealedKey });
                try
                {
                    await db.SaveChangesAsync();
                    return _key = fresh;
                }
                catch (DbUpdateException) when (attempt < 2)
                {
                    db.ChangeTracker.Clear();
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private byte[]? Unseal(string value)
    {
        try { return _protector.Unprotect(Convert.FromBase64String(value)); }
        catch (Exception e) when (e is CryptographicException or FormatException) { return null; }
    }
}
