using DoiThoai.Web.Domain.Conferences;

namespace DoiThoai.Web.Domain.FollowUp;

/// <summary>
/// Which rows of the minutes are followed up, and in which state they start: petitions, proposals and
/// questions (not plain opinions) and every conclusion item. Answered on the spot starts as resolved;
/// a conclusion item that already names its responsible body starts as assigned.
/// </summary>
public static class FollowUpOpening
{
    public static FollowUpItem? For(Petition petition)
    {
        if (FollowUpKinds.Of(petition.Kind) is not { } kind) return null;
        var answered = petition.AnsweredOnTheSpot;
        return new FollowUpItem
        {
            Petition = petition, ConferenceId = petition.ConferenceId, UnitId = petition.UnitId, Kind = kind,
            State = answered ? FollowUpState.Resolved : FollowUpState.New,
            Result = answered ? petition.OnTheSpotAnswer : null,
            ProgressPercent = answered ? 100 : 0,
            ResponsibleOrganizationId = answered ? petition.AddressedToId : null,
        };
    }

    public static FollowUpItem For(ConclusionItem item, int? responsibleUnitId, DateOnly today) => new()
    {
        ConclusionItem = item, ConferenceId = item.ConferenceId, UnitId = item.UnitId, Kind = FollowUpKind.ConclusionItem,
        State = item.ResponsibleOrganizationId is null ? FollowUpState.New : FollowUpState.Assigned,
        ResponsibleOrganizationId = item.ResponsibleOrganizationId,
        ResponsibleUnitId = item.ResponsibleOrganizationId is null ? null : responsibleUnitId,
        AssignedOn = item.ResponsibleOrganizationId is null ? null : today,
        Deadline = item.Deadline,
        // The bodies that coordinate the item coordinate its follow-up, as an assignment with coordinators does.
        Coordinators = item.Coordinators.Select(c => new FollowUpCoordinator { OrganizationId = c.OrganizationId }).ToList(),
    };
}
