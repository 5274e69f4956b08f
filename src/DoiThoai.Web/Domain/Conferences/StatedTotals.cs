namespace DoiThoai.Web.Domain.Conferences;

/// <summary>
/// Totals as the minutes state them against the rows itemized: "34 kiến nghị" with 6 written out leaves 28 counted
/// without detail. A stated total of 0 means the minutes state none, and the itemized rows are the count.
/// </summary>
public static class StatedTotals
{
    /// <summary>The kinds a petition total ("kiến nghị, đề xuất, chất vấn") adds up, beside the opinions.</summary>
    public static readonly PetitionKind[] PetitionKinds = [PetitionKind.Petition, PetitionKind.Proposal, PetitionKind.Question];

    /// <summary>What the minutes count beyond the itemized rows.</summary>
    public static int Unitemized(int stated, int itemized) => stated > itemized ? stated - itemized : 0;

    /// <summary>
    /// The unitemized opinions and the unitemized petitions, proposals and questions together, as dashboards and the
    /// conference's figures have always split them.
    /// </summary>
    public static (int Opinions, int Petitions) UnitemizedOf(int statedOpinions, int statedPetitions, int statedProposals,
        int statedQuestions, Func<PetitionKind, int> itemized) =>
        (Unitemized(statedOpinions, itemized(PetitionKind.Opinion)),
            Unitemized(statedPetitions, itemized(PetitionKind.Petition)) + Unitemized(statedProposals, itemized(PetitionKind.Proposal))
            + Unitemized(statedQuestions, itemized(PetitionKind.Question)));

    /// <summary>The count a reader sees: the stated total, or the itemized rows when they are more or none is stated.</summary>
    public static int Total(int stated, int itemized) => Math.Max(stated, itemized);

    /// <summary>A stated total below the rows already itemized contradicts the minutes; null when it does not (or none is stated).</summary>
    public static string? Refusal(int? stated, int itemized, string kindName) =>
        stated is { } total && total < itemized ? RefusalMessage(itemized, kindName) : null;

    public static string RefusalMessage(int itemized, string kindName) =>
        $"Biên bản đã ghi chi tiết {itemized} {kindName}; tổng số không được nhỏ hơn {itemized}.";
}
