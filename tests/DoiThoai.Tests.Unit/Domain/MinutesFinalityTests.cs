using DoiThoai.Web.Authorization;
using DoiThoai.Web.Domain.Conferences;

namespace DoiThoai.Tests.Unit.Domain;

public class MinutesFinalityTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bổ sung ý kiến")]
    public void Draft_minutes_change_freely_whatever_the_reason(string? reason)
    {
        var decision = MinutesFinality.Decide(MinutesState.Draft, reason);
        Assert.Equal(ChangeVerdict.Free, decision.Verdict);
        Assert.True(decision.Allowed);
        Assert.Null(decision.Refusal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void Final_minutes_without_a_reason_are_refused_with_a_vietnamese_message(string? reason)
    {
        var decision = MinutesFinality.Decide(MinutesState.Final, reason);
        Assert.Equal(ChangeVerdict.Refused, decision.Verdict);
        Assert.False(decision.Allowed);
        Assert.Equal(MinutesFinality.ReasonRequired, decision.Refusal);
        Assert.Contains("lý do sửa đổi", decision.Refusal);
    }

    [Fact]
    public void Final_minutes_with_a_reason_become_an_amendment_with_the_trimmed_reason()
    {
        var decision = MinutesFinality.Decide(MinutesState.Final, "  Bổ sung kiến nghị bị sót  ");
        Assert.Equal(ChangeVerdict.Amendment, decision.Verdict);
        Assert.True(decision.Allowed);
        Assert.Equal("Bổ sung kiến nghị bị sót", decision.Reason);
    }

    [Fact]
    public void A_reason_longer_than_the_limit_is_refused_and_one_at_the_limit_is_accepted()
    {
        Assert.Equal(MinutesFinality.ReasonTooLong,
            MinutesFinality.Decide(MinutesState.Final, new string('a', Amendment.MaxReasonLength + 1)).Refusal);
        Assert.Equal(ChangeVerdict.Amendment,
            MinutesFinality.Decide(MinutesState.Final, new string('a', Amendment.MaxReasonLength)).Verdict);
    }

    [Theory]
    [InlineData(MinutesState.Draft, ConferenceStatus.Held, null)]
    [InlineData(MinutesState.Draft, ConferenceStatus.MinutesComplete, null)]
    [InlineData(MinutesState.Draft, ConferenceStatus.Planned, MinutesFinality.NotHeldYet)]
    [InlineData(MinutesState.Final, ConferenceStatus.MinutesComplete, MinutesFinality.AlreadyFinal)]
    public void Minutes_are_finalized_once_and_only_after_the_conference_is_held(MinutesState state, ConferenceStatus status, string? refusal) =>
        Assert.Equal(refusal, MinutesFinality.CannotFinalize(state, status));

    [Fact]
    public void Reopening_needs_final_minutes_and_a_reason()
    {
        Assert.Equal(MinutesFinality.NotFinal, MinutesFinality.DecideReopen(MinutesState.Draft, "lý do").Refusal);
        Assert.Equal(MinutesFinality.ReasonRequired, MinutesFinality.DecideReopen(MinutesState.Final, " ").Refusal);
        Assert.Equal(ChangeVerdict.Amendment, MinutesFinality.DecideReopen(MinutesState.Final, "Sai ngày họp").Verdict);
    }

    [Theory]
    [InlineData(Roles.Administrator, 1, 2, true)]
    [InlineData(Roles.DistrictStaff, 1, 2, true)]
    [InlineData(Roles.FrontStaff, 1, 2, true)]
    [InlineData(Roles.WardStaff, 2, 2, true)]
    [InlineData(Roles.WardStaff, 1, 2, false)]
    [InlineData(Roles.Leader, 2, 2, false)]
    [InlineData(Roles.Editor, 2, 2, false)]
    public void District_front_and_the_organizing_units_own_staff_may_finalize(string role, int userUnitId, int conferenceUnitId, bool allowed) =>
        Assert.Equal(allowed, AccessPolicy.MayFinalizeMinutes([role], userUnitId, conferenceUnitId));

    [Theory]
    [InlineData(Roles.Administrator, true)]
    [InlineData(Roles.DistrictStaff, false)]
    [InlineData(Roles.WardStaff, false)]
    public void Only_administrators_reopen_final_minutes(string role, bool allowed) =>
        Assert.Equal(allowed, AccessPolicy.MayReopenMinutes([role]));

    [Theory]
    [InlineData(MinutesState.Final, "657-QĐ/TU của Tỉnh ủy", "657-QĐ/TU-MỚI của Tỉnh ủy", "657-QĐ/TU của Tỉnh ủy")]
    [InlineData(MinutesState.Draft, "657-QĐ/TU của Tỉnh ủy", "657-QĐ/TU-MỚI của Tỉnh ủy", "657-QĐ/TU-MỚI của Tỉnh ủy")]
    public void Final_minutes_show_what_they_cited_and_drafts_the_catalogue_as_it_is(MinutesState state, string cited, string current, string expected)
    {
        Assert.Equal(expected, MinutesFinality.Shown(state, cited, current));
    }

    [Fact]
    public void Final_minutes_without_a_kept_citation_fall_back_to_the_catalogue_and_a_missing_entry_shows_nothing()
    {
        Assert.Equal("Hội Nông dân", MinutesFinality.Shown(MinutesState.Final, null, "Hội Nông dân"));
        Assert.Equal("Hội Nông dân", MinutesFinality.Shown(MinutesState.Final, "Hội Nông dân", null));
        Assert.Null(MinutesFinality.Shown(MinutesState.Draft, "Hội Nông dân", null));
    }

    [Theory]
    // Becoming final: every row takes its citation, changed or not.
    [InlineData(MinutesState.Draft, MinutesState.Final, false, false, true)]
    // Final minutes: a row added or pointed at another entry by an amendment takes the entry's text now.
    [InlineData(MinutesState.Final, MinutesState.Final, true, false, true)]
    [InlineData(MinutesState.Final, MinutesState.Final, false, true, true)]
    // Final minutes whose row is saved for another reason keep what they cited.
    [InlineData(MinutesState.Final, MinutesState.Final, false, false, false)]
    // Drafts and reopened minutes keep nothing: they follow the catalogue.
    [InlineData(MinutesState.Draft, MinutesState.Draft, true, true, false)]
    [InlineData(MinutesState.Final, MinutesState.Draft, true, true, false)]
    public void A_citation_is_taken_when_minutes_become_final_or_an_amendment_adds_or_repoints_a_row(
        MinutesState before, MinutesState after, bool rowAdded, bool referenceChanged, bool expected)
    {
        Assert.Equal(expected, MinutesFinality.TakesCitation(before, after, rowAdded, referenceChanged));
    }

    [Theory]
    [InlineData(MinutesState.Draft, "Bản dự thảo")]
    [InlineData(MinutesState.Final, "Bản chính thức")]
    public void The_minutes_state_has_one_wording(MinutesState state, string expected)
    {
        Assert.Equal(expected, MinutesFinality.Wording(state));
    }

    [Theory]
    [InlineData(ConferenceStatus.Planned, MinutesState.Draft, "Dự kiến")]
    [InlineData(ConferenceStatus.Held, MinutesState.Draft, "Đã tổ chức, biên bản là bản dự thảo")]
    [InlineData(ConferenceStatus.MinutesComplete, MinutesState.Draft, "Đã tổ chức, biên bản là bản dự thảo")]
    [InlineData(ConferenceStatus.Held, MinutesState.Final, "Đã hoàn thành biên bản")]
    [InlineData(ConferenceStatus.MinutesComplete, MinutesState.Final, "Đã hoàn thành biên bản")]
    public void Only_final_minutes_read_as_completed(ConferenceStatus status, MinutesState state, string expected)
    {
        Assert.Equal(expected, MinutesFinality.StatusWording(status, state));
    }
}
