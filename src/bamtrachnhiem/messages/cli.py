"""Messages of the command line: help, usage errors, tables and confirmations."""

MESSAGES = {
    # --- help and usage -------------------------------------------------------------------
    "cli_description": (
        "Sổ theo dõi phong trào “3 trách nhiệm” trên dòng lệnh. "
        "Các tùy chọn chung (--db, --lang, --json) đặt trước tên lệnh.",
        "The “3 responsibilities” movement book on the command line. "
        "Global options (--db, --lang, --json) go before the command.",
    ),
    "cli_usage_prefix": ("Cách dùng: ", "usage: "),
    "cli_positionals_title": ("tham số", "positional arguments"),
    "cli_optionals_title": ("tùy chọn", "options"),
    "cli_commands_title": ("lệnh", "commands"),
    "cli_metavar_command": ("LỆNH", "COMMAND"),
    "cli_metavar_file": ("TỆP", "FILE"),
    "cli_metavar_code": ("MÃ", "CODE"),
    "cli_metavar_name": ("TÊN", "NAME"),
    "cli_metavar_level": ("CẤP", "LEVEL"),
    "cli_metavar_sheet": ("TRANG", "SHEET"),
    "cli_help_help": ("hiện hướng dẫn này rồi thoát", "show this help message and exit"),
    "cli_help_version": ("hiện số phiên bản rồi thoát", "show the version and exit"),
    "cli_help_db": (
        "tệp dữ liệu của đơn vị (mặc định: {path})",
        "the unit's data file (default: {path})",
    ),
    "cli_help_lang": (
        "ngôn ngữ thông báo: vi (mặc định) hoặc en",
        "language of the messages: vi (default) or en",
    ),
    "cli_help_json": (
        "in kết quả dạng JSON (một tài liệu trên stdout)",
        "print the result as JSON (one document on stdout)",
    ),
    "cli_help_init": (
        "tạo tệp dữ liệu mới với đơn vị của mình",
        "create a new data file with its own unit",
    ),
    "cli_help_init_unit_code": (
        "mã đơn vị của mình, không có khoảng trắng (ví dụ CD-UBND-PD)",
        "the own unit's code, without spaces (for example CD-UBND-PD)",
    ),
    "cli_help_init_unit_name": ("tên đơn vị của mình", "the own unit's name"),
    "cli_help_level": (
        "cấp của đơn vị (ví dụ “Chi đoàn”)",
        "the unit's level (for example “Chi đoàn”)",
    ),
    "cli_help_init_parent_code": (
        "mã đơn vị cấp trên (đi cùng --parent-name)",
        "the parent unit's code (goes with --parent-name)",
    ),
    "cli_help_init_parent_name": (
        "tên đơn vị cấp trên (đi cùng --parent-code)",
        "the parent unit's name (goes with --parent-code)",
    ),
    "cli_help_units": ("đơn vị trong cây tổ chức", "units of the tree"),
    "cli_help_units_add": (
        "thêm một đơn vị trực thuộc đơn vị đã có",
        "add a unit below one already in the data file",
    ),
    "cli_help_units_list": (
        "liệt kê mọi đơn vị; đơn vị của mình được đánh dấu",
        "list every unit; the own one is flagged",
    ),
    "cli_help_unit_code": ("mã đơn vị, không có khoảng trắng", "the unit code, without spaces"),
    "cli_help_unit_name": ("tên đơn vị", "the unit name"),
    "cli_help_parent_code": (
        "mã đơn vị cấp trên (phải có sẵn trong tệp dữ liệu)",
        "the parent unit's code (must already be in the data file)",
    ),
    "cli_help_members": ("đoàn viên", "members"),
    "cli_help_members_import": (
        "nhập danh sách đoàn viên từ tệp Excel (.xlsx)",
        "import a member list from an Excel file (.xlsx)",
    ),
    "cli_help_import_file": ("tệp Excel danh sách đoàn viên", "the Excel member list"),
    "cli_help_import_sheet": (
        "tên trang tính chứa danh sách (mặc định: tự tìm)",
        "the sheet holding the list (default: found automatically)",
    ),
    "cli_help_dry_run": (
        "chạy thử: chỉ xem trước kết quả, không thay đổi gì",
        "dry run: preview the outcome, change nothing",
    ),
    "cli_help_convert_legacy": (
        "chuyển chữ mã cũ (TCVN3, VNI) sang Unicode khi nhập; thiếu cờ này thì danh sách có "
        "chữ mã cũ bị từ chối",
        "convert legacy-encoded text (TCVN3, VNI) to Unicode while importing; without it, a "
        "list holding such text is refused",
    ),
    "cli_help_members_list": (
        "liệt kê đoàn viên theo thứ tự tên tiếng Việt",
        "list members in Vietnamese name order",
    ),
    "cli_help_members_list_unit": (
        "chỉ đoàn viên của đơn vị có mã này (mặc định: mọi đơn vị)",
        "only the members of the unit with this code (default: every unit)",
    ),
    "cli_help_backup": (
        "sao lưu tệp dữ liệu ra một tệp khác",
        "back the data file up to another file",
    ),
    "cli_help_backup_output": (
        "tệp sao lưu cần tạo (hoặc một thư mục có sẵn)",
        "the backup file to write (or an existing folder)",
    ),
    "cli_help_restore": (
        "khôi phục tệp dữ liệu từ một bản sao lưu",
        "restore the data file from a backup",
    ),
    "cli_help_restore_file": ("bản sao lưu cần khôi phục", "the backup to restore"),
    "cli_help_check": (
        "kiểm tra tính toàn vẹn của tệp dữ liệu và tóm tắt nội dung",
        "check the data file's integrity and summarise its content",
    ),
    # --- usage errors (argparse messages, translated) ---------------------------------------
    "cli_usage_error_line": ("{prog}: lỗi: {message}", "{prog}: error: {message}"),
    "cli_usage_hint": (
        "Gõ “{prog} -h” để xem cách dùng.",
        "Run “{prog} -h” for help.",
    ),
    "cli_usage_required": (
        "thiếu tham số bắt buộc: {args}",
        "the following arguments are required: {args}",
    ),
    "cli_usage_unrecognized": (
        "không hiểu các tham số: {args}",
        "unrecognized arguments: {args}",
    ),
    "cli_usage_invalid_choice": (
        "tham số {arg}: giá trị {value} không hợp lệ (chọn một trong: {choices})",
        "argument {arg}: invalid choice {value} (choose from {choices})",
    ),
    "cli_usage_expected_one": (
        "tham số {arg} cần một giá trị",
        "argument {arg}: expected one argument",
    ),
    "cli_usage_expected_at_most_one": (
        "tham số {arg} nhận nhiều nhất một giá trị",
        "argument {arg}: expected at most one argument",
    ),
    "cli_usage_expected_at_least_one": (
        "tham số {arg} cần ít nhất một giá trị",
        "argument {arg}: expected at least one argument",
    ),
    "cli_usage_invalid_value": (
        "tham số {arg}: giá trị {value} không hợp lệ",
        "argument {arg}: invalid value {value}",
    ),
    "cli_usage_not_allowed_with": (
        "tham số {arg} không dùng cùng với {other}",
        "argument {arg}: not allowed with argument {other}",
    ),
    "cli_usage_ignored_explicit": (
        "tham số {arg} không nhận giá trị {value}",
        "argument {arg}: takes no value ({value} given)",
    ),
    "cli_usage_one_of_required": (
        "cần một trong các tham số {args}",
        "one of the arguments {args} is required",
    ),
    "cli_usage_ambiguous": (
        "tùy chọn {option} không rõ, có thể là: {matches}",
        "ambiguous option: {option} could match {matches}",
    ),
    "cli_usage_argument": ("tham số {arg}: {detail}", "argument {arg}: {detail}"),
    "cli_usage_generic": ("lệnh không hợp lệ: {detail}", "invalid command: {detail}"),
    "cli_usage_parent_pair": (
        "--parent-code và --parent-name phải dùng cùng nhau",
        "--parent-code and --parent-name go together",
    ),
    # --- results --------------------------------------------------------------------------
    "cli_init_done": (
        "Đã tạo tệp dữ liệu {path} cho đơn vị {name} ({unit_code}).",
        "Created the data file {path} for the unit {name} ({unit_code}).",
    ),
    "cli_unit_added": (
        "Đã thêm đơn vị {name} ({unit_code}) trực thuộc {parent}.",
        "Added the unit {name} ({unit_code}) below {parent}.",
    ),
    "cli_units_empty": (
        "Tệp dữ liệu chưa có đơn vị nào. Hãy tạo đơn vị của mình (bamtrachnhiem-cli init).",
        "The data file has no units yet. Create the own unit (bamtrachnhiem-cli init).",
    ),
    "cli_units_count": ("Tổng cộng: {count} đơn vị.", "Total: {count} units."),
    "cli_col_code": ("Mã", "Code"),
    "cli_col_name": ("Tên đơn vị", "Name"),
    "cli_col_level": ("Cấp", "Level"),
    "cli_col_parent": ("Cấp trên", "Parent"),
    "cli_col_own": ("Của mình", "Own"),
    "cli_own_yes": ("có", "yes"),
    "cli_col_no": ("STT", "No."),
    "cli_col_full_name": ("Họ và tên", "Full name"),
    "cli_col_birth": ("Ngày sinh", "Born"),
    "cli_col_gender": ("Giới tính", "Gender"),
    "cli_col_position": ("Chức vụ", "Position"),
    "cli_col_department": ("Đơn vị công tác", "Department"),
    "cli_col_unit": ("Mã đơn vị", "Unit"),
    "cli_col_phone": ("Điện thoại", "Phone"),
    "cli_col_status": ("Trạng thái", "Status"),
    "cli_gender_male": ("Nam", "Male"),
    "cli_gender_female": ("Nữ", "Female"),
    "cli_status_active": ("Đang sinh hoạt", "Active"),
    "cli_status_transferred": ("Đã chuyển sinh hoạt", "Transferred"),
    "cli_status_aged_out": ("Đã trưởng thành", "Aged out"),
    "cli_duplicate_note": (
        "* Có thể trùng với một đoàn viên khác cùng tên trong cùng đơn vị.",
        "* Possibly the same person as another member of the unit with the same name.",
    ),
    "cli_members_empty": ("Chưa có đoàn viên nào.", "No members yet."),
    "cli_members_count": ("Tổng cộng: {count} đoàn viên.", "Total: {count} members."),
    "cli_file_not_found": (
        "Không tìm thấy tệp {path}. Hãy kiểm tra lại đường dẫn.",
        "The file {path} was not found. Check the path.",
    ),
    "cli_import_sheet": (
        "Tệp {path}, trang tính “{sheet}”.",
        "File {path}, sheet “{sheet}”.",
    ),
    "cli_import_counts": (
        "Thêm mới: {created}, cập nhật: {updated}, không đổi: {unchanged}, "
        "bỏ qua: {skipped}, lỗi: {errors}.",
        "Created: {created}, updated: {updated}, unchanged: {unchanged}, "
        "skipped: {skipped}, errors: {errors}.",
    ),
    "cli_import_dry_run": (
        "Chạy thử: chưa có gì thay đổi trong tệp dữ liệu.",
        "Dry run: nothing was changed in the data file.",
    ),
    "cli_import_done": (
        "Đã nhập danh sách đoàn viên từ {path}.",
        "Imported the member list from {path}.",
    ),
    "cli_import_refused": (
        "Không nhập gì vì danh sách còn lỗi. Hãy sửa tệp rồi chạy lại.",
        "Nothing was imported because the list has errors. Fix the file and run again.",
    ),
    "cli_import_error_rows_left_out": (
        "Các dòng có lỗi ({count}) không được nhập. Hãy sửa trong tệp Excel rồi nhập lại; "
        "các dòng đã nhập sẽ không bị thêm lần nữa.",
        "The rows with errors ({count}) were left out. Correct them in the Excel file and import "
        "again; rows already imported will not be added twice.",
    ),
    "cli_import_backup": (
        "Bản sao lưu trước khi nhập: {path}",
        "Backup made before the import: {path}",
    ),
    "cli_import_errors_title": ("Lỗi:", "Errors:"),
    "cli_import_warnings_title": ("Cảnh báo:", "Warnings:"),
    "cli_import_legacy_refused": (
        "Tệp {file}, trang “{sheet}”: có chữ mã cũ {encoding} ở {count} ô, ô đầu tiên là {cell} "
        "(dòng {row}, cột “{column}”): “{value}”, có lẽ là “{converted}”. Chưa nhập gì, vì "
        "chữ sẽ bị lưu sai. Hãy chạy lại lệnh với --convert-legacy để chuyển sang Unicode khi "
        "nhập, hoặc chuyển tệp sang Unicode trước (ví dụ bằng công cụ chuyển mã của Unikey).",
        "{file}, sheet “{sheet}”: legacy {encoding} text in {count} cell(s), the first at {cell} "
        "(row {row}, column “{column}”): “{value}”, probably “{converted}”. Nothing was "
        "imported, since the text would be stored garbled. Run the command again with "
        "--convert-legacy to convert it to Unicode while importing, or convert the file to "
        "Unicode first (for example with Unikey's converter).",
    ),
    "cli_import_legacy_converted": (
        "Chữ mã cũ ({encoding}) được chuyển sang Unicode.",
        "Legacy-encoded text ({encoding}) is converted to Unicode.",
    ),
    "cli_backup_done": (
        "Đã sao lưu {db} vào {path}.",
        "Backed up {db} to {path}.",
    ),
    "cli_backup_same_file": (
        "Không được sao lưu đè lên chính tệp dữ liệu {path}. Hãy chọn tên tệp khác.",
        "A backup must not overwrite the data file {path} itself. Choose another file name.",
    ),
    "cli_output_folder_missing": (
        "Thư mục {path} không tồn tại. Hãy tạo thư mục trước hoặc chọn nơi khác.",
        "The folder {path} does not exist. Create it first or choose another place.",
    ),
    "cli_restore_done": (
        "Đã khôi phục {db} từ bản sao lưu {path}.",
        "Restored {db} from the backup {path}.",
    ),
    "cli_restore_safety": (
        "Dữ liệu trước khi khôi phục đã được sao lưu vào {path}.",
        "The data as it was before the restore is backed up in {path}.",
    ),
    "cli_check_ok": (
        "Tệp dữ liệu {path} nguyên vẹn.",
        "The data file {path} is sound.",
    ),
    "cli_check_failed": (
        "Tệp dữ liệu {path} có lỗi toàn vẹn. Hãy khôi phục từ bản sao lưu gần nhất:",
        "The data file {path} failed the integrity check. Restore the latest backup:",
    ),
    "cli_check_schema": ("Phiên bản cấu trúc dữ liệu: {version}", "Schema version: {version}"),
    "cli_check_own_unit": (
        "Đơn vị của mình: {name} ({unit_code})",
        "Own unit: {name} ({unit_code})",
    ),
    "cli_check_no_own_unit": ("Chưa có đơn vị của mình.", "No own unit yet."),
    "cli_check_units": ("Số đơn vị: {count}", "Units: {count}"),
    "cli_check_members": ("Số đoàn viên: {count}", "Members: {count}"),
    # --- failures -------------------------------------------------------------------------
    "cli_unexpected": (
        "Lệnh “{command}” gặp lỗi không mong đợi ({detail}). Chưa chắc thao tác đã hoàn tất. "
        "Chi tiết kỹ thuật đã ghi vào {log}; hãy gửi tệp này cho người hỗ trợ kỹ thuật.",
        "The command “{command}” failed unexpectedly ({detail}). It may not have completed. "
        "Technical details were written to {log}; please send that file to support.",
    ),
    "cli_unexpected_no_log": (
        "Lệnh “{command}” gặp lỗi không mong đợi ({detail}). Chưa chắc thao tác đã hoàn tất. "
        "Hãy báo cho người hỗ trợ kỹ thuật.",
        "The command “{command}” failed unexpectedly ({detail}). It may not have completed. "
        "Please contact support.",
    ),
    "cli_interrupted": ("Đã dừng theo yêu cầu.", "Stopped on request."),
}
