using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using DoiThoai.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Tests.Integration.Scaling;

/// <summary>A node whose data protection keys are encrypted with a certificate, on a database the test owns.</summary>
public sealed class CertificatePortal(string databaseFile, string certificatePath, string password, string? previousCertificatePath = null) : PortalFactory
{
    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = new Dictionary<string, string?>
            {
                ["ConnectionStrings:Sqlite"] = $"Data Source={databaseFile}",
                ["DataProtection:CertificatePath"] = certificatePath,
                ["DataProtection:CertificatePassword"] = password,
            };
            if (previousCertificatePath is not null) settings["DataProtection:PreviousCertificatePaths:0"] = previousCertificatePath;
            return settings;
        }
    }
}

public sealed class DataProtectionCertificateTests : IDisposable
{
    private const string Purpose = "DoiThoai.Tests.CertificateKeys";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "doithoai-tests", "dpcert-" + Guid.NewGuid().ToString("N"));
    // Made up for this test run: never a real secret.
    private readonly string _password = Guid.NewGuid().ToString("N");

    public DataProtectionCertificateTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private string SelfSignedPfx(string name)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN=DoiThoai data protection {name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(_folder, name + ".pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, _password));
        return path;
    }

    private static string Protect(PortalFactory portal, string text) =>
        portal.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Protect(text);

    private static string Unprotect(PortalFactory portal, string payload) =>
        portal.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Unprotect(payload);

    [Fact]
    public async Task Keys_are_stored_encrypted_with_the_certificate_and_another_node_with_it_reads_them()
    {
        var database = Path.Combine(_folder, "portal.db");
        var certificate = SelfSignedPfx("current");
        string payload;
        await using (var first = new CertificatePortal(database, certificate, _password))
        {
            // Signing in needs the key ring: the antiforgery token and the sign-in cookie are protected with it.
            await first.SignedInClientAsync(Demo.KyPhuongWard);
            payload = Protect(first, "Đối thoại với Nhân dân");

            var keys = await first.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
            Assert.NotEmpty(keys);
            Assert.All(keys, xml =>
            {
                Assert.Contains("EncryptedData", xml);
                Assert.Contains("encryptedSecret", xml);
                Assert.DoesNotContain("<masterKey", xml);
            });
        }

        // Another node (or the same after a restart) with the certificate decrypts the stored key and reads the payload.
        await using var second = new CertificatePortal(database, certificate, _password);
        second.CreateClient();
        Assert.Equal("Đối thoại với Nhân dân", Unprotect(second, payload));
    }

    [Fact]
    public async Task After_a_rotation_keys_written_under_the_previous_certificate_still_decrypt()
    {
        var database = Path.Combine(_folder, "portal.db");
        var (old, current) = (SelfSignedPfx("old"), SelfSignedPfx("new"));
        string payload;
        await using (var before = new CertificatePortal(database, old, _password))
        {
            before.CreateClient();
            payload = Protect(before, "Khóa trước khi đổi chứng thư");
        }

        // Without the old certificate the old key cannot be read: the setting is what makes the rotation work.
        await using (var forgetful = new CertificatePortal(database, current, _password))
        {
            forgetful.CreateClient();
            Assert.ThrowsAny<CryptographicException>(() => Unprotect(forgetful, payload));
        }

        await using var after = new CertificatePortal(database, current, _password, previousCertificatePath: old);
        after.CreateClient();
        Assert.Equal("Khóa trước khi đổi chứng thư", Unprotect(after, payload));
        await after.SignedInClientAsync(Demo.KyPhuongWard);
    }
}
