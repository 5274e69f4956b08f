using DoiThoai.Web.Domain.FollowUp;

namespace DoiThoai.Tests.Unit.Domain;

/// <summary>The state rules every page asks, and what each change does to an item: its guards, effects and timeline entry.</summary>
public class FollowUpStateRulesTests
{
    [Fact]
    public void Exactly_the_actions_that_must_say_why_need_a_text() =>
        Assert.Equal(
            [FollowUpAction.Resolve, FollowUpAction.Explain, FollowUpAction.Transfer, FollowUpAction.Reopen, FollowUpAction.AnswerOnTheSpot,
                FollowUpAction.ReopenAfterVerdict, FollowUpAction.CloseAfterVerdict],
            Enum.GetValues<FollowUpAction>().Where(FollowUpStateMachine.NeedsText));

    [Fact]
    public void Answered_means_resolved_explained_or_closed_and_open_is_the_rest()
    {
        Assert.Equal([FollowUpState.Resolved, FollowUpState.Explained, FollowUpState.Closed], FollowUpStateMachine.AnsweredStates);
        Assert.Equal([FollowUpState.New, FollowUpState.Assigned, FollowUpState.InProgress, FollowUpState.Transferred], FollowUpStateMachine.OpenStates);
        // The deadline rules read the same definition: an answered item is never late.
        var longAgo = new DateOnly(2020, 1, 1);
        Assert.All(Enum.GetValues<FollowUpState>(), s => Assert.Equal(FollowUpStateMachine.IsOpen(s), Deadlines.IsOverdue(s, longAgo, longAgo.AddDays(1))));
    }

    [Fact]
    public void An_assignment_is_taken_when_new_assigned_or_transferred_and_progress_when_assigned_or_in_progress()
    {
        Assert.Equal([FollowUpState.New, FollowUpState.Assigned, FollowUpState.Transferred],
            Enum.GetValues<FollowUpState>().Where(FollowUpStateMachine.AcceptsAssignment));
        Assert.Equal([FollowUpState.Assigned, FollowUpState.InProgress], Enum.GetValues<FollowUpState>().Where(FollowUpStateMachine.AcceptsProgress));
    }

    [Theory]
    [InlineData(FollowUpAction.Resolve, RaiserNoticeKind.Answered)]
    [InlineData(FollowUpAction.Explain, RaiserNoticeKind.Answered)]
    [InlineData(FollowUpAction.Close, RaiserNoticeKind.Closed)]
    [InlineData(FollowUpAction.Start, null)]
    [InlineData(FollowUpAction.Reopen, null)]
    public void The_raiser_is_told_of_an_answer_and_of_closing(FollowUpAction action, RaiserNoticeKind? told) =>
        Assert.Equal(told, FollowUpStateMachine.Tells(action));
}

public class FollowUpItemLifeTests
{
    private static readonly Stamp Now = new(new DateTime(2026, 12, 1, 3, 0, 0, DateTimeKind.Utc), 7, "Cán bộ phường");
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static FollowUpItem Item(FollowUpState state) => new() { Id = 10, State = state, ProgressPercent = 40 };

    [Fact]
    public void Resolving_records_the_result_completes_the_progress_and_drops_a_prepared_answer()
    {
        var item = Item(FollowUpState.InProgress);
        item.PreparedAnswer = "Chuẩn bị";
        item.PreparedAction = FollowUpAction.Resolve;

        Assert.Null(item.Take(FollowUpAction.Resolve, "  Đã sửa xong  ", Now));

        Assert.Equal(FollowUpState.Resolved, item.State);
        Assert.Equal("Đã sửa xong", item.Result);
        Assert.Equal(100, item.ProgressPercent);
        Assert.Null(item.PreparedAnswer);
        var entry = Assert.Single(item.Events);
        Assert.Equal((FollowUpEventKind.Transition, FollowUpAction.Resolve, FollowUpState.Resolved, "Đã sửa xong", "Cán bộ phường"),
            (entry.Kind, entry.Action, entry.StateAfter, entry.Text, entry.UserName));
    }

