"""Messages of the desktop app's own command line (``bamtrachnhiem [TỆP]``)."""

MESSAGES = {
    "app_description": (
        "Sổ theo dõi phong trào “3 trách nhiệm”. Không có tham số: mở tệp dữ liệu dùng lần "
        "trước, hoặc hướng dẫn tạo đơn vị lần đầu. Lệnh cho máy (nhập, xuất gói, sao lưu): "
        "bamtrachnhiem-cli --help.",
        "The “3 responsibilities” movement book. Without arguments: opens the data file used "
        "last time, or guides you through setting up your unit. Commands for scripts (import, "
        "packets, backups): bamtrachnhiem-cli --help.",
    ),
    "app_help_file": (
        "tệp dữ liệu (.db) cần mở",
        "the data file (.db) to open",
    ),
    "app_file_missing": (
        "Không có tệp dữ liệu {path}. Kiểm tra lại đường dẫn, hoặc chạy bamtrachnhiem "
        "không có tham số để mở tệp dùng lần trước hay tạo đơn vị mới.",
        "There is no data file {path}. Check the path, or run bamtrachnhiem without "
        "arguments to open the file used last time or set up a new unit.",
    ),
    "app_file_is_folder": (
        "{path} là một thư mục, không phải tệp dữ liệu. Hãy chỉ ra tệp .db trong thư mục đó.",
        "{path} is a folder, not a data file. Name the .db file inside it.",
    ),
    "file_in_use_or_denied": (
        "Không mở được {path}: tệp đang được một chương trình khác mở (ví dụ Excel) hoặc "
        "bạn không có quyền với nó. Hãy đóng chương trình đó rồi thử lại.",
        "Cannot open {path}: another program has it open (Excel, for example) or you may not "
        "use it. Close that program and try again.",
    ),
    "file_gone": (
        "Không tìm thấy {path}. Có thể tệp đã bị chuyển hoặc xóa; hãy chọn lại.",
        "{path} was not found. It may have been moved or deleted; choose it again.",
    ),
    "file_is_folder": (
        "{path} là một thư mục. Hãy chọn một tệp.",
        "{path} is a folder. Choose a file.",
    ),
    "file_disk_full": (
        "Ổ đĩa chứa {path} đã đầy. Hãy giải phóng dung lượng rồi thử lại.",
        "The disk holding {path} is full. Free some space and try again.",
    ),
    "table_export_failed": (
        "Không ghi được tệp {path} ({detail}). Hãy chọn thư mục khác hoặc đóng tệp đó nếu "
        "đang mở trong Excel, rồi thử lại.",
        "Cannot write {path} ({detail}). Choose another folder, or close the file if Excel "
        "has it open, and try again.",
    ),
}
