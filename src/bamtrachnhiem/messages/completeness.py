"""Messages of the completeness view and the ``status`` command, and the outcome of each file
on the data exchange page."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- status on the command line ---------------------------------------------------------
    "cli_help_status": (
        "tình hình nộp gói dữ liệu của các đơn vị trực thuộc: đơn vị × tháng",
        "completeness of the data packets of the units below: units × months",
    ),
    "cli_help_status_year": (
        "năm phong trào (mặc định: năm nay)",
        "the movement year (default: this year)",
    ),
    "cli_help_status_as_of": (
        "xét hạn nộp tính đến ngày này, dạng yyyy-mm-dd hoặc dd/mm/yyyy (mặc định: hôm nay)",
        "judge the deadlines as of this day, yyyy-mm-dd or dd/mm/yyyy (default: today)",
    ),
    "cli_metavar_day": ("NGÀY", "DATE"),
    "cli_status_bad_date": (
        "Ngày “{value}” không đọc được. Hãy viết dạng yyyy-mm-dd (2026-12-05) hoặc dd/mm/yyyy "
        "(05/12/2026).",
        "The date “{value}” cannot be read. Write it as yyyy-mm-dd (2026-12-05) or dd/mm/yyyy "
        "(05/12/2026).",
    ),
    "cli_status_title": (
        "Tình hình nộp gói dữ liệu năm {year} — {unit} ({unit_code}), tính đến ngày {date}",
        "Data packets received for {year} — {unit} ({unit_code}), as of {date}",
    ),
    "cli_status_no_units": (
        "Chưa có đơn vị trực thuộc nào trong cây đơn vị. Hãy thêm đơn vị bằng lệnh "
        "“units add” trước.",
        "There is no unit below yours in the tree yet. Add units with “units add” first.",
    ),
    "cli_status_col_unit": ("Đơn vị", "Unit"),
    "cli_status_col_last": ("Gói mới nhất", "Latest packet"),
    "cli_status_last": ("số {seq} (T{month})", "no. {seq} (M{month})"),
    "cli_status_month_label": ("T{month}", "M{month}"),
    "cli_status_received": ("Đã nhận", "Received"),
    "cli_status_deadlines": ("Hạn nộp: {deadlines}", "Deadlines: {deadlines}"),
    "cli_status_deadlines_upper": (
        "Hạn nộp (do cấp trên quy định): {deadlines}",
        "Deadlines (set by the level above): {deadlines}",
    ),
    "cli_status_mark_late": ("muộn", "late"),
    "cli_status_mark_missing": ("thiếu", "miss"),
    "cli_status_legend": (
        "Chú thích: ✓ nộp đúng hạn · muộn: nộp sau hạn · thiếu: quá hạn chưa nộp · "
        "“·”: chưa đến hạn. Gói tháng sau thay cho các tháng trước; đúng hạn hay muộn xét theo "
        "thời điểm đơn vị xuất gói.",
        "Legend: ✓ on time · late: sent after the deadline · miss: deadline passed, nothing "
        "sent · “·”: not due yet. A later month's packet covers the months before it; on time "
        "or late is judged by when the unit exported the packet.",
    ),
    # --- the outcome of one file on the data exchange page ----------------------------------
    "exchange_outcome_will_import": ("Sẽ nhập", "Will import"),
    "exchange_outcome_imported": ("Đã nhập", "Imported"),
    "exchange_outcome_imported_confirmed": (
        "Đã nhập (đã xác nhận phần bị sửa)",
        "Imported (edits confirmed)",
    ),
    "exchange_outcome_already": (
        "Đã nhập trước đó, ngày {date}",
        "Already imported on {date}",
    ),
    "exchange_outcome_already_undated": ("Đã nhập trước đó", "Already imported"),
    "exchange_outcome_stale": (
        "Cũ hơn gói đã nhận (số thứ tự {seq}, đã có số {last}): bỏ qua",
        "Older than the packet received (sequence {seq}, already have {last}): skipped",
    ),
    "exchange_outcome_stale_plain": (
        "Cũ hơn gói đã nhận: bỏ qua",
        "Older than the packet received: skipped",
    ),
    "exchange_outcome_edited": (
        "Bị sửa sau khi xuất ({rows} dòng): cần xác nhận",
        "Edited after export ({rows} rows): needs confirmation",
    ),
    "exchange_outcome_edited_confirmed": (
        "Bị sửa sau khi xuất ({rows} dòng): đã xác nhận, sẽ nhập",
        "Edited after export ({rows} rows): confirmed, will import",
    ),
    "exchange_outcome_edited_left": (
        "Bị sửa sau khi xuất: chưa nhập (chưa xác nhận)",
        "Edited after export: not imported (not confirmed)",
    ),
    "exchange_outcome_refused": ("Bị từ chối: {reason}", "Refused: {reason}"),
    "exchange_outcome_cancelled": ("Đã dừng trước tệp này", "Stopped before this file"),
    "exchange_section_applied": ("cập nhật", "applied"),
    "exchange_section_stale": ("cũ hơn, bỏ qua", "older, skipped"),
    "exchange_section_unchanged": ("đã có, không đổi", "already here, unchanged"),
}