    [Fact]
    public void Reopening_takes_the_answer_off_the_public_page_and_is_no_longer_complete()
    {
        var item = Item(FollowUpState.Closed);
        (item.IsPublic, item.PublishedAtUtc, item.ClosedAtUtc, item.ProgressPercent) = (true, Now.AtUtc, Now.AtUtc, 100);

        Assert.Null(item.Take(FollowUpAction.Reopen, "Người dân phản ánh chưa xong", Now));

        Assert.Equal(FollowUpState.InProgress, item.State);
        Assert.False(item.IsPublic);
        Assert.Null(item.PublishedAtUtc);
        Assert.Null(item.ClosedAtUtc);
        Assert.Equal(90, item.ProgressPercent);
    }

    [Fact]
    public void Closing_is_timed_by_the_stamp()
    {
        var item = Item(FollowUpState.Explained);
        Assert.Null(item.Take(FollowUpAction.Close, null, Now));
        Assert.Equal(Now.AtUtc, item.ClosedAtUtc);
    }

    [Fact]
    public void A_refused_action_changes_nothing_and_leaves_no_entry()
    {
        var item = Item(FollowUpState.New);
        Assert.StartsWith("Không thể", item.Take(FollowUpAction.Close, null, Now));
        Assert.Equal("Hãy ghi kết quả giải quyết.", Item(FollowUpState.InProgress).Take(FollowUpAction.Resolve, " ", Now));
        Assert.Equal(FollowUpState.New, item.State);
        Assert.Empty(item.Events);
    }

    [Fact]
    public void A_merged_item_is_answered_through_the_item_it_went_into()
    {
        var item = Item(FollowUpState.InProgress);
        item.MergedIntoId = 11;
        Assert.Contains("đã được gộp", item.Take(FollowUpAction.Resolve, "Kết quả", Now));
        Assert.Empty(item.Offers(_ => true, mayMonitor: false).Actions);
    }

    [Fact]
    public void Assigning_sets_the_body_and_deadline_and_refuses_a_past_deadline_or_an_answered_item()
    {
        var body = new ResponsibleBody(3, 5, "Phòng Tài chính");
        var item = Item(FollowUpState.New);
        Assert.Equal("Thời hạn không được ở trong quá khứ.", item.Assign(body, Today.AddDays(-1), FollowUpPriority.Normal, Today, Now));
        Assert.StartsWith("Không thể", Item(FollowUpState.Resolved).Assign(body, Today, FollowUpPriority.Normal, Today, Now));

        Assert.Null(item.Assign(body, Today.AddDays(30), FollowUpPriority.Urgent, Today, Now));

        Assert.Equal((FollowUpState.Assigned, 3, 5, Today.AddDays(30), Today), (item.State, item.ResponsibleOrganizationId, item.ResponsibleUnitId, item.Deadline, item.AssignedOn));
        Assert.Equal("Giao Phòng Tài chính chủ trì, thời hạn 31/12/2026, mức khẩn.", Assert.Single(item.Events).Text);
    }

    [Fact]
    public void The_first_progress_update_starts_the_work_and_a_new_item_takes_none()
    {
        var item = Item(FollowUpState.Assigned);
        var (update, refusal) = item.ReportProgress("Đã khảo sát", 30, Now);
        Assert.Null(refusal);
        Assert.Equal((FollowUpState.InProgress, 30, 30), (item.State, item.ProgressPercent, update!.Percent));

        Assert.Equal("Chỉ cập nhật tiến độ khi nội dung đã được giao và đang giải quyết.", Item(FollowUpState.New).ReportProgress("x", 10, Now).Refusal);
    }

    [Fact]
    public void Splitting_keeps_the_first_part_and_opens_a_new_item_for_each_other_part()
    {
        var item = new FollowUpItem { Id = 10, PetitionId = 4, UnitId = 2, ConferenceId = 8, TopicId = 6, Kind = FollowUpKind.Petition, State = FollowUpState.Assigned };

        var (parts, refusal) = item.Split(["Phần một", "Phần hai", "Phần ba"], Now);
        // The parts keep the petition's topic, so the list's topic filter finds them too (ADR 0027).
        Assert.All(parts, p => Assert.Equal(6, p.TopicId));

        Assert.Null(refusal);
        Assert.Equal("Phần một", item.ContentText);
        Assert.Equal(["Phần hai", "Phần ba"], parts.Select(p => p.ContentText));
        Assert.All(parts, p => Assert.Equal((4, 2, 8, FollowUpState.New), (p.PetitionId!.Value, p.UnitId, p.ConferenceId, p.State)));
        Assert.All(parts, p => Assert.Equal("Tách từ nội dung số 10.", Assert.Single(p.Events).Text));
        Assert.Equal("Hãy nhập ít nhất hai nội dung, mỗi dòng một nội dung.", Item(FollowUpState.New).Split(["Một"], Now).Refusal);
        Assert.Equal("Chỉ tách nội dung chưa giải quyết xong.", Item(FollowUpState.Resolved).Split(["Một", "Hai"], Now).Refusal);
    }

