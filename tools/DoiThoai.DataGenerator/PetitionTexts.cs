/// <summary>
/// Petition texts, answers and conference titles that read like real minutes: sentences composed from each topic's
/// own vocabulary, every choice drawn with a steep power law (a few phrases in most texts, most phrases rare) and
/// place names made of two syllables (about 1,600 of them, each rare), so that search meets realistic word
/// frequencies. Deterministic: the caller's seeded random decides every choice.
/// </summary>
static class PetitionTexts
{
    private static readonly string[] Syllables =
        ["Đông", "Tây", "Nam", "Bắc", "Thượng", "Hạ", "Trung", "Tân", "Phú", "An", "Hòa", "Bình", "Thanh", "Xuân", "Hưng", "Phúc", "Lộc", "Thịnh",
         "Vĩnh", "Quang", "Minh", "Đức", "Hợp", "Liên", "Tiến", "Thắng", "Lợi", "Sơn", "Hải", "Giang", "Long", "Phong", "Cẩm", "Kim", "Mỹ",
         "Ngọc", "Yên", "Khánh", "Tường", "Thái"];

    private static readonly string[] Speakers =
        ["Cử tri", "Nhân dân", "Người dân", "Bà con", "Các hộ dân", "Đại biểu", "Hội viên Hội Nông dân", "Hội viên Hội Cựu chiến binh",
         "Chi hội Phụ nữ", "Ban công tác Mặt trận", "Đoàn viên thanh niên", "Người cao tuổi"];

    private static readonly string[] Verbs = ["đề nghị", "kiến nghị", "phản ánh", "đề xuất", "hỏi về việc", "bức xúc vì"];

    private static readonly string[] Consequences =
        ["gây bức xúc trong Nhân dân", "ảnh hưởng đến sản xuất và đời sống", "kéo dài nhiều năm nhưng chưa được giải quyết",
         "đã phản ánh nhiều lần", "tiềm ẩn nguy cơ mất an toàn", "làm phát sinh khiếu nại", "ảnh hưởng đến sức khỏe của người dân",
         "gây mất đoàn kết trong khu dân cư", "các hộ lân cận cũng gặp tình trạng tương tự", "chính quyền đã hứa nhưng chưa thực hiện"];

    private static readonly string[] Responders =
        ["Chủ tịch UBND xã", "Phó Chủ tịch UBND xã", "Bí thư Đảng ủy", "Công chức địa chính", "Trưởng Công an xã", "Chủ tịch Ủy ban MTTQ xã",
         "Trưởng phòng Tài nguyên và Môi trường", "Đại diện Điện lực", "Trưởng thôn"];

    private static readonly string[] Deadlines =
        ["trong quý này", "trước mùa mưa bão", "trong tháng tới", "trước Tết Nguyên đán", "trong năm nay", "khi có kinh phí", "trong 30 ngày"];

