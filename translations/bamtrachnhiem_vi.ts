<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ActivitiesTab</name>
    <message>
        <source>All months</source>
        <translation>Cả năm</translation>
    </message>
    <message>
        <source>Month {month}</source>
        <translation>Tháng {month}</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>No activity in this month and type. Record one with “New activity”: its date, type and who took part (they count for the activity criterion).</source>
        <translation>Không có hoạt động nào trong tháng và loại này. Ghi hoạt động bằng “Thêm hoạt động”: ngày, loại và những ai tham gia (được tính cho tiêu chí về hoạt động).</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Thêm hoạt động</translation>
    </message>
    <message>
        <source>Record an activity (Ctrl+N)</source>
        <translation>Ghi nhận một hoạt động (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>{activities} activities · {people} participations · {helped} citizens helped</source>
        <translation>{activities} hoạt động · {people} lượt tham gia · {helped} người dân được hỗ trợ</translation>
    </message>
    <message>
        <source>Delete the activity “{title}” of {date}?</source>
        <translation>Xóa hoạt động “{title}” ngày {date}?</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Edit activity</source>
        <translation>Sửa hoạt động</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Thêm hoạt động</translation>
    </message>
    <message>
        <source>Choose the type…</source>
        <translation>Chọn loại…</translation>
    </message>
    <message>
        <source>e.g. Green Sunday at the one-stop office</source>
        <translation>VD: Ngày Chủ nhật xanh tại Bộ phận một cửa</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>Kết quả đạt được</translation>
    </message>
    <message>
        <source>Prizes won, if any</source>
        <translation>Giải thưởng đạt được (nếu có)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Activity title</source>
        <translation>Tên hoạt động</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Đợt thi đua</translation>
    </message>
    <message>
        <source>Citizens helped</source>
        <translation>Người dân được hỗ trợ</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Prizes</source>
        <translation>Giải thưởng</translation>
    </message>
    <message>
        <source>Search members (accents optional)</source>
        <translation>Tìm đoàn viên (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <source>Select all shown</source>
        <translation>Chọn tất cả đang hiện</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không gắn đợt nào)</translation>
    </message>
    <message>
        <source>{n} selected</source>
        <translation>Đã chọn {n}</translation>
    </message>
</context>
<context>
    <name>ActivityKind</name>
    <message>
        <source>Contest</source>
        <translation>Hội thi</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Diễn đàn</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Hội thảo</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Tọa đàm</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Tập huấn</translation>
    </message>
    <message>
        <source>Volunteer day</source>
        <translation>Tình nguyện</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>Câu lạc bộ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên hoạt động</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <source>Citizens helped</source>
        <translation>Người dân được hỗ trợ</translation>
    </message>
</context>
<context>
    <name>AnnexModel</name>
    <message>
        <source>Member</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Months assessed</source>
        <translation>Tháng đã đánh giá</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Điểm BQ</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Participations</source>
        <translation>Lượt tham gia</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
</context>
<context>
    <name>AssessmentGridModel</name>
    <message>
        <source>Took part in {attended} of {held} activities this month</source>
        <translation>Tham gia {attended}/{held} hoạt động trong tháng</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>Evidence: {text}</source>
        <translation>Minh chứng: {text}</translation>
    </message>
    <message>
        <source>Double-click for the member&apos;s year chart.</source>
        <translation>Nhấp đúp để xem biểu đồ cả năm của đoàn viên.</translation>
    </message>
    <message>
        <source>{code} — {name} (max {max})</source>
        <translation>{code} — {name} (tối đa {max})</translation>
    </message>
    <message>
        <source>Not scored by the branch: the self score {value} counts.</source>
        <translation>Chi đoàn chưa chấm: tính theo điểm tự chấm {value}.</translation>
    </message>
    <message>
        <source>Self score: {value}</source>
        <translation>Tự chấm: {value}</translation>
    </message>
    <message>
        <source>Veto: {reason}</source>
        <translation>Vi phạm: {reason}</translation>
    </message>
    <message>
        <source>Space or double-click to set or clear.</source>
        <translation>Nhấn phím cách hoặc nhấp đúp để đánh dấu hoặc bỏ.</translation>
    </message>
    <message>
        <source>Partial: {scored} of {count} criteria scored.</source>
        <translation>Chưa đủ: mới chấm {scored}/{count} tiêu chí.</translation>
    </message>
    <message>
        <source>A hint for scoring, not a score.</source>
        <translation>Chỉ là gợi ý để chấm, không phải điểm.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Cộng</translation>
    </message>
    <message>
        <source>Deduct.</source>
        <translation>Trừ</translation>
    </message>
    <message>
        <source>Veto</source>
        <translation>Vi phạm</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Act.</source>
        <translation>HĐ</translation>
    </message>
    <message>
        <source>{pillar}
{code} — {name} (max {max})</source>
        <translation>{pillar}
{code} — {name} (tối đa {max})</translation>
    </message>
    <message>
        <source>Bonus points (at most {cap})</source>
        <translation>Điểm cộng (tối đa {cap})</translation>
    </message>
    <message>
        <source>Points taken off</source>
        <translation>Điểm trừ</translation>
    </message>
    <message>
        <source>Veto: discipline or a substantiated complaint; the month is rated fail</source>
        <translation>Vi phạm: bị kỷ luật hoặc bị phản ánh có cơ sở; tháng đó xếp loại Chưa đạt</translation>
    </message>
    <message>
        <source>Total (at most {cap})</source>
        <translation>Tổng điểm (tối đa {cap})</translation>
    </message>
    <message>
        <source>Band of the month</source>
        <translation>Xếp loại của tháng</translation>
    </message>
    <message>
        <source>Activities of the unit this month the member joined</source>
        <translation>Số hoạt động của đơn vị trong tháng mà đoàn viên đã tham gia</translation>
    </message>
</context>
<context>
    <name>AssessmentNoteDialog</name>
    <message>
        <source>Evidence and veto — {month}</source>
        <translation>Minh chứng và vi phạm — {month}</translation>
    </message>
    <message>
        <source>e.g. handled 120 dossiers on time; led the youth volunteer Sunday</source>
        <translation>ví dụ: giải quyết 120 hồ sơ đúng hạn; chủ trì ngày Chủ nhật tình nguyện</translation>
    </message>
    <message>
        <source>Veto: discipline or a substantiated citizen complaint (rated fail)</source>
        <translation>Vi phạm: bị kỷ luật hoặc bị người dân phản ánh có cơ sở (xếp loại Chưa đạt)</translation>
    </message>
    <message>
        <source>e.g. disciplinary decision no. 12/QĐ</source>
        <translation>ví dụ: Quyết định kỷ luật số 12/QĐ</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>A veto needs a reason.</source>
        <translation>Vi phạm cần ghi rõ lý do.</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Movement year</source>
        <translation>Năm phong trào</translation>
    </message>
    <message>
        <source>Month {month}</source>
        <translation>Tháng {month}</translation>
    </message>
    <message>
        <source>Self scores</source>
        <translation>Tự chấm</translation>
    </message>
    <message>
        <source>Branch scores</source>
        <translation>Chi đoàn chấm</translation>
    </message>
    <message>
        <source>Scores the members gave themselves (Ctrl+1)</source>
        <translation>Điểm đoàn viên tự chấm (Ctrl+1)</translation>
    </message>
    <message>
        <source>Scores the branch confirmed (Ctrl+2); where the branch has not scored, the self score counts and is shown in grey</source>
        <translation>Điểm chi đoàn chấm (Ctrl+2); tiêu chí nào chi đoàn chưa chấm thì tính theo điểm tự chấm, hiện màu xám</translation>
    </message>
    <message>
        <source>Criteria of the year…</source>
        <translation>Bộ tiêu chí của năm…</translation>
    </message>
    <message>
        <source>Copy last month&apos;s self scores</source>
        <translation>Chép điểm tự chấm tháng trước</translation>
    </message>
    <message>
        <source>Evidence / veto…</source>
        <translation>Minh chứng / vi phạm…</translation>
    </message>
    <message>
        <source>Evidence note and veto of the current member (Ctrl+E)</source>
        <translation>Minh chứng và vi phạm của đoàn viên đang chọn (Ctrl+E)</translation>
    </message>
    <message>
        <source>Member&apos;s year…</source>
        <translation>Biểu đồ cả năm…</translation>
    </message>
    <message>
        <source>The current member&apos;s twelve months as a chart (or double-click the name)</source>
        <translation>Biểu đồ 12 tháng của đoàn viên đang chọn (hoặc nhấp đúp vào tên)</translation>
    </message>
    <message>
        <source>Year summary…</source>
        <translation>Tổng hợp năm…</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Nhật ký…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save the changed rows (Ctrl+S)</source>
        <translation>Lưu các dòng đã sửa (Ctrl+S)</translation>
    </message>
    <message>
        <source>Confirm month</source>
        <translation>Chốt tháng</translation>
    </message>
    <message>
        <source>Lock the month: its scores can no longer change unless unlocked with a reason</source>
        <translation>Khóa tháng: điểm không sửa được nữa, trừ khi mở khóa và ghi lý do</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Mở khóa…</translation>
    </message>
    <message>
        <source>Monthly assessment</source>
        <translation>Đánh giá tháng</translation>
    </message>
    <message>
        <source>Act. = activities of the unit this month that the member took part in (a hint for the activity criterion) · Bonus, Deduct. = points added, taken off · Veto = discipline or a substantiated complaint: the month is rated fail.</source>
        <translation>HĐ = số hoạt động của đơn vị trong tháng mà đoàn viên tham gia (gợi ý cho tiêu chí về hoạt động) · Cộng, Trừ = điểm cộng, điểm trừ · Vi phạm = bị kỷ luật hoặc có phản ánh đúng sự thật: tháng đó xếp loại không đạt.</translation>
    </message>
    <message>
        <source>month {month}/{year}</source>
        <translation>tháng {month}/{year}</translation>
    </message>
    <message>
        <source>Assessed {assessed}/{total}</source>
        <translation>Đã chấm {assessed}/{total}</translation>
    </message>
    <message>
        <source>• unsaved changes</source>
        <translation>• có thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>Confirmed on {at} by {who}. This month is locked: its scores cannot change. To correct it, use Unlock… and give the reason.</source>
        <translation>Đã chốt lúc {at}, người chốt: {who}. Tháng này đã khóa, không sửa được điểm. Muốn sửa, bấm Mở khóa… và ghi rõ lý do.</translation>
    </message>
    <message>
        <source>These scores belong to {unit} and arrive in its packets: view only.</source>
        <translation>Điểm này thuộc {unit}, nhận qua gói dữ liệu của đơn vị đó: chỉ xem.</translation>
    </message>
    <message>
        <source>The data file is open read-only: view only.</source>
        <translation>Tệp dữ liệu đang mở ở chế độ chỉ xem.</translation>
    </message>
    <message>
        <source>Pasted {taken} values; {refused} refused, marked in red: {first}</source>
        <translation>Đã dán {taken} ô; {refused} ô không nhận, tô đỏ: {first}</translation>
    </message>
    <message>
        <source>Pasted {taken} values.</source>
        <translation>Đã dán {taken} ô.</translation>
    </message>
    <message>
        <source>took part in {attended} of {held} activities this month (hint for {code})</source>
        <translation>tham gia {attended}/{held} hoạt động trong tháng (gợi ý cho {code})</translation>
    </message>
    <message>
        <source>Saved {count} rows.</source>
        <translation>Đã lưu {count} dòng.</translation>
    </message>
    <message>
        <source>Save the changes to the scores of {month}?</source>
        <translation>Lưu các thay đổi điểm của {month}?</translation>
    </message>
    <message>
        <source>Copied last month&apos;s self scores into {count} rows. Check, then save.</source>
        <translation>Đã chép điểm tự chấm tháng trước vào {count} dòng. Hãy kiểm tra rồi lưu.</translation>
    </message>
    <message>
        <source>Nothing to copy: no row without self scores has scores last month.</source>
        <translation>Không có gì để chép: các dòng chưa có điểm tự chấm đều không có điểm tháng trước.</translation>
    </message>
    <message>
        <source>Confirm {month}? Its scores then cannot change unless someone unlocks it and gives the reason.</source>
        <translation>Chốt {month}? Sau khi chốt, điểm của tháng không sửa được nữa, trừ khi mở khóa và ghi rõ lý do.</translation>
    </message>
    <message>
        <source>Only {assessed} of {total} members are fully assessed.</source>
        <translation>Mới chấm đủ {assessed}/{total} đoàn viên.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký thao tác</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Month confirmed</source>
        <translation>Chốt tháng</translation>
    </message>
    <message>
        <source>Month unlocked</source>
        <translation>Mở khóa tháng</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>AuthorPicker</name>
    <message>
        <source>Find a member (accents optional)</source>
        <translation>Tìm đoàn viên (gõ có dấu hay không đều được)</translation>
    </message>
    <message>
        <source>Authors: {names}</source>
        <translation>Tác giả: {names}</translation>
    </message>
    <message>
        <source>No author ticked yet.</source>
        <translation>Chưa chọn tác giả nào.</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Edit campaign</source>
        <translation>Sửa đợt thi đua</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Thêm đợt thi đua</translation>
    </message>
    <message>
        <source>e.g. Youth Month 2026</source>
        <translation>VD: Tháng Thanh niên 2026</translation>
    </message>
    <message>
        <source>e.g. Young civil servants lead administrative reform</source>
        <translation>VD: Tuổi trẻ xung kích cải cách hành chính</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Thêm chỉ tiêu</translation>
    </message>
    <message>
        <source>Add a target row (Ctrl+T)</source>
        <translation>Thêm một dòng chỉ tiêu (Ctrl+T)</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>Xóa chỉ tiêu</translation>
    </message>
    <message>
        <source>Achieved values are recorded in the targets table of the page while the campaign runs.</source>
        <translation>Kết quả đạt được ghi vào bảng chỉ tiêu trên trang trong khi đợt thi đua diễn ra.</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Tên đợt thi đua</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Chỉ tiêu</translation>
    </message>
</context>
<context>
    <name>CampaignListModel</name>
    <message>
        <source>Campaign</source>
        <translation>Đợt thi đua</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>{name} (from the level above)</source>
        <translation>{name} (cấp trên phát động)</translation>
    </message>
    <message>
        <source>Launched by the level above.</source>
        <translation>Do cấp trên phát động.</translation>
    </message>
</context>
<context>
    <name>CampaignRollup</name>
    <message>
        <source>{unit} (own entry)</source>
        <translation>{unit} (phần của đơn vị)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>{name}: target {target} {unit}</source>
        <translation>{name}: chỉ tiêu {target} {unit}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
</context>
<context>
    <name>CampaignTargetTableModel</name>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Chỉ tiêu đề ra</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Đạt được</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Type the value achieved so far and press Enter.</source>
        <translation>Gõ kết quả đạt được đến nay rồi nhấn Enter.</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Movement year</source>
        <translation>Năm phong trào</translation>
    </message>
    <message>
        <source>Peak campaigns</source>
        <translation>Đợt thi đua cao điểm</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Campaigns &amp; activities</source>
        <translation>Thi đua &amp; hoạt động</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <source>No campaign this year. Create one with “New campaign”, or import the configuration the level above sends (Data exchange).</source>
        <translation>Năm nay chưa có đợt thi đua nào. Tạo bằng “Thêm đợt thi đua”, hoặc nhập gói cấu hình cấp trên gửi (Trao đổi dữ liệu).</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Thêm đợt thi đua</translation>
    </message>
    <message>
        <source>Define a new peak campaign (Ctrl+N)</source>
        <translation>Phát động một đợt thi đua cao điểm mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Launched by the level above: its definition is read-only here; record the achieved values below.</source>
        <translation>Đợt thi đua do cấp trên phát động: nội dung chỉ xem được ở đây; hãy cập nhật kết quả đạt được ở bảng dưới.</translation>
    </message>
    <message>
        <source>Type in the Achieved column to record progress; Enter saves at once.</source>
        <translation>Gõ vào cột Đạt được để cập nhật kết quả; nhấn Enter là lưu ngay.</translation>
    </message>
    <message>
        <source>No campaign this year yet. Press “New campaign” to add one.</source>
        <translation>Năm này chưa có đợt thi đua nào. Nhấn “Thêm đợt thi đua” để thêm.</translation>
    </message>
    <message>
        <source>Theme: {theme}</source>
        <translation>Chủ đề: {theme}</translation>
    </message>
    <message>
        <source>Launched by the level above: only achieved values can be recorded.</source>
        <translation>Do cấp trên phát động: chỉ cập nhật được kết quả đạt được.</translation>
    </message>
    <message>
        <source>Delete the campaign “{name}” and its targets?</source>
        <translation>Xóa đợt thi đua “{name}” cùng các chỉ tiêu của đợt?</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Save the chart as a picture</source>
        <translation>Lưu biểu đồ thành ảnh</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>CommendationDialogs</name>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
</context>
<context>
    <name>CommendationsPage</name>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Commended</source>
        <translation>Được khen thưởng</translation>
    </message>
    <message>
        <source>Not commended</source>
        <translation>Không khen thưởng</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Đã ban hành</translation>
    </message>
    <message>
        <source>Annulled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Refused: no longer active</source>
        <translation>Không xét: không còn sinh hoạt</translation>
    </message>
    <message>
        <source>Refused: a month with a veto</source>
        <translation>Không xét: có tháng vi phạm</translation>
    </message>
    <message>
        <source>too few months assessed</source>
        <translation>chưa đủ số tháng đánh giá</translation>
    </message>
    <message>
        <source>pledge not approved</source>
        <translation>đăng ký chưa được duyệt</translation>
    </message>
    <message>
        <source>no path met</source>
        <translation>chưa đạt cách nào</translation>
    </message>
    <message>
        <source>pledged % too low</source>
        <translation>tỉ lệ đăng ký thấp</translation>
    </message>
    <message>
        <source>assessed % too low</source>
        <translation>tỉ lệ đánh giá thấp</translation>
    </message>
    <message>
        <source>too few packets on time</source>
        <translation>ít tháng nộp gói đúng hạn</translation>
    </message>
    <message>
        <source>campaign targets not met</source>
        <translation>chưa đạt chỉ tiêu thi đua</translation>
    </message>
    <message>
        <source>too few initiatives</source>
        <translation>ít sáng kiến</translation>
    </message>
    <message>
        <source>no members</source>
        <translation>chưa có đoàn viên</translation>
    </message>
    <message>
        <source>Not shortlisted: {why}</source>
        <translation>Chưa đạt: {why}</translation>
    </message>
    <message>
        <source>Year </source>
        <translation>Năm </translation>
    </message>
    <message>
        <source>Commendations</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Đợt xét:</translation>
    </message>
    <message>
        <source>Open a round, or import the one sent from above.</source>
        <translation>Hãy mở đợt xét, hoặc nhập gói cấu hình có đợt xét cấp trên gửi xuống.</translation>
    </message>
    <message>
        <source>This unit: {count} nominated of a quota of {quota}</source>
        <translation>Đơn vị mình: đề nghị {count} / chỉ tiêu {quota}</translation>
    </message>
    <message>
        <source>Round of {unit}; nominations are sent with the next data packet.</source>
        <translation>Đợt xét của {unit}; đề nghị được gửi lên cùng gói dữ liệu kế tiếp.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Đợt xét</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Considers</source>
        <translation>Đối tượng xét</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>Đơn vị mở</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn gửi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Paths of the rule</source>
        <translation>Các cách đạt tiêu chuẩn</translation>
    </message>
    <message>
        <source>individuals</source>
        <translation>cá nhân</translation>
    </message>
    <message>
        <source>collectives</source>
        <translation>tập thể</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>Mở đợt xét &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>C&amp;lose round</source>
        <translation>&amp;Kết thúc đợt xét</translation>
    </message>
    <message>
        <source>A round opened here goes down to the units below with their next configuration packet; a round from above arrives the same way.</source>
        <translation>Đợt xét mở tại đây được gửi xuống đơn vị trực thuộc cùng gói cấu hình kế tiếp; đợt xét của cấp trên cũng đến theo cách đó.</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Đợt xét</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>đã duyệt</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>đã nộp</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>đang soạn</translation>
    </message>
    <message>
        <source>none</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>{p}% pledged</source>
        <translation>{p}% đăng ký</translation>
    </message>
    <message>
        <source>{p}%</source>
        <translation>{p}%</translation>
    </message>
    <message>
        <source>{n} on time</source>
        <translation>{n} tháng đúng hạn</translation>
    </message>
    <message>
        <source>Name / collective</source>
        <translation>Họ và tên / Tập thể</translation>
    </message>
    <message>
        <source>By the rule</source>
        <translation>Theo tiêu chuẩn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Year mean</source>
        <translation>Bình quân năm</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Số tháng</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Targets met</source>
        <translation>Chỉ tiêu đạt</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Activities (volunteer)</source>
        <translation>Hoạt động (tình nguyện)</translation>
    </message>
    <message>
        <source>Prizes</source>
        <translation>Giải thưởng</translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation>Đã đề nghị</translation>
    </message>
    <message>
        <source>&amp;Nominate selected</source>
        <translation>Đề &amp;nghị người đã chọn</translation>
    </message>
    <message>
        <source>Shortlisted first: those meeting any path of the round&apos;s rule. Grey rows do not meet it; inactive or vetoed members cannot be nominated.</source>
        <translation>Xếp trước là những người đạt một trong các cách của tiêu chuẩn đợt xét. Dòng màu xám là chưa đạt; đoàn viên không còn sinh hoạt hoặc có tháng vi phạm thì không đề nghị được.</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>Danh sách xét chọn</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Đơn vị đề nghị</translation>
    </message>
    <message>
        <source>Position and unit</source>
        <translation>Chức vụ, đơn vị</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt thành tích</translation>
    </message>
    <message>
        <source>&amp;Edit, votes…</source>
        <translation>&amp;Sửa, nhập phiếu…</translation>
    </message>
    <message>
        <source>&amp;Send up</source>
        <translation>&amp;Gửi lên</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Duyệt</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>&amp;Trả lại…</translation>
    </message>
    <message>
        <source>N&amp;ot commended…</source>
        <translation>&amp;Không khen thưởng…</translation>
    </message>
    <message>
        <source>Nomination list</source>
        <translation>Danh sách đề nghị</translation>
    </message>
    <message>
        <source>Proposal letter</source>
        <translation>Tờ trình</translation>
    </message>
    <message>
        <source>Meeting minutes</source>
        <translation>Biên bản họp xét</translation>
    </message>
    <message>
        <source>Nominations</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <source>Quota use: {count} units have proposed {used} of {quota}.</source>
        <translation>Sử dụng chỉ tiêu: {count} đơn vị đã đề nghị {used} trên tổng chỉ tiêu {quota}.</translation>
    </message>
    <message>
        <source>Over their quota: {units}.</source>
        <translation>Vượt chỉ tiêu: {units}.</translation>
    </message>
    <message>
        <source>Print table</source>
        <translation>In bảng</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Collectives</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Annulled because</source>
        <translation>Lý do hủy</translation>
    </message>
    <message>
        <source>New decision from the &amp;approved…</source>
        <translation>Lập quyết định từ các đề nghị đã &amp;duyệt…</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Ban hành</translation>
    </message>
    <message>
        <source>A&amp;nnul…</source>
        <translation>H&amp;ủy quyết định…</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>&amp;Xóa dự thảo</translation>
    </message>
    <message>
        <source>The decision with its annex</source>
        <translation>Quyết định và danh sách kèm theo</translation>
    </message>
    <message>
        <source>Issuing gives every recipient the next register number (no gaps) and a verification code. An issued decision is never deleted: annul it, with a reason.</source>
        <translation>Khi ban hành, mỗi người được khen nhận số vào sổ kế tiếp (không bỏ số) và mã xác thực. Quyết định đã ban hành không bao giờ bị xóa: nếu cần, hãy hủy và ghi lý do.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Register no.</source>
        <translation>Số vào sổ</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Awarded by</source>
        <translation>Cấp khen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Find a member or unit: their awards across every year</source>
        <translation>Tìm đoàn viên hoặc đơn vị: các lần được khen qua mọi năm</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Mọi năm</translation>
    </message>
    <message>
        <source>The chosen year</source>
        <translation>Năm đang chọn</translation>
    </message>
    <message>
        <source>Add an award from another &amp;level…</source>
        <translation>Thêm khen thưởng của cấp &amp;khác…</translation>
    </message>
    <message>
        <source>E&amp;xport .xlsx…</source>
        <translation>&amp;Xuất .xlsx…</translation>
    </message>
    <message>
        <source>The register</source>
        <translation>Sổ khen thưởng</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Sổ khen thưởng</translation>
    </message>
    <message>
        <source>Blank paper (full design)</source>
        <translation>Giấy trắng (in toàn bộ mẫu)</translation>
    </message>
    <message>
        <source>Pre-printed stock (only the variable fields)</source>
        <translation>Phôi in sẵn (chỉ in các trường thay đổi)</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Xem trước và in…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lưu thành PDF…</translation>
    </message>
    <message>
        <source>&amp;Reprint the selected…</source>
        <translation>In &amp;lại giấy khen đã chọn…</translation>
    </message>
    <message>
        <source>&amp;Calibration page…</source>
        <translation>Trang &amp;căn chỉnh…</translation>
    </message>
    <message>
        <source>Edit &amp;template…</source>
        <translation>Sửa &amp;mẫu…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Lúc</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người in</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Cách in</translation>
    </message>
    <message>
        <source>Register numbers</source>
        <translation>Số vào sổ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>blank paper</source>
        <translation>giấy trắng</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>phôi</translation>
    </message>
    <message>
        <source>Code on a certificate (ABCDE-FGHJK), or the text of its QR code</source>
        <translation>Mã trên giấy khen (ABCDE-FGHJK), hoặc nội dung mã QR</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Xác thực</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Quyết định:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Mẫu:</translation>
    </message>
    <message>
        <source>Print log</source>
        <translation>Nhật ký in</translation>
    </message>
    <message>
        <source>Verify a certificate:</source>
        <translation>Xác thực giấy khen:</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Giấy khen</translation>
    </message>
    <message>
        <source>Commendations of the “3 trách nhiệm” movement {year}</source>
        <translation>Khen thưởng thực hiện phong trào “3 trách nhiệm” năm {year}</translation>
    </message>
    <message>
        <source>Close the round “{name}”? It takes no more nominations.</source>
        <translation>Kết thúc đợt xét “{name}”? Đợt xét sẽ không nhận thêm đề nghị.</translation>
    </message>
    <message>
        <source>The unit now has {count} nominations, over its quota of {quota}. Each needs a note saying why before it is sent.</source>
        <translation>Đơn vị đang có {count} đề nghị, vượt chỉ tiêu {quota}. Mỗi đề nghị cần ghi giải trình trước khi gửi.</translation>
    </message>
    <message>
        <source>{count} nominations are marked sent; they go up with the next data packet (Data exchange).</source>
        <translation>Đã đánh dấu gửi {count} đề nghị; đề nghị sẽ đi lên cùng gói dữ liệu kế tiếp (Trao đổi dữ liệu).</translation>
    </message>
    <message>
        <source>Delete the nomination of {name}?</source>
        <translation>Xóa đề nghị khen thưởng của {name}?</translation>
    </message>
    <message>
        <source>The reason travels down to the unit that proposed it:</source>
        <translation>Lý do được gửi xuống đơn vị đã đề nghị:</translation>
    </message>
    <message>
        <source>Return nominations</source>
        <translation>Trả lại đề nghị</translation>
    </message>
    <message>
        <source>Issue decision {number} with {count} recipients? Register numbers are assigned and it can no longer be changed or deleted.</source>
        <translation>Ban hành Quyết định {number} khen thưởng {count} trường hợp? Số vào sổ sẽ được cấp và quyết định không sửa, không xóa được nữa.</translation>
    </message>
    <message>
        <source>Annul decision {number}</source>
        <translation>Hủy Quyết định {number}</translation>
    </message>
    <message>
        <source>Why is it annulled? The reason is kept in the log.</source>
        <translation>Lý do hủy quyết định (được lưu vào nhật ký):</translation>
    </message>
    <message>
        <source>Delete the draft decision {number}?</source>
        <translation>Xóa dự thảo Quyết định {number}?</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Xuất sổ khen thưởng</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Đã lưu vào {path}.</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>Năm {year}</translation>
    </message>
    <message>
        <source>List of commendation rounds</source>
        <translation>Danh sách các đợt xét khen thưởng</translation>
    </message>
    <message>
        <source>Shortlist for commendation</source>
        <translation>Danh sách xét chọn khen thưởng</translation>
    </message>
    <message>
        <source>Nominations and their review</source>
        <translation>Danh sách đề nghị khen thưởng và kết quả xét</translation>
    </message>
    <message>
        <source>List of commendation decisions</source>
        <translation>Danh sách quyết định khen thưởng</translation>
    </message>
    <message>
        <source>Commendations awarded</source>
        <translation>Danh sách được khen thưởng</translation>
    </message>
    <message>
        <source>Making the certificates…</source>
        <translation>Đang tạo giấy khen…</translation>
    </message>
    <message>
        <source>Certificates — decision {number}</source>
        <translation>Giấy khen — quyết định {number}</translation>
    </message>
    <message>
        <source>Save the certificates as PDF</source>
        <translation>Lưu giấy khen thành PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Calibration page</source>
        <translation>Trang căn chỉnh</translation>
    </message>
    <message>
        <source>GENUINE — {name}, decision {number} of {date}, register no. {register} ({issuer}).</source>
        <translation>HỢP LỆ — {name}, Quyết định {number} ngày {date}, số vào sổ {register} ({issuer}).</translation>
    </message>
    <message>
        <source>ANNULLED — {name}: decision {number} was annulled.</source>
        <translation>ĐÃ HỦY — {name}: Quyết định {number} đã bị hủy.</translation>
    </message>
    <message>
        <source>NOT GENUINE — the code belongs to {name} (register no. {register}), but the certificate says otherwise: it may have been altered.</source>
        <translation>KHÔNG HỢP LỆ — mã này thuộc về {name} (số vào sổ {register}) nhưng nội dung trên giấy khác: giấy khen có thể đã bị sửa.</translation>
    </message>
    <message>
        <source>UNKNOWN — no register this data file holds has the code {code}. Ask the issuing level, or merge its register first.</source>
        <translation>KHÔNG XÁC THỰC ĐƯỢC — mã {code} không có trong sổ khen thưởng nào tệp dữ liệu này đang giữ. Hãy hỏi cấp khen, hoặc nhận gói có sổ khen thưởng của cấp đó trước.</translation>
    </message>
</context>
<context>
    <name>CommitmentList</name>
    <message>
        <source>Type a commitment of your own, then Enter</source>
        <translation>Gõ nội dung đăng ký khác rồi nhấn Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Typed freely; double-click to correct it.</source>
        <translation>Nội dung tự nhập; nhấp đúp để sửa.</translation>
    </message>
</context>
<context>
    <name>CompletenessTableModel</name>
    <message>
        <source>Six-month
report</source>
        <translation>Báo cáo
sơ kết 6T</translation>
    </message>
    <message>
        <source>Year
report</source>
        <translation>Báo cáo
tổng kết</translation>
    </message>
    <message>
        <source>The report asked of the units below, due {date}</source>
        <translation>Báo cáo các đơn vị trực thuộc phải gửi, hạn {date}</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Latest packet</source>
        <translation>Gói mới nhất</translation>
    </message>
    <message>
        <source>M{month}</source>
        <translation>T{month}</translation>
    </message>
    <message>
        <source>Month {month}: due {date}; received {received} of {expected}</source>
        <translation>Tháng {month}: hạn nộp {date}; đã nhận {received}/{expected} đơn vị</translation>
    </message>
    <message>
        <source>No. {seq} (M{month})</source>
        <translation>Số {seq} (T{month})</translation>
    </message>
    <message>
        <source>Report {number} issued on {date}; due {due}</source>
        <translation>Báo cáo số {number} ban hành ngày {date}; hạn {due}</translation>
    </message>
    <message>
        <source>No report received; due {due}</source>
        <translation>Chưa nhận được báo cáo; hạn {due}</translation>
    </message>
    <message>
        <source>Sent on {sent}; due {due}</source>
        <translation>Xuất gói ngày {sent}; hạn nộp {due}</translation>
    </message>
    <message>
        <source>Not received; it was due {due}</source>
        <translation>Chưa nhận; hạn nộp là {due}</translation>
    </message>
    <message>
        <source>Not due yet: due {due}</source>
        <translation>Chưa đến hạn: hạn nộp {due}</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
</context>
<context>
    <name>ConfigExportDialog</name>
    <message>
        <source>Export configuration for a unit</source>
        <translation>Xuất gói cấu hình cho đơn vị</translation>
    </message>
    <message>
        <source>The configuration packet carries the unit&apos;s place in the tree, the year&apos;s criteria set, your campaigns with their targets and the reporting deadlines. The unit imports it; its criteria set then cannot be changed there.</source>
        <translation>Gói cấu hình gồm vị trí của đơn vị trong cây đơn vị, bộ tiêu chí của năm, các đợt thi đua cùng chỉ tiêu và hạn nộp gói dữ liệu. Đơn vị nhận nhập gói này; sau đó bộ tiêu chí không sửa được ở đơn vị.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Lưu…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Movement year</source>
        <translation>Năm phong trào</translation>
    </message>
    <message>
        <source>Save configuration packet</source>
        <translation>Lưu gói cấu hình</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the configuration packet…</source>
        <translation>Đang ghi gói cấu hình…</translation>
    </message>
</context>
<context>
    <name>Consolidation</name>
    <message>
        <source>Excellent</source>
        <translation>Xuất sắc</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Tốt</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <source>The unit with every unit below it</source>
        <translation>Đơn vị cùng mọi đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>The unit&apos;s level</source>
        <translation>Cấp của đơn vị</translation>
    </message>
    <message>
        <source>Members in the unit at the end of the period</source>
        <translation>Đoàn viên của đơn vị tại thời điểm cuối kỳ</translation>
    </message>
    <message>
        <source>Pledged
(%)</source>
        <translation>Đã đăng ký
(%)</translation>
    </message>
    <message>
        <source>Members whose pledge is submitted or approved</source>
        <translation>Đoàn viên đã nộp hoặc đã được duyệt đăng ký</translation>
    </message>
    <message>
        <source>Assessed
(member-months)</source>
        <translation>Lượt
đánh giá</translation>
    </message>
    <message>
        <source>Member-months with a total, of the member-months expected in the period</source>
        <translation>Số lượt đoàn viên – tháng đã có điểm, trên số lượt phải đánh giá trong kỳ</translation>
    </message>
    <message>
        <source>Member-months rated {band}</source>
        <translation>Số lượt xếp loại {band}</translation>
    </message>
    <message>
        <source>Mean
score</source>
        <translation>Điểm
BQ</translation>
    </message>
    <message>
        <source>Mean total of the assessed member-months</source>
        <translation>Điểm bình quân của các lượt đã đánh giá</translation>
    </message>
    <message>
        <source>Initiatives of the year registered by the period&apos;s end</source>
        <translation>Sáng kiến của năm đăng ký đến hết kỳ</translation>
    </message>
    <message>
        <source>Activities held in the period</source>
        <translation>Số hoạt động tổ chức trong kỳ</translation>
    </message>
    <message>
        <source>Taking
part</source>
        <translation>Lượt
tham gia</translation>
    </message>
    <message>
        <source>Members taking part in the period&apos;s activities</source>
        <translation>Lượt đoàn viên tham gia hoạt động trong kỳ</translation>
    </message>
    <message>
        <source>Campaign
targets</source>
        <translation>Chỉ tiêu
thi đua</translation>
    </message>
    <message>
        <source>Campaign achievement: the mean of the unit&apos;s campaigns, each target summed over the units below</source>
        <translation>Kết quả thi đua: bình quân các đợt thi đua của đơn vị, mỗi chỉ tiêu cộng kết quả của các đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>Packets
on time</source>
        <translation>Gói
đúng hạn</translation>
    </message>
    <message>
        <source>Monthly packets sent on time, of the months whose deadline has passed</source>
        <translation>Số tháng gửi gói đúng hạn, trên số tháng đã đến hạn</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Điểm BQ</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Citizens helped</source>
        <translation>Người dân được hỗ trợ</translation>
    </message>
    <message>
        <source>Packets received</source>
        <translation>Đơn vị đã gửi gói</translation>
    </message>
    <message>
        <source>Month {month}</source>
        <translation>Tháng {month}</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Months assessed</source>
        <translation>Tháng đã đánh giá</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Participations</source>
        <translation>Lượt tham gia</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <source>none</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>nháp</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>đã nộp</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>đã duyệt</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>M{month}</source>
        <translation>T{month}</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Cả năm</translation>
    </message>
    <message>
        <source>First six months</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <source>Quarter {q}</source>
        <translation>Quý {q}</translation>
    </message>
    <message>
        <source>Pledged (%)</source>
        <translation>Đã đăng ký (%)</translation>
    </message>
    <message>
        <source>Assessed (%)</source>
        <translation>Tỷ lệ đánh giá (%)</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Điểm bình quân</translation>
    </message>
    <message>
        <source>Rated excellent (%)</source>
        <translation>Xếp loại Xuất sắc (%)</translation>
    </message>
    <message>
        <source>Initiatives per member</source>
        <translation>Sáng kiến trên mỗi đoàn viên</translation>
    </message>
    <message>
        <source>Campaign achievement (%)</source>
        <translation>Kết quả thi đua (%)</translation>
    </message>
    <message>
        <source>Packets on time (%)</source>
        <translation>Gói đúng hạn (%)</translation>
    </message>
</context>
<context>
    <name>ConsolidationColumns</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đoàn
viên</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Sáng
kiến</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Hoạt
động</translation>
    </message>
</context>
<context>
    <name>ConsolidationPage</name>
    <message>
        <source>Consolidation</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Mọi cấp</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Read the figures again (F5)</source>
        <translation>Đọc lại số liệu (F5)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Open unit…</source>
        <translation>Mở đơn vị…</translation>
    </message>
    <message>
        <source>The unit&apos;s members and their months (Enter)</source>
        <translation>Đoàn viên của đơn vị và kết quả từng tháng (Enter)</translation>
    </message>
    <message>
        <source>No unit below yet. Units appear here once they are added (File → Units) or arrive with a packet.</source>
        <translation>Chưa có đơn vị trực thuộc. Đơn vị hiện ở đây khi được thêm (Tệp → Đơn vị) hoặc đến cùng gói dữ liệu.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Click a column to sort; double-click a unit to open it. Read-only.</source>
        <translation>Bấm tiêu đề cột để sắp xếp; nhấp đúp một đơn vị để mở. Chỉ xem.</translation>
    </message>
    <message>
        <source>Ratings by month</source>
        <translation>Xếp loại theo tháng</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Lưu biểu đồ thành ảnh PNG…</translation>
    </message>
    <message>
        <source>Branches (units with none below)</source>
        <translation>Chi đoàn (đơn vị không có đơn vị trực thuộc)</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation>Xếp hạng theo</translation>
    </message>
    <message>
        <source>Among</source>
        <translation>Trong số</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Whole-year figures of the unit with every unit below it, newest first.</source>
        <translation>Số liệu cả năm của đơn vị cùng các đơn vị trực thuộc, năm gần nhất trước.</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>Theo đơn vị</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Theo tháng</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Qua các năm</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Đang đọc số liệu…</translation>
    </message>
    <message>
        <source>M{month}</source>
        <translation>T{month}</translation>
    </message>
    <message>
        <source>Ratings by month, {year}</source>
        <translation>Xếp loại theo tháng, năm {year}</translation>
    </message>
    <message>
        <source>{figure}: the first {n}</source>
        <translation>{figure}: {n} đơn vị đứng đầu</translation>
    </message>
</context>
<context>
    <name>CriteriaDialog</name>
    <message>
        <source>Criteria of {year}</source>
        <translation>Bộ tiêu chí năm {year}</translation>
    </message>
    <message>
        <source>the default set</source>
        <translation>bộ tiêu chí mặc định</translation>
    </message>
    <message>
        <source>edited by this unit</source>
        <translation>do đơn vị tự điều chỉnh</translation>
    </message>
    <message>
        <source>sent by the level above ({unit})</source>
        <translation>do cấp trên ban hành ({unit})</translation>
    </message>
    <message>
        <source>Source: {source}. You can change it until the first score of {year} is saved.</source>
        <translation>Nguồn: {source}. Có thể sửa cho đến khi lưu điểm đầu tiên của năm {year}.</translation>
    </message>
    <message>
        <source>Source: {source}. Read-only: {reason}</source>
        <translation>Nguồn: {source}. Chỉ xem: {reason}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Trách nhiệm</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Thêm tiêu chí</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Xóa tiêu chí</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>From (points)</source>
        <translation>Từ (điểm)</translation>
    </message>
    <message>
        <source>A veto rates the month at the lowest band</source>
        <translation>Vi phạm thì tháng đó xếp loại thấp nhất</translation>
    </message>
    <message>
        <source>Monthly scoring</source>
        <translation>Chấm điểm hằng tháng</translation>
    </message>
    <message>
        <source>Bonus at most</source>
        <translation>Điểm cộng tối đa</translation>
    </message>
    <message>
        <source>Total at most</source>
        <translation>Tổng điểm tối đa</translation>
    </message>
    <message>
        <source>Activity hint on criterion</source>
        <translation>Gợi ý theo hoạt động cho tiêu chí</translation>
    </message>
    <message>
        <source>Yearly rating and title</source>
        <translation>Xếp loại năm và danh hiệu</translation>
    </message>
    <message>
        <source>Assessed months for a yearly rating</source>
        <translation>Số tháng đã chấm để xếp loại năm</translation>
    </message>
    <message>
        <source>Title: yearly mean at least</source>
        <translation>Danh hiệu: bình quân năm từ</translation>
    </message>
    <message>
        <source>Title: no month below</source>
        <translation>Danh hiệu: không tháng nào dưới</translation>
    </message>
    <message>
        <source>Title: initiatives applied or recognised</source>
        <translation>Danh hiệu: số sáng kiến được áp dụng/công nhận</translation>
    </message>
    <message>
        <source>Title: at most this share of the unit</source>
        <translation>Danh hiệu: tối đa tỉ lệ đoàn viên của đơn vị</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Pillars (responsibilities)</source>
        <translation>Các trách nhiệm</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>the data file is open read-only.</source>
        <translation>tệp dữ liệu đang mở ở chế độ chỉ xem.</translation>
    </message>
    <message>
        <source>Criteria total: {total} points</source>
        <translation>Tổng điểm các tiêu chí: {total} điểm</translation>
    </message>
</context>
<context>
    <name>DeadlinesDialog</name>
    <message>
        <source>Deadlines {year}</source>
        <translation>Hạn nộp gói năm {year}</translation>
    </message>
    <message>
        <source>The day each month&apos;s data packet is due from the units below. A packet exported on or before its day counts as on time.</source>
        <translation>Ngày các đơn vị trực thuộc phải nộp gói dữ liệu của từng tháng. Gói xuất vào hoặc trước ngày này được tính là nộp đúng hạn.</translation>
    </message>
    <message>
        <source>These deadlines came from the level above in its configuration packet. Change them only for your own units below.</source>
        <translation>Hạn nộp này do cấp trên gửi trong gói cấu hình. Chỉ sửa khi cần áp dụng riêng cho các đơn vị trực thuộc mình.</translation>
    </message>
    <message>
        <source>Set every month</source>
        <translation>Áp dụng cho mọi tháng</translation>
    </message>
    <message>
        <source>Due on day</source>
        <translation>Hạn nộp vào ngày</translation>
    </message>
    <message>
        <source>of the following month</source>
        <translation>của tháng sau</translation>
    </message>
    <message>
        <source>Month {month}</source>
        <translation>Tháng {month}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Type the deadline of month {month}.</source>
        <translation>Hãy nhập hạn nộp của tháng {month}.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Commendation decision</source>
        <translation>Quyết định khen thưởng</translation>
    </message>
    <message>
        <source>not numbered yet</source>
        <translation>chưa có số</translation>
    </message>
    <message>
        <source>Optional article on the reward</source>
        <translation>Điều về tiền thưởng (nếu có)</translation>
    </message>
    <message>
        <source>Name / collective</source>
        <translation>Họ và tên / Tập thể</translation>
    </message>
    <message>
        <source>Position and unit</source>
        <translation>Chức vụ, đơn vị</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Thành tích</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Chức danh người ký</translation>
    </message>
    <message>
        <source>Subject (trích yếu)</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Tiền thưởng</translation>
    </message>
    <message>
        <source>Recipients (Nơi nhận)</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Annex, in this order:</source>
        <translation>Danh sách kèm theo, theo thứ tự:</translation>
    </message>
</context>
<context>
    <name>EditedRowsModel</name>
    <message>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Added after export</source>
        <translation>Thêm vào sau khi xuất</translation>
    </message>
    <message>
        <source>Changed after export</source>
        <translation>Bị sửa sau khi xuất</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Data exchange</source>
        <translation>Trao đổi dữ liệu</translation>
    </message>
    <message>
        <source>Send to the level above</source>
        <translation>Gửi cấp trên</translation>
    </message>
    <message>
        <source>Receive packets</source>
        <translation>Nhận gói</translation>
    </message>
    <message>
        <source>Packets received</source>
        <translation>Tình hình nộp gói</translation>
    </message>
    <message>
        <source>Data packet for the level above</source>
        <translation>Gói dữ liệu gửi cấp trên</translation>
    </message>
    <message>
        <source>Export data packet…</source>
        <translation>Xuất gói dữ liệu…</translation>
    </message>
    <message>
        <source>Choose the month and save the packet (Ctrl+E)</source>
        <translation>Chọn tháng và lưu gói dữ liệu (Ctrl+E)</translation>
    </message>
    <message>
        <source>Each month, export your unit&apos;s data up to that month into one Excel file and send it to {parent} by email or on a USB stick. Every export gets the next number; the level above always keeps the newest.</source>
        <translation>Hằng tháng, xuất số liệu của đơn vị đến hết tháng đó thành một tệp Excel rồi gửi {parent} qua thư điện tử hoặc USB. Mỗi lần xuất có số thứ tự tiếp theo; cấp trên luôn giữ gói mới nhất.</translation>
    </message>
    <message>
        <source>the level above</source>
        <translation>cấp trên</translation>
    </message>
    <message>
        <source>Configuration for the units below</source>
        <translation>Cấu hình cho đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>Export configuration for a unit…</source>
        <translation>Xuất gói cấu hình cho đơn vị…</translation>
    </message>
    <message>
        <source>Send a unit below the criteria set, your campaigns with their targets and the reporting deadlines of a year, so that every unit scores the same way.</source>
        <translation>Gửi cho đơn vị trực thuộc bộ tiêu chí, các đợt thi đua cùng chỉ tiêu và hạn nộp gói của một năm, để mọi đơn vị chấm điểm như nhau.</translation>
    </message>
    <message>
        <source>Configuration from the level above</source>
        <translation>Cấu hình từ cấp trên</translation>
    </message>
    <message>
        <source>Import configuration…</source>
        <translation>Nhập gói cấu hình…</translation>
    </message>
    <message>
        <source>When the level above sends you a configuration file, import it here: its criteria set, campaigns and deadlines are taken over, and the criteria set can then no longer be changed in this data file.</source>
        <translation>Khi cấp trên gửi tệp cấu hình, hãy nhập tại đây: bộ tiêu chí, các đợt thi đua và hạn nộp được áp dụng theo cấp trên, và bộ tiêu chí không còn sửa được trong tệp dữ liệu này.</translation>
    </message>
    <message>
        <source>Packets sent from this data file</source>
        <translation>Các gói đã gửi từ tệp dữ liệu này</translation>
    </message>
    <message>
        <source>Nothing sent yet. Each month, “Export data packet…” writes the packet; it is listed here with its number, so you can tell the level above what you sent.</source>
        <translation>Chưa gửi gói nào. Hằng tháng, “Xuất gói dữ liệu…” tạo gói; gói được ghi lại ở đây cùng số thứ tự, để bạn báo được với cấp trên mình đã gửi gì.</translation>
    </message>
    <message>
        <source>This data file is open read-only: nothing can be sent or received.</source>
        <translation>Tệp dữ liệu đang mở ở chế độ chỉ đọc: không gửi hay nhận gói được.</translation>
    </message>
    <message>
        <source>Drag the packet files (.xlsx) or a whole folder of them onto this page, or choose them:</source>
        <translation>Kéo các tệp gói dữ liệu (.xlsx) hoặc cả thư mục chứa chúng thả vào trang này, hoặc chọn:</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Choose packet files (Ctrl+I)</source>
        <translation>Chọn tệp gói dữ liệu (Ctrl+I)</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Chọn thư mục…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Chi tiết…</translation>
    </message>
    <message>
        <source>Add this unit to the tree</source>
        <translation>Thêm đơn vị này vào cây</translation>
    </message>
    <message>
        <source>The packet comes from a unit your data file does not know yet</source>
        <translation>Gói đến từ một đơn vị chưa có trong tệp dữ liệu của mình</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa danh sách</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Deadlines…</source>
        <translation>Hạn nộp…</translation>
    </message>
    <message>
        <source>✓ on time</source>
        <translation>✓ đúng hạn</translation>
    </message>
    <message>
        <source>The first packet covering the month was exported by its deadline</source>
        <translation>Gói đầu tiên có số liệu của tháng được xuất trong hạn</translation>
    </message>
    <message>
        <source>Received, but exported after the deadline</source>
        <translation>Đã nhận, nhưng gói được xuất sau hạn nộp</translation>
    </message>
    <message>
        <source>The deadline has passed and nothing covering the month has arrived</source>
        <translation>Đã quá hạn nộp mà chưa nhận được gói nào có số liệu của tháng</translation>
    </message>
    <message>
        <source>· not due yet</source>
        <translation>· chưa đến hạn</translation>
    </message>
    <message>
        <source>The deadline is still ahead</source>
        <translation>Chưa đến hạn nộp</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>No unit below yours yet. Add the units below in File → Units…, or drop their packets on the Receive tab and add them from there.</source>
        <translation>Chưa có đơn vị trực thuộc nào. Hãy thêm đơn vị ở Tệp → Đơn vị…, hoặc thả gói của đơn vị vào thẻ Nhận gói rồi thêm đơn vị từ đó.</translation>
    </message>
    <message>
        <source>No packet received yet. Packets imported on “Receive packets” are listed here.</source>
        <translation>Chưa nhận gói nào. Các gói nhập ở thẻ “Nhận gói” sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>Import log (most recent first)</source>
        <translation>Sổ nhận gói (mới nhất trước)</translation>
    </message>
    <message>
        <source>Saved packet number {seq} (data up to {month:02d}/{year}) as {path}.</source>
        <translation>Đã lưu gói số {seq} (số liệu đến hết tháng {month:02d}/{year}) vào {path}.</translation>
    </message>
    <message>
        <source>The packet is saved as {path}. Open its folder so you can attach it to an email?</source>
        <translation>Đã lưu gói vào {path}. Mở thư mục chứa tệp để đính kèm vào thư điện tử?</translation>
    </message>
    <message>
        <source>The configuration packet for {unit} is saved as {path}. Open its folder so you can send it?</source>
        <translation>Đã lưu gói cấu hình cho {unit} vào {path}. Mở thư mục chứa tệp để gửi đi?</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Import configuration packet</source>
        <translation>Nhập gói cấu hình</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading the configuration packet…</source>
        <translation>Đang đọc gói cấu hình…</translation>
    </message>
    <message>
        <source>Configuration of {year} from {upper}, for {unit}.</source>
        <translation>Cấu hình năm {year} do {upper} gửi cho {unit}.</translation>
    </message>
    <message>
        <source>The criteria set of {year} will be replaced by the one from above and can no longer be changed here.</source>
        <translation>Bộ tiêu chí năm {year} sẽ được thay bằng bộ tiêu chí của cấp trên và không sửa được ở đây nữa.</translation>
    </message>
    <message>
        <source>The criteria set stays as it is.</source>
        <translation>Bộ tiêu chí giữ nguyên.</translation>
    </message>
    <message>
        <source>Your unit&apos;s details will be updated from the tree entry it carries.</source>
        <translation>Thông tin đơn vị mình sẽ được cập nhật theo cây đơn vị trong gói.</translation>
    </message>
    <message>
        <source>Campaigns from above: {created} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>Đợt thi đua từ cấp trên: {created} mới, {updated} cập nhật, {unchanged} giữ nguyên.</translation>
    </message>
    <message>
        <source>Deadlines: {deadlines}.</source>
        <translation>Hạn nộp: {deadlines}.</translation>
    </message>
    <message>
        <source>This configuration packet was already imported on {date}.</source>
        <translation>Gói cấu hình này đã được nhập ngày {date}.</translation>
    </message>
    <message>
        <source>Import this configuration?</source>
        <translation>Nhập cấu hình này?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Importing the configuration…</source>
        <translation>Đang nhập cấu hình…</translation>
    </message>
    <message>
        <source>The configuration of {year} from {upper} is imported.</source>
        <translation>Đã nhập cấu hình năm {year} của {upper}.</translation>
    </message>
    <message>
        <source>Criteria set of {year}: “{name}”, sent by {upper}; read-only in this data file.</source>
        <translation>Bộ tiêu chí năm {year}: “{name}”, do {upper} gửi; chỉ xem, không sửa được trong tệp dữ liệu này.</translation>
    </message>
    <message>
        <source>Criteria set of {year}: “{name}”, set in this data file.</source>
        <translation>Bộ tiêu chí năm {year}: “{name}”, thiết lập trong tệp dữ liệu này.</translation>
    </message>
    <message>
        <source>Choose packet files</source>
        <translation>Chọn tệp gói dữ liệu</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Tệp Excel (*.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Choose the folder of packets</source>
        <translation>Chọn thư mục chứa các gói</translation>
    </message>
    <message>
        <source>Reading the packets…</source>
        <translation>Đang đọc các gói…</translation>
    </message>
    <message>
        <source>{files} files: {will} will import, {already} already imported, {stale} older than what you have, {edited} edited after export, {refused} refused.</source>
        <translation>{files} tệp: {will} sẽ nhập, {already} đã nhập trước đó, {stale} cũ hơn gói đã có, {edited} bị sửa sau khi xuất, {refused} bị từ chối.</translation>
    </message>
    <message>
        <source>Reading was stopped.</source>
        <translation>Đã dừng đọc.</translation>
    </message>
    <message>
        <source>Add the unit {name} ({code}) to the tree, below {parent}? Only do this if the unit really reports to you.</source>
        <translation>Thêm đơn vị {name} ({code}) vào cây, trực thuộc {parent}? Chỉ thêm khi đơn vị này đúng là trực thuộc mình.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Importing the packets…</source>
        <translation>Đang nhập các gói…</translation>
    </message>
    <message>
        <source>Imported {imported} of {files} files.</source>
        <translation>Đã nhập {imported}/{files} tệp.</translation>
    </message>
    <message>
        <source>The other {count} files changed nothing; open a line to see why.</source>
        <translation>{count} tệp còn lại không làm thay đổi gì; mở từng dòng để xem lý do.</translation>
    </message>
    <message>
        <source>The import was stopped before the last files.</source>
        <translation>Việc nhập đã dừng trước các tệp cuối.</translation>
    </message>
    <message>
        <source>Deadlines set by the level above</source>
        <translation>Hạn nộp do cấp trên quy định</translation>
    </message>
    <message>
        <source>Deadlines set in this data file</source>
        <translation>Hạn nộp đặt trong tệp dữ liệu này</translation>
    </message>
</context>
<context>
    <name>ExchangePreviewModel</name>
    <message>
        <source>{created} new · {updated} changed · {unchanged} same · {removed} removed</source>
        <translation>{created} mới · {updated} sửa · {unchanged} giữ nguyên · {removed} xóa</translation>
    </message>
    <message>
        <source>{kind}: {created} new, {updated} changed, {unchanged} same, {removed} removed</source>
        <translation>{kind}: {created} mới, {updated} sửa, {unchanged} giữ nguyên, {removed} xóa</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Confirm edits</source>
        <translation>Xác nhận sửa</translation>
    </message>
    <message>
        <source>The packet&apos;s sequence number: it grows with every export</source>
        <translation>Số thứ tự gói: tăng lên sau mỗi lần xuất</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export data packet</source>
        <translation>Xuất gói dữ liệu</translation>
    </message>
    <message>
        <source>The packet holds everything {unit} recorded for the movement year up to the chosen month. Send the saved file to the level above by email or on a USB stick.</source>
        <translation>Gói chứa toàn bộ số liệu {unit} đã ghi trong năm phong trào đến hết tháng được chọn. Hãy gửi tệp đã lưu cho cấp trên qua thư điện tử hoặc USB.</translation>
    </message>
    <message>
        <source>Month {month}</source>
        <translation>Tháng {month}</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Data up to</source>
        <translation>Số liệu đến hết</translation>
    </message>
    <message>
        <source>The packet contains</source>
        <translation>Nội dung gói</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Lưu…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message>
        <source>Counting the packet…</source>
        <translation>Đang đếm nội dung gói…</translation>
    </message>
    <message>
        <source>{unit}: data up to {month:02d}/{year}, packet number {seq}</source>
        <translation>{unit}: số liệu đến hết tháng {month:02d}/{year}, gói số {seq}</translation>
    </message>
    <message>
        <source>{name} ({code}): data up to {month:02d}, packet number {seq}</source>
        <translation>{name} ({code}): số liệu đến hết tháng {month:02d}, gói số {seq}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… và {count} đơn vị khác</translation>
    </message>
    <message>
        <source>The latest data of {count} units below rides along:</source>
        <translation>Kèm số liệu mới nhất của {count} đơn vị trực thuộc:</translation>
    </message>
    <message>
        <source>Save data packet</source>
        <translation>Lưu gói dữ liệu</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the packet…</source>
        <translation>Đang ghi gói dữ liệu…</translation>
    </message>
</context>
<context>
    <name>ExternalAwardDialog</name>
    <message>
        <source>Award from another level</source>
        <translation>Khen thưởng của cấp khác</translation>
    </message>
    <message>
        <source>— this unit (a collective award) —</source>
        <translation>— đơn vị mình (khen tập thể) —</translation>
    </message>
    <message>
        <source>The unit&apos;s name, for a collective award</source>
        <translation>Tên đơn vị, khi khen tập thể</translation>
    </message>
    <message>
        <source>e.g. Tỉnh đoàn Quảng Ngãi</source>
        <translation>ví dụ: Tỉnh đoàn Quảng Ngãi</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <source>Collective&apos;s name</source>
        <translation>Tên tập thể</translation>
    </message>
    <message>
        <source>Awarded by</source>
        <translation>Cấp khen</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Số vào sổ</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Thành tích</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Ba Trách Nhiệm — getting started</source>
        <translation>Ba Trách Nhiệm — bắt đầu</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Tiếp &gt;</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Quay lại</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Save the changes to “{title}”?</source>
        <translation>Lưu các thay đổi trong “{title}”?</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Guide — Ba Trách Nhiệm</source>
        <translation>Hướng dẫn — Ba Trách Nhiệm</translation>
    </message>
</context>
<context>
    <name>ImportLogModel</name>
    <message>
        <source>Configuration imported</source>
        <translation>Đã nhập gói cấu hình</translation>
    </message>
    <message>
        <source>Imported (edits confirmed)</source>
        <translation>Đã nhập (đã xác nhận phần sửa)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Đã nhập</translation>
    </message>
    <message>
        <source>Edited after export, not imported</source>
        <translation>Bị sửa sau khi xuất, chưa nhập</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Kept as {path}</source>
        <translation>Lưu bản sao tại {path}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Vấn đề</translation>
    </message>
</context>
<context>
    <name>InitiativeDialog</name>
    <message>
        <source>Edit initiative</source>
        <translation>Sửa sáng kiến</translation>
    </message>
    <message>
        <source>Register an initiative</source>
        <translation>Đăng ký sáng kiến</translation>
    </message>
    <message>
        <source>e.g. Online appointments for certification</source>
        <translation>ví dụ: Hẹn lịch chứng thực trực tuyến</translation>
    </message>
    <message>
        <source>Pick or type a field</source>
        <translation>Chọn hoặc gõ lĩnh vực</translation>
    </message>
    <message>
        <source>What was slow, costly or troublesome?</source>
        <translation>Việc gì đang chậm, tốn kém hoặc gây phiền hà?</translation>
    </message>
    <message>
        <source>What was changed, and how?</source>
        <translation>Đã thay đổi điều gì, và thay đổi thế nào?</translation>
    </message>
    <message>
        <source>e.g. days per dossier</source>
        <translation>ví dụ: ngày/hồ sơ</translation>
    </message>
    <message>
        <source>e.g. 3</source>
        <translation>ví dụ: 3</translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation>ví dụ: 1</translation>
    </message>
    <message>
        <source>e.g. 120</source>
        <translation>ví dụ: 120</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên sáng kiến</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Ngày đăng ký</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Problem, solution and effect</source>
        <translation>Vấn đề, giải pháp và hiệu quả</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Giải pháp</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>Dossiers affected</source>
        <translation>Số hồ sơ áp dụng</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Hiệu quả</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Time saved: &lt;b&gt;{amount} {unit}&lt;/b&gt;</source>
        <translation>Tiết kiệm: &lt;b&gt;{amount} {unit}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>InitiativeStateDialog</name>
    <message>
        <source>{title}: {state}</source>
        <translation>{title}: {state}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{current} → {target}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{current} → {target}</translation>
    </message>
    <message>
        <source>Recognising level</source>
        <translation>Cấp công nhận</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Từ ngày</translation>
    </message>
</context>
<context>
    <name>InitiativeTableModel</name>
    <message>
        <source>Registered</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <source>On trial</source>
        <translation>Áp dụng thử</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Đã áp dụng</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Được công nhận</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Không công nhận</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Trước → sau</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Số hồ sơ</translation>
    </message>
    <message>
        <source>Time saved</source>
        <translation>Tiết kiệm</translation>
    </message>
    <message>
        <source>Counted in the total once the initiative is applied.</source>
        <translation>Được cộng vào tổng khi sáng kiến đã áp dụng.</translation>
    </message>
    <message>
        <source>{level}, decision {number} of {date}</source>
        <translation>{level}, quyết định số {number} ngày {date}</translation>
    </message>
</context>
<context>
    <name>InitiativesPage</name>
    <message>
        <source>All states</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>No initiative this year. Register one with “Register initiative…”: its authors, the problem, the solution and what it saves.</source>
        <translation>Năm nay chưa có sáng kiến nào. Đăng ký bằng “Đăng ký sáng kiến…”: tác giả, vấn đề, giải pháp và hiệu quả tiết kiệm.</translation>
    </message>
    <message>
        <source>Register initiative…</source>
        <translation>Đăng ký sáng kiến…</translation>
    </message>
    <message>
        <source>Register a new initiative (Ctrl+N)</source>
        <translation>Đăng ký một sáng kiến mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>On trial…</source>
        <translation>Áp dụng thử…</translation>
    </message>
    <message>
        <source>Applied…</source>
        <translation>Đã áp dụng…</translation>
    </message>
    <message>
        <source>Recognised…</source>
        <translation>Được công nhận…</translation>
    </message>
    <message>
        <source>Rejected…</source>
        <translation>Không công nhận…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Mọi năm</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Mọi lĩnh vực</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Mọi tác giả</translation>
    </message>
    <message>
        <source>{n} initiatives</source>
        <translation>{n} sáng kiến</translation>
    </message>
    <message>
        <source>Time saved by the applied and recognised initiatives listed: {amounts}</source>
        <translation>Thời gian tiết kiệm nhờ các sáng kiến đã áp dụng, được công nhận đang hiển thị: {amounts}</translation>
    </message>
    <message>
        <source>No time saved measured yet among the initiatives listed.</source>
        <translation>Chưa có số liệu thời gian tiết kiệm trong các sáng kiến đang hiển thị.</translation>
    </message>
    <message>
        <source>Delete the initiative “{title}”?</source>
        <translation>Xóa sáng kiến “{title}”?</translation>
    </message>
</context>
<context>
    <name>IssuesModel</name>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Ô</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
</context>
<context>
    <name>KindCountsModel</name>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Giữ nguyên</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Older, skipped</source>
        <translation>Cũ hơn, bỏ qua</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Không nhập</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ba Trách Nhiệm</source>
        <translation>Ba Trách Nhiệm</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(chỉ xem)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Monthly assessment</source>
        <translation>Đánh giá tháng</translation>
    </message>
    <message>
        <source>Campaigns &amp; activities</source>
        <translation>Thi đua &amp; hoạt động</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>Trao đổi dữ liệu</translation>
    </message>
    <message>
        <source>Consolidation</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Commendations</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Not available in this version yet.</source>
        <translation>Chưa có trong phiên bản này.</translation>
    </message>
    <message>
        <source>Data file: {path}</source>
        <translation>Tệp dữ liệu: {path}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo data&lt;/b&gt;, made up for trying the app: a district and its branches. The branches&apos; packets are in &lt;i&gt;{packets}&lt;/i&gt;. Nothing here is your unit&apos;s.</source>
        <translation>&lt;b&gt;Dữ liệu mẫu&lt;/b&gt;, tự đặt ra để xem thử: một huyện đoàn và các chi đoàn. Các gói chi đoàn gửi lên nằm trong &lt;i&gt;{packets}&lt;/i&gt;. Không có gì ở đây là của đơn vị bạn.</translation>
    </message>
    <message>
        <source>Open the demo folder</source>
        <translation>Mở thư mục dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Leave the demo: set up my unit…</source>
        <translation>Thoát dữ liệu mẫu, tạo đơn vị của tôi…</translation>
    </message>
    <message>
        <source>Closes the demo and opens the first-run wizard to create your own data file.</source>
        <translation>Đóng dữ liệu mẫu và mở trình hướng dẫn để tạo tệp dữ liệu của đơn vị bạn.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Open data file…</source>
        <translation>&amp;Mở tệp dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Units…</source>
        <translation>Đơn &amp;vị…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sao lưu ngay…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Guide: each month, what to send, where the data is</source>
        <translation>&amp;Hướng dẫn: việc hằng tháng, gửi gì, dữ liệu ở đâu</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>Mở tệp dữ liệu</translation>
    </message>
    <message>
        <source>Data files (*.db)</source>
        <translation>Tệp dữ liệu (*.db)</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Sao lưu vào</translation>
    </message>
    <message>
        <source>Backup saved to {path}.</source>
        <translation>Đã sao lưu vào {path}.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>Khôi phục từ</translation>
    </message>
    <message>
        <source>Replace everything in this data file with the backup {path}? A copy of the current data is kept first.</source>
        <translation>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu {path}? Dữ liệu hiện tại sẽ được giữ lại một bản trước khi thay.</translation>
    </message>
    <message>
        <source>Restored. The data from before is kept in {path}.</source>
        <translation>Đã khôi phục. Dữ liệu trước đó được giữ tại {path}.</translation>
    </message>
    <message>
        <source>Ba Trách Nhiệm {version}
Data file: {path}
Backups: {backups}</source>
        <translation>Ba Trách Nhiệm {version}
Tệp dữ liệu: {path}
Bản sao lưu: {backups}</translation>
    </message>
</context>
<context>
    <name>MemberChecklistModel</name>
    <message>
        <source>Member</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Phòng, bộ phận</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation>Sửa thông tin đoàn viên</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Thêm đoàn viên</translation>
    </message>
    <message>
        <source>or type the whole name here</source>
        <translation>hoặc gõ cả họ và tên vào đây</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Civil servant</source>
        <translation>Công chức</translation>
    </message>
    <message>
        <source>Public employee</source>
        <translation>Viên chức</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Hợp đồng</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Family and middle name</source>
        <translation>Họ và tên đệm</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Work and union</source>
        <translation>Công tác và Đoàn</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Phòng, bộ phận</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <source>Union role</source>
        <translation>Chức vụ Đoàn</translation>
    </message>
    <message>
        <source>Joined the union</source>
        <translation>Ngày vào Đoàn</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>{name}, born {born}, is already in the list. Save another member with the same name and birth date anyway?</source>
        <translation>Đồng chí {name}, sinh {born}, đã có trong danh sách. Vẫn lưu thêm một đoàn viên trùng cả họ tên và ngày sinh?</translation>
    </message>
    <message>
        <source>Another member named {name} (born {born}) is already in the list. Is this a different person?</source>
        <translation>Danh sách đã có đoàn viên tên {name} (sinh {born}). Đây có phải là một người khác không?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Vẫn lưu</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại sửa</translation>
    </message>
</context>
<context>
    <name>MemberImportWizard</name>
    <message>
        <source>Import the member list from Excel</source>
        <translation>Nhập danh sách đoàn viên từ Excel</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Tiếp &gt;</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Quay lại</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Active</source>
        <translation>Đang sinh hoạt</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Đã chuyển sinh hoạt</translation>
    </message>
    <message>
        <source>Aged out</source>
        <translation>Đã trưởng thành</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Phòng, bộ phận</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Possible duplicate: another member of this unit has the same name.</source>
        <translation>Có thể trùng: đơn vị đã có đoàn viên khác cùng họ tên.</translation>
    </message>
</context>
<context>
    <name>MemberYearDialog</name>
    <message>
        <source>{name} — {year}</source>
        <translation>{name} — {year}</translation>
    </message>
    <message>
        <source>Yearly mean {mean} — {band} ({months} months assessed)</source>
        <translation>Bình quân năm {mean} — {band} (đã chấm {months} tháng)</translation>
    </message>
    <message>
        <source>No yearly rating: {months} months assessed, at least {needed} needed.</source>
        <translation>Chưa xếp loại năm: mới chấm {months} tháng, cần ít nhất {needed} tháng.</translation>
    </message>
    <message>
        <source>Mean so far {mean}.</source>
        <translation>Điểm bình quân đến nay {mean}.</translation>
    </message>
    <message>
        <source>Q{quarter}: {mean}</source>
        <translation>Quý {quarter}: {mean}</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Mean {mean}</source>
        <translation>Bình quân {mean}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Search (Ctrl+F); accents optional: “tran” finds “Trần”</source>
        <translation>Tìm (Ctrl+F); gõ có dấu hay không đều được: “tran” tìm ra “Trần”</translation>
    </message>
    <message>
        <source>Search by name, phone, position… (accents optional)</source>
        <translation>Tìm theo tên, điện thoại, chức vụ… (gõ có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Đang sinh hoạt</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Đã chuyển sinh hoạt</translation>
    </message>
    <message>
        <source>Aged out</source>
        <translation>Đã trưởng thành</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>No member to show. Add one with “Add member”, or bring in the list the office keeps with “Import from Excel”. (A search that matches no one also shows nothing: clear the search box.)</source>
        <translation>Không có đoàn viên nào để hiện. Thêm bằng “Thêm đoàn viên”, hoặc đưa danh sách cơ quan đang giữ vào bằng “Nhập từ Excel”. (Nếu ô tìm kiếm không khớp ai thì bảng cũng trống: hãy xóa ô tìm kiếm.)</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Thêm đoàn viên</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Transferred…</source>
        <translation>Chuyển sinh hoạt…</translation>
    </message>
    <message>
        <source>Aged out…</source>
        <translation>Trưởng thành…</translation>
    </message>
    <message>
        <source>Active again…</source>
        <translation>Sinh hoạt trở lại…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <source>Only for a member entered by mistake; members with a history are transferred.</source>
        <translation>Chỉ dùng cho đoàn viên nhập nhầm; đoàn viên đã có quá trình thì đánh dấu chuyển sinh hoạt.</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <source>Add a member (Ctrl+N)</source>
        <translation>Thêm đoàn viên (Ctrl+N)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>Đang tải danh sách đoàn viên…</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown}/{total} đoàn viên</translation>
    </message>
    <message>
        <source>Delete {name} from the list? Use this only for a member entered by mistake.</source>
        <translation>Xóa {name} khỏi danh sách? Chỉ dùng khi nhập nhầm.</translation>
    </message>
    <message>
        <source>Import finished: {created} added, {updated} updated, {unchanged} unchanged, {skipped} skipped.</source>
        <translation>Đã nhập xong: thêm {created}, cập nhật {updated}, không đổi {unchanged}, bỏ qua {skipped}.</translation>
    </message>
</context>
<context>
    <name>MessageBoxes</name>
    <message>
        <source>Something went wrong that the program did not expect. Nothing was saved by the step that failed. Try again; if it happens again, send the details below to whoever supports you.</source>
        <translation>Đã xảy ra lỗi ngoài dự kiến. Bước vừa lỗi chưa lưu gì. Hãy thử lại; nếu vẫn lỗi, gửi phần chi tiết bên dưới cho người hỗ trợ kỹ thuật.</translation>
    </message>
    <message>
        <source>Ba Trách Nhiệm</source>
        <translation>Ba Trách Nhiệm</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <source>New report</source>
        <translation>Báo cáo mới</translation>
    </message>
    <message>
        <source>Month {month}</source>
        <translation>Tháng {month}</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại báo cáo</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>The report opens with its figures computed from the data held here and section II written from them; the other sections start from your previous report.</source>
        <translation>Báo cáo mở ra với số liệu tính từ dữ liệu hiện có và phần II viết sẵn từ số liệu; các phần khác lấy từ báo cáo trước của đơn vị.</translation>
    </message>
    <message>
        <source>Make the report</source>
        <translation>Làm báo cáo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Months {first}–{last} of {year}; due {due}.</source>
        <translation>Từ tháng {first} đến tháng {last} năm {year}; hạn nộp {due}.</translation>
    </message>
    <message>
        <source>The due date has passed.</source>
        <translation>Đã quá hạn nộp.</translation>
    </message>
</context>
<context>
    <name>NominationDialog</name>
    <message>
        <source>Nomination: {name}</source>
        <translation>Đề nghị khen thưởng: {name}</translation>
    </message>
    <message>
        <source>Figures when nominated — mean {mean}, {months} months assessed, {initiatives} initiatives, {activities} activities, targets met {met}/{targets}.</source>
        <translation>Số liệu khi đề nghị — bình quân {mean}, {months} tháng được đánh giá, {initiatives} sáng kiến, {activities} hoạt động, đạt {met}/{targets} chỉ tiêu.</translation>
    </message>
    <message>
        <source>Figures when nominated — {members} members, {pledged}% pledged, {assessed}% assessed, {on_time} months on time, {initiatives} initiatives.</source>
        <translation>Số liệu khi đề nghị — {members} đoàn viên, {pledged}% đăng ký, {assessed}% được đánh giá, {on_time} tháng nộp gói đúng hạn, {initiatives} sáng kiến.</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>chưa nhập</translation>
    </message>
    <message>
        <source>Needed only when the unit goes over its quota</source>
        <translation>Chỉ cần khi đơn vị đề nghị vượt chỉ tiêu</translation>
    </message>
    <message>
        <source>Returned by the level above: {reason}</source>
        <translation>Cấp trên trả lại: {reason}</translation>
    </message>
    <message>
        <source>Position and unit</source>
        <translation>Chức vụ, đơn vị</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Summary of achievements</source>
        <translation>Tóm tắt thành tích</translation>
    </message>
    <message>
        <source>Review meeting on</source>
        <translation>Ngày họp xét</translation>
    </message>
    <message>
        <source>for, of</source>
        <translation>đồng ý, trên</translation>
    </message>
    <message>
        <source>present</source>
        <translation>người dự</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <source>Over-quota note</source>
        <translation>Giải trình vượt chỉ tiêu</translation>
    </message>
    <message>
        <source>{length} of {limit} characters</source>
        <translation>{length}/{limit} ký tự</translation>
    </message>
</context>
<context>
    <name>NotBuiltPage</name>
    <message>
        <source>“{title}” is not available in this version yet.</source>
        <translation>Trang “{title}” chưa có trong phiên bản này.</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>This data file is in a place that cannot be written (a read-only folder, a locked USB stick or a CD). Open it read-only, just to look?</source>
        <translation>Tệp dữ liệu này nằm ở nơi không ghi được (thư mục chỉ đọc, USB khóa ghi hoặc đĩa CD). Mở ở chế độ chỉ xem?</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Excellent</source>
        <translation>Xuất sắc</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Tốt</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <source>On trial</source>
        <translation>Áp dụng thử</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Đã áp dụng</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Được công nhận</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Không công nhận</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Month {month}</source>
        <translation>Tháng {month}</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Read the figures again (F5)</source>
        <translation>Đọc lại số liệu (F5)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <source>Assessed this month</source>
        <translation>Đã đánh giá tháng này</translation>
    </message>
    <message>
        <source>Activities this month</source>
        <translation>Hoạt động tháng này</translation>
    </message>
    <message>
        <source>Initiatives this year</source>
        <translation>Sáng kiến trong năm</translation>
    </message>
    <message>
        <source>Ratings this month</source>
        <translation>Xếp loại tháng này</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Initiatives by state</source>
        <translation>Sáng kiến theo trạng thái</translation>
    </message>
    <message>
        <source>No initiative registered this year. Register them on the Initiatives page; applied ones count toward the members&apos; pledges.</source>
        <translation>Năm nay chưa đăng ký sáng kiến nào. Đăng ký ở trang Sáng kiến; sáng kiến đã áp dụng được tính vào chỉ tiêu đăng ký của đoàn viên.</translation>
    </message>
    <message>
        <source>Campaign targets</source>
        <translation>Chỉ tiêu các đợt thi đua</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Activities by month</source>
        <translation>Hoạt động theo tháng</translation>
    </message>
    <message>
        <source>M{month}</source>
        <translation>T{month}</translation>
    </message>
    <message>
        <source>No activity recorded this year. Record them under Campaigns &amp; activities: who took part counts for the monthly assessment.</source>
        <translation>Năm nay chưa ghi hoạt động nào. Ghi ở trang Thi đua &amp; hoạt động: ai tham gia được tính khi đánh giá tháng.</translation>
    </message>
    <message>
        <source>No member yet. Add members, or import the list from Excel, on the Members page.</source>
        <translation>Chưa có đoàn viên. Thêm đoàn viên hoặc nhập danh sách từ Excel ở trang Đoàn viên.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Đang đọc số liệu…</translation>
    </message>
    <message>
        <source>active members</source>
        <translation>đoàn viên đang sinh hoạt</translation>
    </message>
    <message>
        <source>{pledged} of {members} members</source>
        <translation>{pledged}/{members} đoàn viên</translation>
    </message>
    <message>
        <source>{n} drafts</source>
        <translation>{n} bản nháp</translation>
    </message>
    <message>
        <source>month confirmed (locked)</source>
        <translation>đã chốt tháng</translation>
    </message>
    <message>
        <source>month not confirmed yet</source>
        <translation>chưa chốt tháng</translation>
    </message>
    <message>
        <source>Month {month}/{year}</source>
        <translation>Tháng {month}/{year}</translation>
    </message>
    <message>
        <source>{people} participations · {helped} citizens helped</source>
        <translation>{people} lượt tham gia · {helped} người dân được hỗ trợ</translation>
    </message>
    <message>
        <source>time saved: {saved}</source>
        <translation>tiết kiệm: {saved}</translation>
    </message>
    <message>
        <source>no time saved measured yet</source>
        <translation>chưa có số liệu thời gian tiết kiệm</translation>
    </message>
    <message>
        <source>Ratings, month {month}/{year}</source>
        <translation>Xếp loại tháng {month}/{year}</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Chưa đánh giá</translation>
    </message>
    <message>
        <source>Activities by month, {year}</source>
        <translation>Hoạt động theo tháng, năm {year}</translation>
    </message>
    <message>
        <source>No campaign this year. Add one under Campaigns &amp; activities, or import the configuration the level above sends.</source>
        <translation>Năm nay chưa có đợt thi đua. Thêm ở trang Thi đua &amp; hoạt động, hoặc nhập gói cấu hình cấp trên gửi.</translation>
    </message>
</context>
<context>
    <name>PacketDetailsDialog</name>
    <message>
        <source>Packet {file}</source>
        <translation>Gói {file}</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Kết quả:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Level above:</source>
        <translation>Cấp trên:</translation>
    </message>
    <message>
        <source>Data up to:</source>
        <translation>Số liệu đến hết:</translation>
    </message>
    <message>
        <source>Sequence number:</source>
        <translation>Số thứ tự gói:</translation>
    </message>
    <message>
        <source>Exported:</source>
        <translation>Thời điểm xuất:</translation>
    </message>
    <message>
        <source>Kept as:</source>
        <translation>Bản lưu:</translation>
    </message>
    <message>
        <source>Counts per kind</source>
        <translation>Số lượng theo loại</translation>
    </message>
    <message>
        <source>Units ({count})</source>
        <translation>Đơn vị ({count})</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Lỗi và cảnh báo ({count})</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: {count} rows fewer than exported</source>
        <translation>Trang “{sheet}”: ít hơn lúc xuất {count} dòng</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: {count} rows more than exported</source>
        <translation>Trang “{sheet}”: nhiều hơn lúc xuất {count} dòng</translation>
    </message>
    <message>
        <source>Edited rows ({count})</source>
        <translation>Dòng bị sửa ({count})</translation>
    </message>
    <message>
        <source>Import anyway — I confirm the edits</source>
        <translation>Vẫn nhập — tôi xác nhận các chỗ sửa</translation>
    </message>
    <message>
        <source>Someone changed this file after it was exported. Import it only if you know who changed these rows and why; the import log records your confirmation.</source>
        <translation>Tệp này đã bị sửa sau khi xuất. Chỉ nhập khi biết ai đã sửa các dòng này và vì sao; sổ nhận gói sẽ ghi lại việc xác nhận của bạn.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>PledgeDialog</name>
    <message>
        <source>Pledge {year} — {name}</source>
        <translation>Đăng ký năm {year} — {name}</translation>
    </message>
    <message>
        <source>This pledge is approved: only the achieved values can be recorded. Reopen it to change the commitments or targets.</source>
        <translation>Bản đăng ký đã được duyệt: chỉ ghi được kết quả đạt được. Muốn sửa nội dung hoặc chỉ tiêu, hãy mở lại bản đăng ký.</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Thêm chỉ tiêu</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>Xóa chỉ tiêu</translation>
    </message>
    <message>
        <source>Notes (printed on the form)</source>
        <translation>Ghi chú (in trên mẫu đăng ký)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save and keep the pledge open (Ctrl+S)</source>
        <translation>Lưu và vẫn mở bản đăng ký (Ctrl+S)</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Nộp</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Return for changes</source>
        <translation>Trả lại để sửa</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Personal targets</source>
        <translation>Chỉ tiêu cá nhân</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — pledge {year} — &lt;b&gt;{state}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — đăng ký năm {year} — &lt;b&gt;{state}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save progress</source>
        <translation>Lưu kết quả</translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation>Đã lưu lúc {time}.</translation>
    </message>
</context>
<context>
    <name>PledgeTableModel</name>
    <message>
        <source>Not pledged</source>
        <translation>Chưa đăng ký</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Nháp</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Đã nộp</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>(+{n} under way)</source>
        <translation>(+{n} đang thực hiện)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Phòng, bộ phận</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Số nội dung</translation>
    </message>
    <message>
        <source>Personal targets: achieved/target</source>
        <translation>Chỉ tiêu cá nhân: đạt/đăng ký</translation>
    </message>
</context>
<context>
    <name>PledgeTargetTableModel</name>
    <message>
        <source>Initiatives</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Khóa học</translation>
    </message>
    <message>
        <source>Volunteer days</source>
        <translation>Ngày tình nguyện</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Đạt được</translation>
    </message>
    <message>
        <source>Counted from this member&apos;s initiatives of the year that are applied or recognised ({n} more under way).</source>
        <translation>Đếm từ các sáng kiến trong năm của đoàn viên đã được áp dụng hoặc công nhận ({n} sáng kiến khác đang thực hiện).</translation>
    </message>
</context>
<context>
    <name>PledgesPage</name>
    <message>
        <source>Year </source>
        <translation>Năm </translation>
    </message>
    <message>
        <source>Search (Ctrl+F); accents optional: “tran” finds “Trần”</source>
        <translation>Tìm (Ctrl+F); gõ có dấu hay không đều được: “tran” tìm ra “Trần”</translation>
    </message>
    <message>
        <source>Search by name or department (accents optional)</source>
        <translation>Tìm theo tên hoặc đơn vị công tác (gõ có dấu hay không đều được)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Not pledged yet</source>
        <translation>Chưa đăng ký</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Đã nộp</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>No member to pledge yet. Add the unit&apos;s members on the Members page; each then has a line here for the year&apos;s pledge.</source>
        <translation>Chưa có đoàn viên để đăng ký. Thêm đoàn viên ở trang Đoàn viên; mỗi người sẽ có một dòng ở đây cho bản đăng ký của năm.</translation>
    </message>
    <message>
        <source>Open pledge…</source>
        <translation>Mở bản đăng ký…</translation>
    </message>
    <message>
        <source>Record or change the pledge (Enter)</source>
        <translation>Ghi hoặc sửa bản đăng ký (Enter)</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Nộp</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Return for changes</source>
        <translation>Trả lại để sửa</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <source>Delete pledge</source>
        <translation>Xóa bản đăng ký</translation>
    </message>
    <message>
        <source>Print form…</source>
        <translation>In mẫu đăng ký…</translation>
    </message>
    <message>
        <source>Preview, print or save as PDF the one-page form to sign (Ctrl+P)</source>
        <translation>Xem trước, in hoặc lưu thành PDF bản đăng ký một trang để ký (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Pledged &lt;b&gt;{pledged}/{total}&lt;/b&gt; · not pledged {missing} · drafts {drafts} · approved {approved}</source>
        <translation>Đã đăng ký &lt;b&gt;{pledged}/{total}&lt;/b&gt; · chưa đăng ký {missing} · nháp {drafts} · đã duyệt {approved}</translation>
    </message>
    <message>
        <source>Delete the {year} pledge of {name}?</source>
        <translation>Xóa bản đăng ký năm {year} của {name}?</translation>
    </message>
    <message>
        <source>Save the pledge form</source>
        <translation>Lưu mẫu đăng ký</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the pledge form…</source>
        <translation>Đang ghi mẫu đăng ký…</translation>
    </message>
    <message>
        <source>The form was saved to {path}.</source>
        <translation>Đã lưu mẫu đăng ký vào {path}.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print preview…</source>
        <translation>Xem trước khi in…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <source>Save as Excel (.xlsx)…</source>
        <translation>Lưu thành Excel (.xlsx)…</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Đang chuẩn bị tài liệu…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as Excel</source>
        <translation>Lưu thành Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translation>Đang ghi tài liệu…</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Đã lưu vào {path}.</translation>
    </message>
    <message>
        <source>Print / export</source>
        <translation>In / xuất</translation>
    </message>
    <message>
        <source>Print preview, print at 100 %, or save as PDF or Excel</source>
        <translation>Xem trước, in đúng tỉ lệ 100 %, hoặc lưu thành PDF hay Excel</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <source>blank: the office fills it in</source>
        <translation>để trống: văn thư ghi sau</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Số liệu tính đến</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Tên loại văn bản</translation>
    </message>
    <message>
        <source>Subject (trích yếu)</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Signs for</source>
        <translation>Thay mặt</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Chức danh người ký</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Recipients (Nơi nhận)</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>I. Situation</source>
        <translation>I. Đặc điểm tình hình</translation>
    </message>
    <message>
        <source>II. Results</source>
        <translation>II. Kết quả</translation>
    </message>
    <message>
        <source>III. Assessment</source>
        <translation>III. Đánh giá</translation>
    </message>
    <message>
        <source>IV. Directions</source>
        <translation>IV. Phương hướng</translation>
    </message>
    <message>
        <source>V. Proposals</source>
        <translation>V. Kiến nghị</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>Phụ lục</translation>
    </message>
    <message>
        <source>Update figures</source>
        <translation>Cập nhật số liệu</translation>
    </message>
    <message>
        <source>Compute the figures again from the data as it is now</source>
        <translation>Tính lại số liệu từ dữ liệu hiện có</translation>
    </message>
    <message>
        <source>Rewrite section II from the figures</source>
        <translation>Viết lại phần II từ số liệu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Ban hành…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Xem trước…</translation>
    </message>
    <message>
        <source>The report as it will print, annex included</source>
        <translation>Báo cáo như khi in, cả phụ lục</translation>
    </message>
    <message>
        <source>Issued on {date}: its figures are frozen and it cannot be changed. A correction is a new report.</source>
        <translation>Đã ban hành ngày {date}: số liệu đã chốt, báo cáo không sửa được. Muốn đính chính, hãy làm báo cáo mới.</translation>
    </message>
    <message>
        <source>Sent by a unit below: read-only here.</source>
        <translation>Do đơn vị trực thuộc gửi lên: chỉ xem tại đây.</translation>
    </message>
    <message>
        <source>A draft: section II was written from the figures; edit it, write the other sections, then issue the report. Issuing freezes its figures and sends it up with the next data packet.</source>
        <translation>Bản nháp: phần II đã được viết sẵn từ số liệu; hãy sửa lại, viết các phần khác rồi ban hành. Khi ban hành, số liệu được chốt và báo cáo đi kèm gói dữ liệu tiếp theo lên cấp trên.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <source>Assessed (member-months)</source>
        <translation>Lượt đánh giá</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Điểm bình quân</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>{n}, {people} participations</source>
        <translation>{n}, {people} lượt tham gia</translation>
    </message>
    <message>
        <source>Citizens helped</source>
        <translation>Người dân được hỗ trợ</translation>
    </message>
    <message>
        <source>Units below</source>
        <translation>Đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>Packets on time</source>
        <translation>Gói đúng hạn</translation>
    </message>
    <message>
        <source>Campaign targets</source>
        <translation>Chỉ tiêu thi đua</translation>
    </message>
    <message>
        <source>Write section II again from the figures? What you changed in it is replaced.</source>
        <translation>Viết lại phần II từ số liệu? Những gì đã sửa trong phần này sẽ bị thay thế.</translation>
    </message>
    <message>
        <source>without a number</source>
        <translation>chưa có số</translation>
    </message>
    <message>
        <source>Issue the report {number}? Its figures are computed one last time and frozen; it can no longer be changed, and the next data packet carries it to the level above.</source>
        <translation>Ban hành báo cáo {number}? Số liệu được tính lần cuối và chốt lại; báo cáo không sửa được nữa và sẽ đi kèm gói dữ liệu tiếp theo lên cấp trên.</translation>
    </message>
</context>
<context>
    <name>ReportPeriodsDialog</name>
    <message>
        <source>Report periods {year}</source>
        <translation>Kỳ báo cáo năm {year}</translation>
    </message>
    <message>
        <source>When each report is due from the units below. The units receive these dates with the configuration packet; completeness shows who sent theirs.</source>
        <translation>Hạn nộp từng báo cáo của các đơn vị trực thuộc. Đơn vị nhận các hạn này cùng gói cấu hình; trang tình hình nộp cho biết đơn vị nào đã gửi.</translation>
    </message>
    <message>
        <source>These periods came from the level above in its configuration packet.</source>
        <translation>Các kỳ báo cáo này do cấp trên gửi xuống trong gói cấu hình.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Các tháng</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Hạn nộp</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <source>Month {month}</source>
        <translation>Tháng {month}</translation>
    </message>
    <message>
        <source>Quarter {q}</source>
        <translation>Quý {q}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Type every due date.</source>
        <translation>Hãy nhập đủ các hạn nộp.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Monthly report</source>
        <translation>Báo cáo tháng</translation>
    </message>
    <message>
        <source>Quarterly report</source>
        <translation>Báo cáo quý</translation>
    </message>
    <message>
        <source>Six-month review (sơ kết)</source>
        <translation>Sơ kết 6 tháng</translation>
    </message>
    <message>
        <source>Year review (tổng kết)</source>
        <translation>Tổng kết năm</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Đã ban hành</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Month {month}/{year}</source>
        <translation>Tháng {month}/{year}</translation>
    </message>
    <message>
        <source>Months {first}–{last}/{year}</source>
        <translation>Tháng {first}–{last}/{year}</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại báo cáo</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Các tháng</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>{summary}
Sent by {unit}: read-only here.</source>
        <translation>{summary}
Do {unit} gửi lên: chỉ xem tại đây.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>Báo cáo mới…</translation>
    </message>
    <message>
        <source>Make a report from the data held here (Ctrl+N)</source>
        <translation>Làm báo cáo từ dữ liệu hiện có (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Xóa bản nháp</translation>
    </message>
    <message>
        <source>Report periods…</source>
        <translation>Kỳ báo cáo…</translation>
    </message>
    <message>
        <source>When each report is due from the units below (sent down to them)</source>
        <translation>Hạn nộp từng báo cáo của các đơn vị trực thuộc (gửi xuống cho đơn vị)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>No report yet. “New report…” makes one from the data held here, with its figures computed and the results written in sentences.</source>
        <translation>Chưa có báo cáo. “Báo cáo mới…” làm báo cáo từ dữ liệu hiện có: số liệu được tính sẵn, phần kết quả được viết thành câu.</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Mọi năm</translation>
    </message>
    <message>
        <source>Six-month review</source>
        <translation>Báo cáo sơ kết 6 tháng</translation>
    </message>
    <message>
        <source>Year review</source>
        <translation>Báo cáo tổng kết</translation>
    </message>
    <message>
        <source>{report} {year} (due {due}): {sent} of {units} units sent it</source>
        <translation>{report} năm {year} (hạn {due}): {sent}/{units} đơn vị đã gửi</translation>
    </message>
    <message>
        <source>; late: {units}</source>
        <translation>; nộp muộn: {units}</translation>
    </message>
    <message>
        <source>; overdue: {units}</source>
        <translation>; quá hạn chưa nộp: {units}</translation>
    </message>
    <message>
        <source>Delete the draft “{summary}”?</source>
        <translation>Xóa bản nháp “{summary}”?</translation>
    </message>
</context>
<context>
    <name>RollupView</name>
    <message>
        <source>Results of the units below</source>
        <translation>Kết quả của các đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>Each total adds up what every unit below recorded on its copy of the target (through the levels in between), and this unit&apos;s own entry.</source>
        <translation>Mỗi tổng cộng kết quả mọi đơn vị trực thuộc đã ghi cho chỉ tiêu (qua cả các cấp trung gian) và phần của chính đơn vị.</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Commendation round</source>
        <translation>Đợt xét khen thưởng</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Collectives (units directly below)</source>
        <translation>Tập thể (đơn vị trực thuộc)</translation>
    </message>
    <message>
        <source>Pledge approved</source>
        <translation>Đăng ký đã được duyệt</translation>
    </message>
    <message>
        <source>members rated at least “Tốt”</source>
        <translation>đoàn viên xếp loại từ “Tốt” trở lên</translation>
    </message>
    <message>
        <source>all active members</source>
        <translation>mọi đoàn viên đang sinh hoạt</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Cách đạt</translation>
    </message>
    <message>
        <source>Mean ≥</source>
        <translation>Bình quân ≥</translation>
    </message>
    <message>
        <source>No month &lt;</source>
        <translation>Không tháng nào &lt;</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Prizes</source>
        <translation>Giải thưởng</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Tình nguyện</translation>
    </message>
    <message>
        <source>Targets met</source>
        <translation>Chỉ tiêu đạt</translation>
    </message>
    <message>
        <source>Add path</source>
        <translation>Thêm cách đạt</translation>
    </message>
    <message>
        <source>Remove path</source>
        <translation>Bỏ cách đạt</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Quota (blank: by the rule)</source>
        <translation>Chỉ tiêu (để trống: theo tỉ lệ)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Considers</source>
        <translation>Đối tượng xét</translation>
    </message>
    <message>
        <source>Nominations due by</source>
        <translation>Hạn gửi đề nghị</translation>
    </message>
    <message>
        <source>Achievement on the certificate</source>
        <translation>Thành tích ghi trên giấy khen</translation>
    </message>
    <message>
        <source>Shortlist rule for individuals (any one path qualifies)</source>
        <translation>Tiêu chuẩn xét cá nhân (đạt một trong các cách)</translation>
    </message>
    <message>
        <source>Assessed months at least</source>
        <translation>Số tháng được đánh giá tối thiểu</translation>
    </message>
    <message>
        <source>Also required</source>
        <translation>Điều kiện chung</translation>
    </message>
    <message>
        <source>Collectives: every threshold must hold</source>
        <translation>Tập thể: phải đạt mọi ngưỡng</translation>
    </message>
    <message>
        <source>Members pledged at least</source>
        <translation>Tỉ lệ đoàn viên đăng ký tối thiểu</translation>
    </message>
    <message>
        <source>Member-months assessed at least</source>
        <translation>Tỉ lệ phiếu đánh giá tháng tối thiểu</translation>
    </message>
    <message>
        <source>Months sent on time at least</source>
        <translation>Số tháng nộp gói đúng hạn tối thiểu</translation>
    </message>
    <message>
        <source>Campaign targets met at least</source>
        <translation>Tỉ lệ chỉ tiêu thi đua đạt tối thiểu</translation>
    </message>
    <message>
        <source>Initiatives per member at least</source>
        <translation>Sáng kiến bình quân mỗi đoàn viên tối thiểu</translation>
    </message>
    <message>
        <source>Quota per proposing unit</source>
        <translation>Chỉ tiêu đề nghị của mỗi đơn vị</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỉ lệ</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Tính trên</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Tối thiểu</translation>
    </message>
    <message>
        <source>New path</source>
        <translation>Cách đạt mới</translation>
    </message>
</context>
<context>
    <name>SectionsModel</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
</context>
<context>
    <name>SentPacketsModel</name>
    <message>
        <source>Exported</source>
        <translation>Ngày xuất</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Gói</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <source>Configuration for {unit}</source>
        <translation>Cấu hình cho {unit}</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>One per line, from the top of the tree down.</source>
        <translation>Mỗi dòng một cấp, từ cấp cao nhất xuống.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Unit levels</source>
        <translation>Các cấp đơn vị</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Everywhere</source>
        <translation>Mọi nơi</translation>
    </message>
    <message>
        <source>Open another data file</source>
        <translation>Mở tệp dữ liệu khác</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>This guide</source>
        <translation>Hướng dẫn này</translation>
    </message>
    <message>
        <source>Any table</source>
        <translation>Mọi bảng</translation>
    </message>
    <message>
        <source>Copy the selected rows (they paste into Excel)</source>
        <translation>Sao chép các dòng đang chọn (dán được vào Excel)</translation>
    </message>
    <message>
        <source>Members, Initiatives, Campaigns</source>
        <translation>Đoàn viên, Sáng kiến, Thi đua</translation>
    </message>
    <message>
        <source>Add a member, an initiative, a campaign or an activity</source>
        <translation>Thêm đoàn viên, sáng kiến, đợt thi đua hoặc hoạt động</translation>
    </message>
    <message>
        <source>Members, Pledges</source>
        <translation>Đoàn viên, Đăng ký</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>Đến ô tìm kiếm</translation>
    </message>
    <message>
        <source>Campaigns &amp; activities</source>
        <translation>Thi đua &amp; hoạt động</translation>
    </message>
    <message>
        <source>Open, delete the selected line</source>
        <translation>Mở, xóa dòng đang chọn</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Save the pledge form to sign as PDF</source>
        <translation>Lưu mẫu đăng ký ra PDF để ký</translation>
    </message>
    <message>
        <source>Monthly assessment, pledge</source>
        <translation>Đánh giá tháng, bản đăng ký</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Monthly assessment</source>
        <translation>Đánh giá tháng</translation>
    </message>
    <message>
        <source>Self scores, branch scores</source>
        <translation>Điểm tự chấm, điểm chi đoàn chấm</translation>
    </message>
    <message>
        <source>Evidence note and veto of the member</source>
        <translation>Minh chứng và vi phạm của đoàn viên</translation>
    </message>
    <message>
        <source>Paste scores copied from Excel</source>
        <translation>Dán điểm đã sao chép từ Excel</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>Trao đổi dữ liệu</translation>
    </message>
    <message>
        <source>Export the data packet</source>
        <translation>Xuất gói dữ liệu</translation>
    </message>
    <message>
        <source>Choose packet files to receive</source>
        <translation>Chọn các tệp gói cần nhận</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Đợt thi đua</translation>
    </message>
    <message>
        <source>Add a target row</source>
        <translation>Thêm dòng chỉ tiêu</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Ghi chú minh chứng</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Lưu ghi chú</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Read the figures again</source>
        <translation>Đọc lại số liệu</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Transfer to another branch</source>
        <translation>Chuyển sinh hoạt Đoàn</translation>
    </message>
    <message>
        <source>Aged out of the union</source>
        <translation>Trưởng thành Đoàn</translation>
    </message>
    <message>
        <source>Active again</source>
        <translation>Sinh hoạt trở lại</translation>
    </message>
    <message>
        <source>e.g. moved to the commune union of Phước Hải</source>
        <translation>ví dụ: chuyển về Đoàn xã Phước Hải</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>TableMenu</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Copy the &amp;whole table</source>
        <translation>Sao chép &amp;cả bảng</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Xuất ra Excel…</translation>
    </message>
    <message>
        <source>Export the table to Excel</source>
        <translation>Xuất bảng ra Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The table was saved to {path}.</source>
        <translation>Đã lưu bảng vào {path}.</translation>
    </message>
</context>
<context>
    <name>TargetDraftModel</name>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Chỉ tiêu đề ra</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Certificate template: {name}</source>
        <translation>Mẫu giấy khen: {name}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>Scan of the stock…</source>
        <translation>Ảnh quét phôi…</translation>
    </message>
    <message>
        <source>No scan</source>
        <translation>Bỏ ảnh quét</translation>
    </message>
    <message>
        <source>Preview: full design on blank paper</source>
        <translation>Xem trước: toàn bộ mẫu trên giấy trắng</translation>
    </message>
    <message>
        <source>Preview: only what prints on the stock</source>
        <translation>Xem trước: chỉ phần in lên phôi</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Khối</translation>
    </message>
    <message>
        <source>x (mm)</source>
        <translation>x (mm)</translation>
    </message>
    <message>
        <source>y (mm)</source>
        <translation>y (mm)</translation>
    </message>
    <message>
        <source>Width (mm)</source>
        <translation>Rộng (mm)</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Căn lề</translation>
    </message>
    <message>
        <source>Size (pt)</source>
        <translation>Cỡ chữ (pt)</translation>
    </message>
    <message>
        <source>Shrinks to</source>
        <translation>Thu nhỏ đến</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Kiểu chữ</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Màu</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <source>Pre-printed</source>
        <translation>In sẵn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Printer offset</source>
        <translation>Độ lệch máy in</translation>
    </message>
    <message>
        <source>Shown under the preview, never printed</source>
        <translation>Hiện dưới bản xem trước, không bao giờ in</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Scan of the stock</source>
        <translation>Ảnh quét phôi</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Ảnh (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>UnitDetailDialog</name>
    <message>
        <source>Data received from the unit in its packets: it can be read here, not changed.</source>
        <translation>Dữ liệu đơn vị gửi lên trong gói dữ liệu: chỉ xem tại đây, không sửa được.</translation>
    </message>
    <message>
        <source>Double-click a member to see their years.</source>
        <translation>Nhấp đúp một đoàn viên để xem kết quả qua các năm.</translation>
    </message>
    <message>
        <source>Members and months</source>
        <translation>Đoàn viên và các tháng</translation>
    </message>
    <message>
        <source>Units below</source>
        <translation>Đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Qua các năm</translation>
    </message>
    <message>
        <source>{name}: year by year</source>
        <translation>{name}: kết quả qua các năm</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Edit unit</source>
        <translation>Sửa đơn vị</translation>
    </message>
    <message>
        <source>Add a unit below</source>
        <translation>Thêm đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <source>e.g. CD-UBND-PD (no spaces)</source>
        <translation>ví dụ CD-UBND-PD (không có khoảng trắng)</translation>
    </message>
    <message>
        <source>e.g. Chi đoàn Cơ quan UBND xã Phước Dân</source>
        <translation>ví dụ Chi đoàn Cơ quan UBND xã Phước Dân</translation>
    </message>
    <message>
        <source>code given by the level above, if known</source>
        <translation>mã do cấp trên cấp, nếu đã có</translation>
    </message>
    <message>
        <source>e.g. Đoàn xã Phước Dân</source>
        <translation>ví dụ Đoàn xã Phước Dân</translation>
    </message>
    <message>
        <source>e.g. ĐOÀN XÃ PHƯỚC DÂN</source>
        <translation>ví dụ ĐOÀN XÃ PHƯỚC DÂN</translation>
    </message>
    <message>
        <source>e.g. BCH CHI ĐOÀN CƠ QUAN UBND</source>
        <translation>ví dụ BCH CHI ĐOÀN CƠ QUAN UBND</translation>
    </message>
    <message>
        <source>e.g. CĐ</source>
        <translation>ví dụ CĐ</translation>
    </message>
    <message>
        <source>e.g. Phước Dân</source>
        <translation>ví dụ Phước Dân</translation>
    </message>
    <message>
        <source>Has a standing committee (signs “TM. BAN THƯỜNG VỤ”)</source>
        <translation>Có Ban Thường vụ (ký “TM. BAN THƯỜNG VỤ”)</translation>
    </message>
    <message>
        <source>who signs the unit&apos;s documents</source>
        <translation>người ký văn bản của đơn vị</translation>
    </message>
    <message>
        <source>Pilot base this year</source>
        <translation>Cơ sở làm điểm năm nay</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Đơn vị cấp trên</translation>
    </message>
    <message>
        <source>Parent unit code</source>
        <translation>Mã đơn vị cấp trên</translation>
    </message>
    <message>
        <source>Parent unit name</source>
        <translation>Tên đơn vị cấp trên</translation>
    </message>
    <message>
        <source>Higher body (document header)</source>
        <translation>Cơ quan cấp trên (đầu văn bản)</translation>
    </message>
    <message>
        <source>Issuing body (document header)</source>
        <translation>Cơ quan ban hành (đầu văn bản)</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>Ký hiệu văn bản</translation>
    </message>
    <message>
        <source>Place name for dates</source>
        <translation>Địa danh ghi ngày tháng</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Chức danh người ký</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
</context>
<context>
    <name>UnitsDialog</name>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Add below…</source>
        <translation>Thêm đơn vị trực thuộc…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>UnlockMonthDialog</name>
    <message>
        <source>Unlock {month}</source>
        <translation>Mở khóa {month}</translation>
    </message>
    <message>
        <source>Unlocking lets the scores of {month} change again. Who unlocked it, when and why is kept in the audit log.</source>
        <translation>Mở khóa thì điểm của {month} sửa được trở lại. Người mở khóa, thời điểm và lý do được lưu vào nhật ký.</translation>
    </message>
    <message>
        <source>e.g. correcting A1 of Nguyễn Văn An as the party cell asked</source>
        <translation>ví dụ: sửa điểm A1 của Nguyễn Văn An theo ý kiến chi ủy</translation>
    </message>
    <message>
        <source>your name (optional)</source>
        <translation>họ tên (không bắt buộc)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Họ tên của bạn</translation>
    </message>
    <message>
        <source>Computer account</source>
        <translation>Tài khoản máy tính</translation>
    </message>
    <message>
        <source>Write why the month is unlocked.</source>
        <translation>Hãy ghi lý do mở khóa tháng.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>dd/mm/yyyy or year</source>
        <translation>ngày/tháng/năm hoặc năm sinh</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
</context>
<context>
    <name>YearSummaryDialog</name>
    <message>
        <source>Year summary {year}</source>
        <translation>Tổng hợp năm {year}</translation>
    </message>
    <message>
        <source>Quarter and year figures are the mean of the assessed months; a yearly rating needs {months} assessed months. Title “thực hiện xuất sắc phong trào 3 trách nhiệm”: yearly mean ≥ {mean}, no month below {month}, at least {initiatives} initiative(s) applied or recognised, no veto, at most {share}% of the unit ({quota} of {members}). Proposed: {proposed}.</source>
        <translation>Điểm quý và năm là bình quân các tháng đã chấm; xếp loại năm cần ít nhất {months} tháng. Danh hiệu “thực hiện xuất sắc phong trào 3 trách nhiệm”: bình quân năm ≥ {mean}, không tháng nào dưới {month}, có ít nhất {initiatives} sáng kiến được áp dụng hoặc công nhận, không vi phạm, tối đa {share}% đoàn viên của đơn vị ({quota}/{members}). Đề xuất: {proposed}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>YearSummaryModel</name>
    <message>
        <source>fewer than {months} months</source>
        <translation>chưa đủ {months} tháng</translation>
    </message>
    <message>
        <source>mean below {points}</source>
        <translation>bình quân dưới {points}</translation>
    </message>
    <message>
        <source>a month below {points}</source>
        <translation>có tháng dưới {points}</translation>
    </message>
    <message>
        <source>no initiative applied</source>
        <translation>chưa có sáng kiến được áp dụng</translation>
    </message>
    <message>
        <source>veto in the year</source>
        <translation>có vi phạm trong năm</translation>
    </message>
    <message>
        <source>beyond {share}% of the unit</source>
        <translation>vượt {share}% của đơn vị</translation>
    </message>
    <message>
        <source>Proposed (#{rank})</source>
        <translation>Đề xuất (thứ {rank})</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>Quý 1</translation>
    </message>
    <message>
        <source>Q2</source>
        <translation>Quý 2</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>Quý 3</translation>
    </message>
    <message>
        <source>Q4</source>
        <translation>Quý 4</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Số tháng</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Yearly title</source>
        <translation>Danh hiệu năm</translation>
    </message>
</context>
<context>
    <name>_ChoicePage</name>
    <message>
        <source>Welcome to Ba Trách Nhiệm</source>
        <translation>Chào mừng đến với Ba Trách Nhiệm</translation>
    </message>
    <message>
        <source>This book keeps your unit&apos;s members, pledges, initiatives and monthly assessments of the “3 trách nhiệm” movement. Where do we start?</source>
        <translation>Sổ theo dõi đoàn viên, đăng ký, sáng kiến và tự đánh giá hằng tháng của phong trào “3 trách nhiệm” tại đơn vị. Đồng chí muốn bắt đầu thế nào?</translation>
    </message>
    <message>
        <source>Set up my unit (first time on this computer)</source>
        <translation>Tạo đơn vị của tôi (lần đầu dùng trên máy này)</translation>
    </message>
    <message>
        <source>Open a data file I already have</source>
        <translation>Mở tệp dữ liệu đã có</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Try a demo unit first: a made-up district and its branches, with a year of data</source>
        <translation>Dùng thử với đơn vị mẫu: một huyện đoàn giả định và các chi đoàn, có dữ liệu cả năm</translation>
    </message>
    <message>
        <source>Open a branch (chi đoàn): members, pledges, assessments</source>
        <translation>Mở một chi đoàn: đoàn viên, đăng ký, đánh giá tháng</translation>
    </message>
    <message>
        <source>Open the district: the branches&apos; packets merged, consolidation, campaigns, reports</source>
        <translation>Mở huyện đoàn: đã tổng hợp gói dữ liệu của các chi đoàn, xem tổng hợp, thi đua, báo cáo</translation>
    </message>
    <message>
        <source>The demo is kept in its own folder and is not remembered as your data file: the next time the app starts, it offers to set up your own unit again.</source>
        <translation>Dữ liệu mẫu nằm trong thư mục riêng và không được ghi nhớ là tệp dữ liệu của bạn: lần sau mở phần mềm, bạn lại được mời thiết lập đơn vị của mình.</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>Mở tệp dữ liệu</translation>
    </message>
    <message>
        <source>Data files (*.db)</source>
        <translation>Tệp dữ liệu (*.db)</translation>
    </message>
    <message>
        <source>Building the demo world…</source>
        <translation>Đang tạo dữ liệu mẫu…</translation>
    </message>
</context>
<context>
    <name>_FilePage</name>
    <message>
        <source>Choose the Excel file</source>
        <translation>Chọn tệp Excel</translation>
    </message>
    <message>
        <source>The list your office keeps (.xlsx). Title lines, two-row headers, totals and signature blocks are recognised. Nothing is saved before you confirm.</source>
        <translation>Danh sách đơn vị đang lưu (.xlsx). Phần tiêu đề, dòng tiêu đề hai tầng, dòng tổng cộng và phần chữ ký được tự nhận biết. Chưa có gì được lưu trước khi đồng chí xác nhận.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <source>Member list</source>
        <translation>Danh sách đoàn viên</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Tệp Excel (*.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <source>Header found on row {row}; {count} rows of members below it.</source>
        <translation>Tìm thấy dòng tiêu đề ở dòng {row}; bên dưới có {count} dòng đoàn viên.</translation>
    </message>
</context>
<context>
    <name>_MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Kiểm tra các cột</translation>
    </message>
    <message>
        <source>Each piece of information and the column it was found in. Correct any that are wrong.</source>
        <translation>Từng loại thông tin và cột chứa nó trong tệp. Hãy sửa nếu chưa đúng.</translation>
    </message>
    <message>
        <source>Full name (one column)</source>
        <translation>Họ và tên (một cột)</translation>
    </message>
    <message>
        <source>Family and middle name</source>
        <translation>Họ và tên đệm</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Gender (Nam/Nữ)</source>
        <translation>Giới tính (Nam/Nữ)</translation>
    </message>
    <message>
        <source>Male (x-mark column)</source>
        <translation>Nam (cột đánh dấu x)</translation>
    </message>
    <message>
        <source>Female (x-mark column)</source>
        <translation>Nữ (cột đánh dấu x)</translation>
    </message>
    <message>
        <source>Birth date or year</source>
        <translation>Ngày sinh hoặc năm sinh</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Phòng, bộ phận</translation>
    </message>
    <message>
        <source>Union role</source>
        <translation>Chức vụ Đoàn</translation>
    </message>
    <message>
        <source>Joined the union</source>
        <translation>Ngày vào Đoàn</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— không có trong tệp —</translation>
    </message>
    <message>
        <source>e.g. {values}</source>
        <translation>ví dụ: {values}</translation>
    </message>
</context>
<context>
    <name>_PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Every row and what will happen to it. Rows with an error are not imported.</source>
        <translation>Từng dòng và cách xử lý. Dòng có lỗi sẽ không được nhập.</translation>
    </message>
    <message>
        <source>Text in the old {encoding} encoding was found. Convert it to Unicode</source>
        <translation>Phát hiện chữ theo bảng mã cũ {encoding}. Chuyển sang Unicode</translation>
    </message>
    <message>
        <source>For example: {samples}</source>
        <translation>Ví dụ: {samples}</translation>
    </message>
    <message>
        <source>The list cannot be imported until this text is converted: tick the box above.</source>
        <translation>Chưa chuyển mã thì không thể nhập danh sách, vì chữ sẽ bị lưu sai: hãy đánh dấu ô ở trên.</translation>
    </message>
    <message>
        <source>{create} to add, {update} to update, {unchanged} unchanged, {skip} skipped, {error} with errors, {warnings} with warnings.</source>
        <translation>Thêm mới {create}, cập nhật {update}, không đổi {unchanged}, bỏ qua {skip}, có lỗi {error}, cần lưu ý {warnings}.</translation>
    </message>
    <message>
        <source>Saving the members…</source>
        <translation>Đang lưu đoàn viên…</translation>
    </message>
</context>
<context>
    <name>_UnitPage</name>
    <message>
        <source>Your unit</source>
        <translation>Đơn vị của đồng chí</translation>
    </message>
    <message>
        <source>These lines are printed on your documents and certificates; you can change them later.</source>
        <translation>Các dòng này được in trên văn bản và giấy khen; có thể sửa lại sau.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Tệp dữ liệu</translation>
    </message>
    <message>
        <source>Save data file as</source>
        <translation>Lưu tệp dữ liệu thành</translation>
    </message>
    <message>
        <source>Data files (*.db)</source>
        <translation>Tệp dữ liệu (*.db)</translation>
    </message>
</context>
</TS>