    [Fact]
    public void Merging_needs_two_open_items_and_changes_the_targets_version()
    {
        var item = Item(FollowUpState.New);
        var target = new FollowUpItem { Id = 11, State = FollowUpState.Assigned };
        var version = target.Version;

        Assert.Equal("Không thể gộp một nội dung vào chính nó.", item.MergeInto(item, false, Now));
        Assert.Equal("Chỉ gộp các nội dung chưa giải quyết xong.", item.MergeInto(new FollowUpItem { Id = 12, State = FollowUpState.Closed }, false, Now));
        Assert.Equal("Nội dung này đang có nội dung khác gộp vào; hãy gộp theo chiều ngược lại.", item.MergeInto(target, true, Now));

        Assert.Null(item.MergeInto(target, false, Now));
        Assert.Equal(11, item.MergedIntoId);
        Assert.NotEqual(version, target.Version);
        Assert.Single(target.Events);
    }

    [Fact]
    public void Only_an_answered_item_with_a_result_is_published()
    {
        Assert.Equal("Chỉ công khai nội dung đã giải quyết, đã giải trình hoặc đã đóng.", Item(FollowUpState.InProgress).Publish(true, Now));
        Assert.Equal("Nội dung chưa có kết quả trả lời để công khai.", Item(FollowUpState.Resolved).Publish(true, Now));
        var item = Item(FollowUpState.Resolved);
        item.Result = "Đã sửa xong";
        Assert.Null(item.Publish(true, Now));
        Assert.Equal((true, Now.AtUtc), (item.IsPublic, item.PublishedAtUtc));
    }

    [Fact]
    public void A_prepared_answer_waits_on_an_open_item_and_is_given_as_the_action_it_was_prepared_for()
    {
        var item = Item(FollowUpState.InProgress);
        Assert.Equal("Chỉ chuẩn bị trả lời hoặc giải trình.", item.Prepare("x", FollowUpAction.Close));
        Assert.Null(item.Prepare("Không tiếp thu vì ngoài thẩm quyền", FollowUpAction.Explain));
        Assert.Equal(FollowUpState.InProgress, item.State);

        Assert.Null(item.GivePrepared(Now));

        Assert.Equal((FollowUpState.Explained, "Không tiếp thu vì ngoài thẩm quyền"), (item.State, item.Result));
        Assert.Equal("Nội dung đã có trả lời.", item.Prepare("x", FollowUpAction.Resolve));
    }

    [Fact]
    public void The_page_offers_what_the_state_and_the_role_allow()
    {
        var handler = Item(FollowUpState.Assigned).Offers(a => a is not (FollowUpAction.Close or FollowUpAction.Reopen), mayMonitor: false);
        Assert.Equal([FollowUpAction.Start, FollowUpAction.Resolve, FollowUpAction.Explain, FollowUpAction.Transfer], handler.Actions.Select(a => a.Action));
        Assert.Equal("kết quả giải quyết", handler.Actions.Single(a => a.Action == FollowUpAction.Resolve).TextPrompt);
        Assert.False(handler.Actions.Single(a => a.Action == FollowUpAction.Start).NeedsText);
        Assert.Equal((true, true, false, true, false), (handler.Assign, handler.Progress, handler.Publish, handler.Rework, handler.Monitor));

        // The Front on a closed item: reopening and monitoring, nothing a handling body does.
        var front = Item(FollowUpState.Closed).Offers(a => a is FollowUpAction.Close or FollowUpAction.Reopen, mayMonitor: true);
        Assert.Equal([FollowUpAction.Reopen], front.Actions.Select(a => a.Action));
        Assert.Equal((false, false, false, false, true), (front.Assign, front.Progress, front.Publish, front.Rework, front.Monitor));

        // A leader watches: nothing is offered, and the page says so.
        Assert.True(Item(FollowUpState.Assigned).Offers(_ => false, mayMonitor: false).None);
        Assert.False(handler.None);

        // A new item is assigned with its own form, and an answer on the spot is given in the minutes.
        Assert.Empty(Item(FollowUpState.New).Offers(_ => true, mayMonitor: false).Actions);
    }
}
