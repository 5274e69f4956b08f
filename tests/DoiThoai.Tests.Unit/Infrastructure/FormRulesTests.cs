using DoiThoai.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Http;

namespace DoiThoai.Tests.Unit.Infrastructure;

public class FormRulesTests
{
    [Theory]
    [InlineData("Form value count limit 1024 exceeded.", "Biểu mẫu có quá nhiều trường: tối đa 1024 trường mỗi lần gửi.")]
    [InlineData("Form key length limit 2048 exceeded.", "Tên một trường của biểu mẫu quá dài: tối đa 2048 ký tự.")]
    [InlineData("Form value length limit 4194304 exceeded.", "Một trường của biểu mẫu quá dài: tối đa 4 MB mỗi trường.")]
    [InlineData("Multipart body length limit 67108864 exceeded.", "Nội dung gửi lên vượt giới hạn 64 MB của biểu mẫu này.")]
    [InlineData("Form section has invalid Content-Disposition value: form-data; filename=\"a\"b\"", "Tên tệp đính kèm có ký tự không hợp lệ")]
    [InlineData("Something the framework has not said before.", "ký tự không hợp lệ (ví dụ ký tự NUL) hoặc bị hỏng")]
    public void An_unreadable_form_is_explained_in_vietnamese_with_its_limit(string frameworkMessage, string expected) =>
        Assert.Contains(expected, UnreadableFormFilter.Unreadable(frameworkMessage));

    [Theory]
    [InlineData(30_000_000, "28,6")]
    [InlineData(5 * 1024 * 1024 + 64 * 1024, "5,1")]
    [InlineData(16 * 1024 * 1024, "16")]
    public void Limits_are_named_in_megabytes_the_vietnamese_way(long bytes, string expected) =>
        Assert.Equal(expected, UnreadableFormFilter.Megabytes(bytes));

    [Fact]
    public void Form_keys_are_32_hexadecimal_digits_and_new_each_time()
    {
        var key = FormKeys.NewKey();
        Assert.True(FormKeys.IsWellFormed(key));
        Assert.NotEqual(key, FormKeys.NewKey());
        Assert.False(FormKeys.IsWellFormed(""));
        Assert.False(FormKeys.IsWellFormed(new string('g', 32)));
        Assert.False(FormKeys.IsWellFormed(key + "0"));
    }

    [Fact]
    public void One_form_key_claims_each_address_it_is_posted_to_once()
    {
        var key = FormKeys.NewKey();
        var run = FormKeys.ClaimKey(key, new PathString("/FollowUpBatches/Run"));
        Assert.Equal(run, FormKeys.ClaimKey(key.ToUpperInvariant(), new PathString("/followupbatches/run")));
        Assert.NotEqual(run, FormKeys.ClaimKey(key, new PathString("/FollowUpBatches/Assign")));
        Assert.Equal(32, run.Length);
        Assert.True(FormKeys.IsWellFormed(run));
    }
}