    /// <summary>Per topic, in the generator's order: what people raise (common first) and what the office answers it does.</summary>
    private static readonly (string[] Issues, string[] Asks, string[] Done)[] Topics =
    [
        (["cấp giấy chứng nhận quyền sử dụng đất", "tranh chấp ranh giới thửa đất", "đo đạc lại diện tích đất ở", "bồi thường giải phóng mặt bằng",
          "lấn chiếm đất công", "chuyển mục đích sử dụng đất vườn", "giao đất tái định cư", "sai lệch bản đồ địa chính", "thu hồi đất nông nghiệp bỏ hoang"],
         ["sớm cấp sổ đỏ cho các hộ", "công khai phương án bồi thường", "kiểm tra và xử lý dứt điểm", "hướng dẫn thủ tục cho người dân", "đo đạc lại và chỉnh lý hồ sơ"],
         ["đã kiểm tra thực địa và lập hồ sơ", "đã hoàn thiện hồ sơ trình cấp giấy chứng nhận", "đã tổ chức hòa giải tại thôn", "đã niêm yết công khai phương án"]),
        (["rác thải tồn đọng ven đường", "mùi hôi từ trại chăn nuôi lợn", "ô nhiễm nguồn nước kênh mương", "khói bụi từ xưởng gạch", "đốt rơm rạ sau thu hoạch",
          "nước thải sinh hoạt chảy tràn", "bãi tập kết rác tự phát", "tiếng ồn từ cơ sở cưa xẻ gỗ", "khai thác cát trái phép trên sông"],
         ["tăng số lần thu gom rác", "kiểm tra và xử phạt cơ sở gây ô nhiễm", "xây dựng hệ thống thoát nước", "di dời cơ sở ra khỏi khu dân cư", "quan trắc môi trường định kỳ"],
         ["đã ký hợp đồng thu gom rác hằng ngày", "đã lập biên bản và xử phạt cơ sở", "đã nạo vét kênh thoát nước", "đã yêu cầu cơ sở cam kết bảo vệ môi trường"]),
        (["đường giao thông nông thôn xuống cấp", "đường liên thôn bị sạt lở", "thiếu đèn chiếu sáng trên đường", "cầu dân sinh hư hỏng", "xe tải trọng lớn chạy qua khu dân cư",
          "mương thoát nước dọc đường bị lấp", "hành lang an toàn giao thông bị lấn chiếm", "thiếu biển báo tại ngã ba", "gờ giảm tốc gây nguy hiểm"],
         ["sớm sửa chữa, nâng cấp tuyến đường", "lắp đặt đèn chiếu sáng", "cắm biển hạn chế tải trọng", "bố trí kinh phí làm lại cầu", "giải tỏa hành lang giao thông"],
         ["đã đưa tuyến đường vào kế hoạch đầu tư công", "đã vá ổ gà và khơi thông rãnh", "đã lắp biển báo và gờ giảm tốc", "đã lập dự toán sửa chữa cầu"]),
        (["chậm chi trả trợ cấp xã hội", "bình xét hộ nghèo chưa chính xác", "hỗ trợ người cao tuổi neo đơn", "cấp thẻ bảo hiểm y tế cho hộ cận nghèo",
          "hỗ trợ nhà ở cho hộ khó khăn", "trợ cấp cho người khuyết tật", "việc làm cho lao động trở về từ nước ngoài"],
         ["rà soát lại danh sách", "chi trả đúng hạn", "hỗ trợ kịp thời cho các đối tượng", "công khai kết quả bình xét"],
         ["đã rà soát và bổ sung vào danh sách", "đã chi trả đầy đủ cho các đối tượng", "đã hỗ trợ kinh phí sửa nhà", "đã công khai kết quả tại nhà văn hóa"]),
        (["trạm y tế thiếu thuốc", "thái độ phục vụ của nhân viên y tế", "thủ tục khám chữa bệnh bảo hiểm y tế", "tiêm chủng cho trẻ em",
          "phòng chống sốt xuất huyết", "trạm y tế xuống cấp", "thiếu bác sĩ tại tuyến xã"],
         ["bổ sung thuốc thiết yếu", "chấn chỉnh thái độ phục vụ", "đơn giản hóa thủ tục", "phun thuốc diệt muỗi"],
         ["đã bổ sung cơ số thuốc", "đã tổ chức phun hóa chất diệt muỗi", "đã nhắc nhở nhân viên y tế", "đã đề nghị tăng cường bác sĩ luân phiên"]),
        (["các khoản thu đầu năm học", "trường học xuống cấp", "thiếu phòng học mầm non", "an toàn giao thông trước cổng trường", "dạy thêm học thêm",
          "bếp ăn bán trú", "nhà vệ sinh trường học"],
         ["công khai các khoản thu", "sửa chữa phòng học", "xây thêm phòng học", "bố trí lực lượng phân luồng giờ tan học"],
         ["đã yêu cầu nhà trường công khai các khoản thu", "đã sửa chữa mái phòng học", "đã bố trí kinh phí xây phòng học"]),
        (["chế độ cho người có công với cách mạng", "xác nhận liệt sĩ", "tu sửa nghĩa trang liệt sĩ", "trợ cấp thờ cúng liệt sĩ", "điều dưỡng người có công",
          "hồ sơ chất độc da cam"],
         ["xem xét giải quyết chế độ", "hướng dẫn hoàn thiện hồ sơ", "tu bổ nghĩa trang"],
         ["đã hướng dẫn gia đình hoàn thiện hồ sơ", "đã chuyển hồ sơ lên cấp trên", "đã tu bổ nghĩa trang liệt sĩ"]),
        (["lấn chiếm vỉa hè", "buôn bán lấn chiếm lòng đường", "trộm cắp tài sản", "tụ tập đua xe ban đêm", "tệ nạn ma túy", "cờ bạc tại khu dân cư",
          "đổ trộm phế thải xây dựng", "vật nuôi thả rông"],
         ["tăng cường tuần tra", "xử lý nghiêm các trường hợp vi phạm", "lắp camera an ninh", "ra quân lập lại trật tự"],
         ["đã tăng cường tuần tra ban đêm", "đã lập biên bản các hộ vi phạm", "đã lắp camera tại các ngã ba", "đã ra quân giải tỏa vỉa hè"]),
        (["giá vật tư nông nghiệp tăng cao", "thủy lợi nội đồng", "dịch bệnh trên đàn gia súc", "giống lúa kém chất lượng", "tiêu thụ nông sản",
          "hỗ trợ chuyển đổi cây trồng", "chuột phá hoại lúa"],
         ["hỗ trợ giống và vật tư", "nạo vét kênh mương nội đồng", "tiêm phòng cho đàn gia súc", "liên kết tiêu thụ sản phẩm"],
         ["đã hỗ trợ giống cho các hộ", "đã nạo vét kênh mương", "đã tổ chức tiêm phòng", "đã kết nối doanh nghiệp thu mua"]),
        (["thủ tục hành chính rườm rà", "trả kết quả trễ hẹn", "dịch vụ công trực tuyến khó sử dụng", "chứng thực giấy tờ", "đăng ký khai sinh, khai tử",
          "thái độ của cán bộ một cửa"],
         ["rút ngắn thời gian giải quyết", "hướng dẫn người dân nộp hồ sơ trực tuyến", "niêm yết công khai thủ tục"],
         ["đã niêm yết công khai thủ tục", "đã bố trí cán bộ hướng dẫn tại bộ phận một cửa", "đã xin lỗi người dân vì trả kết quả trễ hẹn"]),
        (["mất điện kéo dài", "điện áp yếu vào giờ cao điểm", "nước sinh hoạt không đủ dùng", "chất lượng nước máy", "giá nước sạch", "cột điện nghiêng",
          "đường ống nước bị vỡ"],
         ["nâng cấp trạm biến áp", "mở rộng mạng lưới cấp nước", "kiểm tra chất lượng nước", "di dời cột điện"],
         ["đã nâng công suất trạm biến áp", "đã sửa đường ống cấp nước", "đã lấy mẫu nước kiểm nghiệm", "đã thay cột điện"]),
        (["phụ cấp cán bộ không chuyên trách", "kinh phí hoạt động của chi hội", "phụ cấp trưởng thôn", "chế độ cho cán bộ Mặt trận ở thôn",
          "bồi dưỡng cán bộ cơ sở", "phụ cấp theo Nghị định 34"],
         ["nâng mức phụ cấp", "bố trí kinh phí hoạt động", "thực hiện đúng quy định"],
         ["đã bố trí kinh phí hoạt động", "đã chi trả phụ cấp theo quy định mới", "đã đề nghị cấp trên điều chỉnh mức phụ cấp"]),
    ];

