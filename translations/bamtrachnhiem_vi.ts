<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
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
    <name>MembersPage</name>
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
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
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
        <source>Open data file</source>
        <translation>Mở tệp dữ liệu</translation>
    </message>
    <message>
        <source>Data files (*.db)</source>
        <translation>Tệp dữ liệu (*.db)</translation>
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
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
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
