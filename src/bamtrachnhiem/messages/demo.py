"""Messages of the demo world (thế giới mẫu): refusals and the ``demo`` command's output."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- refusals -------------------------------------------------------------------------
    "demo_units_invalid": (
        "Số chi đoàn của thế giới mẫu là {value}; hãy chọn từ 1 đến {limit}.",
        "The demo world cannot have {value} branches; choose from 1 to {limit}.",
    ),
    "demo_members_invalid": (
        "Số đoàn viên mỗi chi đoàn là {value}; hãy chọn từ 1 đến {limit}.",
        "{value} members per branch is not possible; choose from 1 to {limit}.",
    ),
    "demo_month_invalid": (
        "Tháng cuối của dữ liệu mẫu là {month}; hãy chọn một tháng từ 1 đến 12.",
        "The demo data cannot end in month {month}; choose a month from 1 to 12.",
    ),
    "demo_folder_not_empty": (
        "Thư mục {path} đã có tệp. Thế giới mẫu chỉ được tạo trong thư mục mới hoặc trống, để "
        "không ghi đè dữ liệu nào: hãy chọn thư mục khác.",
        "The folder {path} already holds files. The demo world is made only in a new or empty "
        "folder, so that nothing is overwritten: choose another folder.",
    ),
    "demo_folder_is_file": (
        "{path} là một tệp, không phải thư mục. Hãy chọn một thư mục mới cho thế giới mẫu.",
        "{path} is a file, not a folder. Choose a new folder for the demo world.",
    ),
    "demo_folder_unwritable": (
        "Không tạo được thư mục {path} ({detail}). Hãy chọn nơi khác có quyền ghi.",
        "Cannot create the folder {path} ({detail}). Choose a place you can write to.",
    ),
    # --- the demo command -------------------------------------------------------------------
    "cli_help_demo": (
        "tạo thế giới mẫu: một huyện đoàn, các chi đoàn với dữ liệu cả năm và gói dữ liệu của "
        "từng chi đoàn",
        "build a demo world: a district union, its branches with a year of data, and each "
        "branch's packet",
    ),
    "cli_help_demo_out": (
        "thư mục tạo thế giới mẫu (mới hoặc trống)",
        "the folder to build the demo world in (new or empty)",
    ),
    "cli_help_demo_units": ("số chi đoàn", "how many branches"),
    "cli_help_demo_members": ("số đoàn viên mỗi chi đoàn", "members per branch"),
    "cli_help_demo_year": ("năm phong trào", "the movement year"),
    "cli_help_demo_seed": (
        "hạt giống ngẫu nhiên: cùng hạt giống cho cùng tên và cùng số dòng (mặc định {seed})",
        "random seed: the same seed gives the same names and row counts (default {seed})",
    ),
    "cli_help_demo_all_months": (
        "xuất thêm gói của từng tháng vào packets/<năm-tháng>/",
        "also write every month's packet to packets/<year-month>/",
    ),
    "cli_help_demo_workers": (
        "số tiến trình tạo chi đoàn song song (mặc định: theo số lõi CPU)",
        "how many processes build branches in parallel (default: one per CPU core)",
    ),
    "cli_metavar_folder": ("THƯ_MỤC", "FOLDER"),
    "cli_metavar_count": ("SỐ", "NUMBER"),
    "cli_demo_started": (
        "Đang tạo thế giới mẫu trong {folder}: {units} chi đoàn × {members} đoàn viên, năm {year}…",
        "Building the demo world in {folder}: {units} branches × {members} members, year {year}…",
    ),
    "cli_demo_upper_ready": (
        "Đã tạo đơn vị cấp trên {unit}; đang tạo các chi đoàn…",
        "The upper unit {unit} is ready; building the branches…",
    ),
    "cli_demo_progress": (
        "[{done}/{total}] Đã tạo chi đoàn {unit}",
        "[{done}/{total}] Branch {unit} built",
    ),
    "cli_demo_done": (
        "Xong trong {seconds} giây: {units} chi đoàn, {members} đoàn viên, {assessments} phiếu "
        "đánh giá tháng.",
        "Done in {seconds} s: {units} branches, {members} members, {assessments} monthly "
        "assessments.",
    ),
    "cli_demo_upper": (
        "Cấp trên: {path} ({unit}, chưa nhập gói nào)",
        "Upper level: {path} ({unit}, nothing imported yet)",
    ),
    "cli_demo_branches": ("Cơ sở dữ liệu chi đoàn: {path}", "Branch databases: {path}"),
    "cli_demo_packets": ("Gói dữ liệu tháng {month}: {path}", "Packets of month {month}: {path}"),
    "cli_demo_month_packets": (
        "Gói dữ liệu từng tháng: {path}/<năm-tháng>/",
        "Every month's packets: {path}/<year-month>/",
    ),
    "cli_demo_late": (
        "Nộp muộn (sau hạn ngày 5 tháng sau): {units}",
        "Sent late (after the 5th of the next month): {units}",
    ),
    "cli_demo_gap": (
        "Số thứ tự gói bị nhảy (một gói chưa tới cấp trên): {units}",
        "Sequence gap (one packet never reached the upper level): {units}",
    ),
    "cli_demo_try": (
        "Thử nhập: bamtrachnhiem-cli --db {upper} packet import {packets}",
        "Try importing: bamtrachnhiem-cli --db {upper} packet import {packets}",
    ),
}
