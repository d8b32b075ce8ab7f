"""Messages for opening, writing, backing up and restoring the database."""

MESSAGES = {
    "db_not_found": (
        "Không tìm thấy tệp dữ liệu {path}. Hãy chọn lại tệp hoặc tạo đơn vị mới.",
        "The data file {path} was not found. Choose the file again or create a new unit.",
    ),
    "db_cannot_read": (
        "Không đọc được tệp {path}. Kiểm tra quyền truy cập rồi thử lại.",
        "Cannot read {path}. Check that you may open it and try again.",
    ),
    "db_cannot_open": (
        "Không mở được tệp dữ liệu {path} ({detail}). Hãy thử lại hoặc khôi phục từ bản sao lưu.",
        "Cannot open the data file {path} ({detail}). Try again or restore a backup.",
    ),
    "db_not_sqlite": (
        "Tệp {path} không phải là tệp dữ liệu của Ba Trách Nhiệm. Hãy chọn đúng tệp .db của đơn vị.",
        "{path} is not a Ba Trách Nhiệm data file. Choose your unit's .db file.",
    ),
    "db_corrupt": (
        "Tệp dữ liệu {path} bị hỏng. Hãy khôi phục từ bản sao lưu gần nhất (Tệp → Khôi phục).",
        "The data file {path} is damaged. Restore the latest backup (File → Restore).",
    ),
    "db_foreign": (
        "Tệp {path} là cơ sở dữ liệu của một phần mềm khác, không phải của Ba Trách Nhiệm. "
        "Hãy chọn đúng tệp dữ liệu của đơn vị.",
        "{path} is another application's database, not Ba Trách Nhiệm's. "
        "Choose your unit's data file.",
    ),
    "db_newer": (
        "Tệp {path} được tạo bởi phiên bản mới hơn của phần mềm (cấu trúc {version}, "
        "phiên bản này chỉ hiểu đến {supported}). Hãy cập nhật phần mềm rồi mở lại.",
        "{path} was written by a newer version of the app (schema {version}; this version "
        "understands up to {supported}). Update the app, then open it again.",
    ),
    "db_in_use": (
        "Tệp dữ liệu {path} đang được mở ở một cửa sổ hoặc máy khác. Hãy đóng nơi đó rồi thử lại.",
        "The data file {path} is open in another window or program. Close it there and try again.",
    ),
    "db_read_only_location": (
        "Không ghi được vào {path} (thư mục chỉ đọc, ổ đĩa khóa ghi hoặc thiếu quyền). "
        "Có thể mở ở chế độ chỉ xem, hoặc chép tệp sang thư mục khác.",
        "Cannot write to {path} (read-only folder or drive, or no permission). "
        "Open it read-only, or copy the file to another folder.",
    ),
    "db_read_only": (
        "Tệp dữ liệu {path} đang mở ở chế độ chỉ xem nên không lưu được thay đổi.",
        "The data file {path} is open read-only, so changes cannot be saved.",
    ),
    "db_disk_full": (
        "Ổ đĩa chứa {path} đã đầy nên không lưu được. Chưa có gì bị thay đổi. "
        "Hãy giải phóng dung lượng rồi thử lại.",
        "The disk holding {path} is full, so nothing was saved. Free some space and try again.",
    ),
    "db_migration_failed": (
        "Không nâng cấp được tệp dữ liệu {path} lên cấu trúc {version} ({detail}). Dữ liệu cũ "
        "vẫn nguyên vẹn và đã được sao lưu. Hãy báo cho người hỗ trợ kỹ thuật.",
        "Could not upgrade {path} to schema {version} ({detail}). The data is unchanged and was "
        "backed up. Please contact support.",
    ),
    "backup_failed": (
        "Bản sao lưu {path} không đạt kiểm tra toàn vẹn. Hãy thử sao lưu lại vào thư mục khác.",
        "The backup {path} failed its integrity check. Try backing up to another folder.",
    ),
    "restore_not_database": (
        "Tệp {path} không phải là bản sao lưu dữ liệu. Không có gì bị thay đổi.",
        "{path} is not a data backup. Nothing was changed.",
    ),
    "restore_corrupt": (
        "Bản sao lưu {path} bị hỏng nên không khôi phục. Không có gì bị thay đổi; hãy chọn bản khác.",
        "The backup {path} is damaged and was not restored. Nothing changed; choose another one.",
    ),
    "restore_foreign": (
        "Tệp {path} là dữ liệu của phần mềm khác nên không khôi phục. Không có gì bị thay đổi.",
        "{path} belongs to another application and was not restored. Nothing was changed.",
    ),
    "defusedxml_missing": (
        "Thiếu thành phần an toàn defusedxml nên không mở tệp Excel. Hãy cài lại phần mềm.",
        "The defusedxml safety component is missing, so Excel files are not opened. "
        "Reinstall the app.",
    ),
}
