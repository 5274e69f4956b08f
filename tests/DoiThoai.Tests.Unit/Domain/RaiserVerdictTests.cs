using DoiThoai.Web.Domain.FollowUp;
using DoiThoai.Web.Domain.Public;

namespace DoiThoai.Tests.Unit.Domain;

/// <summary>The raiser's verdict on an answer, given once, and the Front's decision on an unsettled one (ADR 0022).</summary>
public class RaiserVerdictTests
{
    private static readonly DateTime At = new(2026, 12, 1, 3, 0, 0, DateTimeKind.Utc);
    private static readonly Stamp Front = new(At.AddDays(1), 9, "Cán bộ Mặt trận");

    private static FollowUpItem Answered(FollowUpState state = FollowUpState.Resolved) =>
        new() { Id = 5, State = state, Result = "Đã sửa đường.", ProgressPercent = 100, IsPublic = true, PublishedAtUtc = At };

    private static IReadOnlyList<FollowUpAction> Offered(FollowUpItem item, bool front = true) =>
        item.Offers(a => front || a is not (FollowUpAction.ReopenAfterVerdict or FollowUpAction.CloseAfterVerdict), true)
            .Actions.Select(a => a.Action).ToList();

    [Fact]
    public void A_verdict_is_given_once_per_answer_and_only_to_an_answered_item()
    {
        Assert.Equal("Nội dung chưa có trả lời để đánh giá.", new FollowUpItem { State = FollowUpState.InProgress }.GiveVerdict(RaiserVerdict.Settled, null, At));
        var item = Answered();
        Assert.True(item.AcceptsVerdict);
        Assert.Null(item.GiveVerdict(RaiserVerdict.NotSettled, "  Đường vẫn ngập.  ", At));
        Assert.Equal("Đường vẫn ngập.", item.VerdictComment);
        Assert.True(item.AwaitsFrontDecision);
        Assert.False(item.AcceptsVerdict);
        Assert.Equal("Ý kiến về trả lời này đã được ghi nhận trước đó.", item.GiveVerdict(RaiserVerdict.Settled, null, At));
        Assert.Equal(RaiserVerdict.NotSettled, item.Verdict);
        var entry = Assert.Single(item.Events);
        Assert.Equal(FollowUpEventKind.Verdict, entry.Kind);
        Assert.Equal("Chưa hài lòng: Đường vẫn ngập.", entry.Text);
        Assert.Null(entry.UserId);
    }

    [Fact]
    public void The_Fronts_decisions_are_offered_and_taken_only_while_an_unsettled_verdict_waits()
    {
        var settled = Answered();
        settled.GiveVerdict(RaiserVerdict.Settled, null, At);
        Assert.DoesNotContain(FollowUpAction.ReopenAfterVerdict, Offered(settled));
        Assert.StartsWith("Chỉ quyết định khi người nêu", settled.Take(FollowUpAction.CloseAfterVerdict, "Đánh giá", Front));

        var unsettled = Answered();
        Assert.StartsWith("Chỉ quyết định khi người nêu", unsettled.Take(FollowUpAction.ReopenAfterVerdict, "Đánh giá", Front));
        unsettled.GiveVerdict(RaiserVerdict.NotSettled, "Chưa xong", At);
        Assert.Contains(FollowUpAction.ReopenAfterVerdict, Offered(unsettled));
        Assert.Contains(FollowUpAction.CloseAfterVerdict, Offered(unsettled));
        Assert.DoesNotContain(FollowUpAction.ReopenAfterVerdict, Offered(unsettled, front: false));
        Assert.Equal("Hãy ghi đánh giá của Mặt trận.", unsettled.Take(FollowUpAction.CloseAfterVerdict, " ", Front));
    }

    [Fact]
    public void Reopening_after_an_unsettled_verdict_clears_it_so_the_next_answer_is_judged_anew()
    {
        var item = Answered();
        item.GiveVerdict(RaiserVerdict.NotSettled, "Chưa xong", At);
        Assert.Null(item.Take(FollowUpAction.ReopenAfterVerdict, "Mặt trận đề nghị khảo sát lại hiện trường.", Front));
        Assert.Equal(FollowUpState.InProgress, item.State);
        Assert.Equal(FrontAssessment.NotSatisfied, item.Assessment);
        Assert.False(item.IsPublic);
        Assert.Null(item.Verdict);
        Assert.False(item.AwaitsFrontDecision);
        Assert.Equal("Mặt trận đề nghị khảo sát lại hiện trường.", item.Events[^1].Text);

        Assert.Null(item.Take(FollowUpAction.Resolve, "Đã nạo vét cống.", Front));
        Assert.Null(item.GiveVerdict(RaiserVerdict.Settled, null, At.AddDays(3)));
        Assert.Equal(RaiserVerdict.Settled, item.Verdict);
    }

    [Fact]
    public void Closing_after_an_unsettled_verdict_keeps_the_verdict_decided()
    {
        var item = Answered(FollowUpState.Explained);
        item.GiveVerdict(RaiserVerdict.NotSettled, null, At);
        Assert.Null(item.Take(FollowUpAction.CloseAfterVerdict, "Giải trình đúng quy định.", Front));
        Assert.Equal(FollowUpState.Closed, item.State);
        Assert.Equal(Front.AtUtc, item.ClosedAtUtc);
        Assert.Equal(RaiserVerdict.NotSettled, item.Verdict);
        Assert.False(item.AwaitsFrontDecision);
        Assert.DoesNotContain(Offered(item), a => a is FollowUpAction.ReopenAfterVerdict or FollowUpAction.CloseAfterVerdict);
        Assert.Equal(RaiserNoticeKind.Closed, FollowUpStateMachine.Tells(FollowUpAction.CloseAfterVerdict));
    }
}

/// <summary>Codes: from the unambiguous alphabet, not guessable from one another, read back however typed.</summary>
public class PublicCodeTests
{
    [Fact]
    public void Codes_are_ten_unambiguous_characters_and_never_repeat_or_follow_one_another()
    {
        var codes = Enumerable.Range(0, 5000).Select(_ => PublicCode.New()).ToList();
        Assert.All(codes, c => Assert.Matches("^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
        // Drawn, not counted: in order of drawing they are not sorted, and neighbours share no long prefix.
        Assert.NotEqual(codes.Order(StringComparer.Ordinal), codes);
        Assert.True(codes.Zip(codes.Skip(1)).Count(p => p.First[..3] == p.Second[..3]) < 5);
    }

    [Theory]
    [InlineData("7kq4m-xp2za", "7KQ4MXP2ZA")]
    [InlineData(" 7KQ4M XP2ZA ", "7KQ4MXP2ZA")]
    [InlineData("7KQ4MXP2Z", null)]
    [InlineData("7KQ4MXP2ZO", null)]
    [InlineData("7KQ4MXP2Z1", null)]
    [InlineData("'; DROP TABLE--", null)]
    [InlineData(null, null)]
    public void A_typed_code_is_read_back_or_refused(string? typed, string? expected) => Assert.Equal(expected, PublicCode.Normalize(typed));

    [Fact]
    public void A_code_is_shown_in_two_groups_of_five() => Assert.Equal("7KQ4M-XP2ZA", PublicCode.Display("7KQ4MXP2ZA"));
}