    private static readonly string[] Themes =
        ["với Nhân dân về các vấn đề bức xúc", "giữa người đứng đầu cấp ủy, chính quyền với Nhân dân", "với Mặt trận và các đoàn thể",
         "về thực hiện dân chủ ở cơ sở", "với đoàn viên, hội viên", "về công tác giải phóng mặt bằng", "về xây dựng nông thôn mới"];

    /// <summary>Picks a phrase: the first of a list is common, the last rare.</summary>
    private static string Pick(Random random, string[] phrases) => phrases[(int)(phrases.Length * Math.Pow(random.NextDouble(), 2.2))];

    private static string Place(Random random) =>
        random.Next(3) == 0 ? $"tổ dân phố {random.Next(1, 20)}" : $"thôn {Syllables[random.Next(Syllables.Length)]} {Syllables[random.Next(Syllables.Length)]}";

    /// <summary>An opinion or petition about the topic at <paramref name="topic"/>: one to three sentences.</summary>
    public static string Petition(Random random, int topic)
    {
        var (issues, asks, _) = Topics[topic % Topics.Length];
        var text = $"{Pick(random, Speakers)} {Place(random)} {Pick(random, Verbs)} {Pick(random, issues)}";
        if (random.Next(2) == 0) text += $", {Pick(random, Consequences)}";
        text += $"; {Pick(random, asks)}.";
        if (random.Next(3) == 0) text += $" Đồng thời {Pick(random, Verbs)} {Pick(random, issues)} tại {Place(random)}.";
        return text;
    }

    /// <summary>An answer to an item of the topic, given on the spot or after follow-up.</summary>
    public static string Answer(Random random, int topic)
    {
        var (issues, _, done) = Topics[topic % Topics.Length];
        return $"{Pick(random, Responders)} tiếp thu, giải trình: {Pick(random, done)} về {Pick(random, issues)}; " +
               (random.Next(2) == 0 ? $"dự kiến hoàn thành {Pick(random, Deadlines)}." : "kết quả đã thông báo đến người dân.");
    }

    public static string Title(Random random, string kindName, DateOnly heldOn, string topicName) =>
        random.Next(3) == 0
            ? $"{kindName} về {topicName.ToLowerInvariant()} năm {heldOn.Year}"
            : $"{kindName} {Pick(random, Themes)} quý {(heldOn.Month + 2) / 3} năm {heldOn.Year}";
}
