using DoiThoai.Tests.Integration.Infrastructure;
using DoiThoai.Web.Domain.Conferences;
using DoiThoai.Web.Domain.Public;
using DoiThoai.Web.Features.PersonalData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoiThoai.Tests.Integration.Features.PersonalData;

public class RetentionFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["PersonalData:RetentionDays"] = "365" };
}

/// <summary>Raisers' names and contacts leave the record after the retention period; the petitions and questions stay.</summary>
public class RetentionTests(RetentionFactory factory) : IClassFixture<RetentionFactory>
{
    [Fact]
    public async Task Names_and_contacts_past_the_period_are_removed_while_the_petition_and_question_stay()
    {
        var (oldQuestion, newQuestion, petitionId, personId) = await factory.WithDbAsync(async db =>
        {
            // A Kỳ Phương conference of 2022: long past a period of 365 days.
            var conference = await db.Conferences.FirstAsync(c => c.HeldOn < new DateOnly(2023, 1, 1) && db.Petitions.Any(p => p.ConferenceId == c.Id));
            var petition = await db.Petitions.FirstAsync(p => p.ConferenceId == conference.Id);
            var person = new Person { FullName = "Trần Văn Gửi Trước", Position = "Tổ dân phố 5", UnitId = conference.UnitId };
            petition.RaiserEmail = "gui.truoc@example.vn";
            petition.RaisedByPerson = person;
            SentQuestion Question(DateTime sentAt, string name) => new()
            {
                UnitId = conference.UnitId, ConferenceId = conference.Id, SenderName = name, ResidentialGroup = "Tổ dân phố 5",
                Email = "nguoi.gui@example.vn", Phone = "0912345678", Topic = "Đô thị", Content = "Đường ngõ bị ngập khi mưa.",
                ConsentedPurpose = SentQuestion.Purpose, SentAtUtc = sentAt,
            };
            var old = Question(DateTime.UtcNow.AddDays(-400), "Trần Văn Gửi Trước");
            var recent = Question(DateTime.UtcNow.AddDays(-10), "Lê Thị Mới Gửi");
            db.SentQuestions.AddRange(old, recent);
            await db.SaveChangesAsync();
            old.PersonId = person.Id;
            old.PetitionId = petition.Id;
            await db.SaveChangesAsync();
            return (old.Id, recent.Id, petition.Id, person.Id);
        });

        using (var scope = factory.Services.CreateScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<PersonalDataRetention>().RemoveExpiredAsync();
            Assert.Equal(1, result.Questions);
            Assert.Equal(1, result.RaiserEntries);
            Assert.True(result.Petitions >= 1);
        }

        await factory.WithDbAsync(async db =>
        {
            var old = await db.SentQuestions.AsNoTracking().SingleAsync(q => q.Id == oldQuestion);
            Assert.Null(old.SenderName);
            Assert.Null(old.Email);
            Assert.Null(old.Phone);
            Assert.Null(old.ResidentialGroup);
            Assert.NotNull(old.PersonalDataRemovedAtUtc);
            Assert.Equal("Đường ngõ bị ngập khi mưa.", old.Content);
            Assert.NotNull(old.Code);
            var recent = await db.SentQuestions.AsNoTracking().SingleAsync(q => q.Id == newQuestion);
            Assert.Equal("Lê Thị Mới Gửi", recent.SenderName);
            Assert.Equal("0912345678", recent.Phone);
            var petition = await db.Petitions.AsNoTracking().SingleAsync(p => p.Id == petitionId);
            Assert.Null(petition.RaiserEmail);
            Assert.False(string.IsNullOrEmpty(petition.Content));
            Assert.Equal(PersonalDataRetention.RemovedName, (await db.People.AsNoTracking().SingleAsync(p => p.Id == personId)).FullName);
            Assert.False(await db.People.AnyAsync(p => p.FullName == "Trần Văn Gửi Trước"));
            return 0;
        });

        using (var scope = factory.Services.CreateScope())
            Assert.Equal(new RetentionResult(0, 0, 0, 0), await scope.ServiceProvider.GetRequiredService<PersonalDataRetention>().RemoveExpiredAsync());
    }
}
