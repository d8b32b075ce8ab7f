"""Messages about consolidation, campaign results of the units below, and periodic reports."""

MESSAGES = {
    # --- periods and rankings ------------------------------------------------------------------
    "period_months_invalid": (
        "Kỳ từ tháng {first} đến tháng {last} không hợp lệ: tháng phải từ 1 đến 12 và tháng "
        "đầu không sau tháng cuối.",
        "The period from month {first} to month {last} is not valid: months run from 1 to 12 "
        "and the first may not come after the last.",
    ),
    "period_unknown": (
        "Không có kỳ báo cáo “{period}”. Các kỳ: m01…m12 (tháng), q1…q4 (quý), h1 (6 tháng), "
        "year (năm).",
        "There is no report period “{period}”. Periods: m01…m12 (months), q1…q4 (quarters), "
        "h1 (six months), year.",
    ),
    "ranking_unknown": (
        "Không xếp hạng được theo “{figure}”.",
        "Units cannot be ranked by “{figure}”.",
    ),
    "report_due_before_period": (
        "Hạn nộp báo cáo kỳ {period} năm {year} không được trước tháng đầu của kỳ.",
        "The due date of the {period} {year} report cannot be before the period's first month.",
    ),
    # --- reports --------------------------------------------------------------------------------
    "report_kind_invalid": (
        "Loại báo cáo “{value}” không có. Chọn: tháng, quý, sơ kết 6 tháng, tổng kết năm.",
        "There is no report kind “{value}”. Choose monthly, quarterly, six-month or year.",
    ),
    "report_sections_invalid": (
        "Báo cáo phải có đủ 5 phần (I–V), đang có {count}.",
        "A report has five sections (I–V); this one has {count}.",
    ),
    "report_section_too_long": (
        "Phần “{section}” dài {length} ký tự, quá {limit} ký tự một ô bảng tính chứa được khi "
        "gửi lên cấp trên. Hãy rút gọn phần này.",
        "The section “{section}” is {length} characters long, more than the {limit} a "
        "spreadsheet cell holds when it is sent up. Shorten it.",
    ),
    "report_summary_required": (
        "Hãy nhập trích yếu của báo cáo (ví dụ “Sơ kết 6 tháng đầu năm…”).",
        "Enter the report's subject line (trích yếu), e.g. “Sơ kết 6 tháng đầu năm…”.",
    ),
    "report_not_issued": (
        "Báo cáo ở tình trạng “{value}” không được gửi đi: chỉ báo cáo đã ban hành mới có "
        "trong gói dữ liệu.",
        "A report in the state “{value}” cannot travel: only issued reports are in a data packet.",
    ),
    "report_figures_invalid": (
        "Số liệu của báo cáo không đọc được (cần một đối tượng JSON).",
        "The report's figures cannot be read (a JSON object is expected).",
    ),
    "report_not_found": (
        "Không tìm thấy báo cáo {id}. Xem danh sách bằng lệnh “report list”.",
        "No report {id}. List them with “report list”.",
    ),
    "report_issued": (
        "Báo cáo {number} đã ban hành nên không sửa, không xóa được. Muốn đính chính, hãy "
        "làm một báo cáo mới.",
        "The report {number} is issued: it can be neither changed nor deleted. To correct "
        "it, make a new report.",
    ),
    "report_not_own": (
        "Báo cáo này của đơn vị {unit} gửi lên, chỉ xem được tại đây.",
        "This report was sent by the unit {unit}; it can only be read here.",
    ),
    "report_month_required": (
        "Báo cáo tháng cần có tháng (--month).",
        "A monthly report needs its month (--month).",
    ),
    "report_quarter_required": (
        "Báo cáo quý cần có một tháng của quý (--month).",
        "A quarterly report needs a month of its quarter (--month).",
    ),
    "report_date_invalid": (
        "“{value}” không phải là ngày. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 15/06/2026.",
        "“{value}” is not a date. Type it as dd/mm/yyyy, e.g. 15/06/2026.",
    ),
    "chart_not_saved": (
        "Không lưu được biểu đồ vào {path}. Hãy chọn thư mục khác.",
        "The chart could not be saved to {path}. Choose another folder.",
    ),
    # --- the command line -------------------------------------------------------------------------
    "cli_help_summary": (
        "tổng hợp các đơn vị trực thuộc: mỗi đơn vị một dòng và dòng tổng cộng",
        "consolidate the units below: one row per unit and a totals row",
    ),
    "cli_help_summary_month": ("một tháng (1–12)", "one month (1–12)"),
    "cli_help_summary_period": (
        "một kỳ: h1 (6 tháng đầu năm) hoặc year (cả năm, mặc định)",
        "a period: h1 (the first six months) or year (the whole year, default)",
    ),
    "cli_help_campaigns": ("đợt thi đua và kết quả", "campaigns and their results"),
    "cli_help_campaigns_list": (
        "liệt kê các đợt thi đua của năm; mỗi chỉ tiêu cộng kết quả của các đơn vị trực thuộc",
        "list the year's campaigns; each target sums the results of the units below",
    ),
    "cli_summary_title": (
        "Tổng hợp của {unit}, {period} (hạn nộp gói tính đến {date}):",
        "Consolidation of {unit}, {period} (packet deadlines as of {date}):",
    ),
    "cli_summary_month": ("tháng {month}/{year}", "month {month}/{year}"),
    "cli_summary_months": (
        "tháng {first}–{last}/{year}",
        "months {first}–{last}/{year}",
    ),
    "cli_summary_no_units": (
        "Chưa có đơn vị trực thuộc nào; dòng tổng cộng là số liệu của chính đơn vị.",
        "There is no unit below yet; the totals are the unit's own figures.",
    ),
    "cli_summary_col_unit": ("Đơn vị", "Unit"),
    "cli_summary_col_members": ("Đoàn viên", "Members"),
    "cli_summary_col_pledged": ("Đã đăng ký", "Pledged"),
    "cli_summary_col_assessed": ("Lượt đánh giá", "Assessed"),
    "cli_summary_col_bands": ("XS/T/Đ/CĐ", "Exc/Good/Pass/Fail"),
    "cli_summary_col_mean": ("Điểm BQ", "Mean"),
    "cli_summary_col_initiatives": ("Sáng kiến", "Initiatives"),
    "cli_summary_col_activities": ("Hoạt động", "Activities"),
    "cli_summary_col_campaigns": ("Thi đua", "Campaigns"),
    "cli_summary_col_on_time": ("Gói đúng hạn", "On time"),
    "cli_summary_total": ("Tổng cộng", "Total"),
    "cli_summary_legend": (
        "Lượt đánh giá: số lượt đoàn viên – tháng đã có điểm / phải đánh giá. Gói đúng hạn: "
        "số tháng gửi đúng hạn / số tháng đã đến hạn (· chưa đến hạn).",
        "Assessed: member-months with a total / member-months expected. On time: months sent "
        "on time / months due (· none due yet).",
    ),
    "cli_campaigns_empty": ("Năm {year} chưa có đợt thi đua nào.", "No campaign in {year}."),
    "cli_campaigns_heading": (
        "{name} ({start} – {end}), do {launched_by} phát động:",
        "{name} ({start} – {end}), launched by {launched_by}:",
    ),
    "cli_campaigns_col_target": ("Chỉ tiêu", "Target"),
    "cli_campaigns_col_target_value": ("Đề ra", "Set"),
    "cli_campaigns_col_achieved": ("Đạt (cộng dồn)", "Achieved (summed)"),
    "cli_help_report": (
        "báo cáo định kỳ: tháng, quý, sơ kết 6 tháng, tổng kết năm",
        "periodic reports: monthly, quarterly, six-month, year",
    ),
    "cli_help_report_make": (
        "làm báo cáo mới (bản nháp) với số liệu và phần kết quả viết sẵn",
        "make a new report (a draft) with its figures and results section written",
    ),
    "cli_help_report_kind": (
        "loại báo cáo: monthly (tháng), quarter (quý), h1 (sơ kết 6 tháng), year (tổng kết năm)",
        "the kind: monthly, quarter, h1 (six months) or year",
    ),
    "cli_help_report_month": (
        "tháng của báo cáo tháng, hoặc một tháng của quý",
        "the month of a monthly report, or a month of the quarter",
    ),
    "cli_help_report_list": (
        "liệt kê báo cáo của đơn vị và báo cáo các đơn vị trực thuộc gửi lên",
        "list the unit's reports and those the units below sent",
    ),
    "cli_help_report_list_year": ("chỉ báo cáo của năm này", "only this year's reports"),
    "cli_help_report_issue": (
        "ban hành bản nháp: số liệu được chốt, báo cáo không sửa được nữa và đi kèm gói dữ liệu "
        "tiếp theo",
        "issue a draft: its figures freeze, it can no longer change, and the next data "
        "packet carries it",
    ),
    "cli_help_report_id": ("mã báo cáo (xem “report list”)", "the report's id (see “report list”)"),
    "cli_help_report_number": (
        "số văn bản (để trống để văn thư ghi sau)",
        "the document number (leave it out for the office to fill in)",
    ),
    "cli_metavar_number": ("SỐ", "NUMBER"),
    "cli_help_report_export": (
        "lưu báo cáo thành PDF (để in) hoặc .xlsx, kèm phụ lục",
        "save a report as PDF (to print) or as .xlsx, with its annex",
    ),
    "cli_help_report_format": ("pdf hoặc xlsx", "pdf or xlsx"),
    "cli_help_report_output": ("tệp cần ghi", "the file to write"),
    "cli_report_exported": (
        "Đã lưu báo cáo {number} vào {path}.",
        "Saved the report {number} to {path}.",
    ),
    "report_format_invalid": (
        "Không lưu được báo cáo dạng “{format}”: chọn pdf hoặc xlsx.",
        "A report cannot be saved as “{format}”: choose pdf or xlsx.",
    ),
    "cli_report_made": (
        "Đã làm báo cáo “{summary}” ({members} đoàn viên); mã: {id}",
        "Made the report “{summary}” ({members} members); id: {id}",
    ),
    "cli_report_figures": (
        "Đăng ký: {pledged}/{members} đoàn viên ({pledged_pct}); đánh giá: {assessed}/{expected} "
        "lượt ({assessed_pct}).",
        "Pledged: {pledged}/{members} members ({pledged_pct}); assessed: {assessed}/{expected} "
        "member-months ({assessed_pct}).",
    ),
    "cli_report_next": (
        "Sửa nội dung trong phần mềm, rồi ban hành: bamtrachnhiem-cli report issue {id}",
        "Edit its text in the app, then issue it: bamtrachnhiem-cli report issue {id}",
    ),
    "cli_report_none": ("Chưa có báo cáo nào.", "No report yet."),
    "cli_report_col_unit": ("Đơn vị", "Unit"),
    "cli_report_col_kind": ("Loại", "Kind"),
    "cli_report_col_period": ("Kỳ", "Period"),
    "cli_report_col_number": ("Số", "Number"),
    "cli_report_col_date": ("Ngày", "Date"),
    "cli_report_col_state": ("Tình trạng", "State"),
    "cli_report_col_id": ("Mã", "Id"),
    "cli_report_kind_monthly": ("Báo cáo tháng", "Monthly"),
    "cli_report_kind_quarter": ("Báo cáo quý", "Quarterly"),
    "cli_report_kind_h1": ("Sơ kết 6 tháng", "Six-month review"),
    "cli_report_kind_year": ("Tổng kết năm", "Year review"),
    "cli_report_state_draft": ("Bản nháp", "Draft"),
    "cli_report_state_issued": ("Đã ban hành", "Issued"),
    "cli_report_issued": (
        "Đã ban hành báo cáo {number} “{summary}”; gói dữ liệu tiếp theo sẽ mang báo cáo lên cấp "
        "trên.",
        "Issued the report {number} “{summary}”; the next data packet carries it up.",
    ),
    "cli_status_reports": (
        "{report} (hạn {due}): {sent}/{units} đơn vị đã gửi báo cáo; quá hạn chưa gửi: {missing}",
        "{report} (due {due}): {sent}/{units} units sent their report; overdue: {missing}",
    ),
    "cli_status_report_h1": ("Báo cáo sơ kết 6 tháng", "Six-month report"),
    "cli_status_report_year": ("Báo cáo tổng kết năm", "Year report"),
    # --- demo --full --------------------------------------------------------------------------------
    "cli_demo_upper_full": (
        "Cấp huyện: {path} ({unit})",
        "District: {path} ({unit})",
    ),
    "cli_demo_full_district": (
        "Huyện đoàn đã nhập {imported} gói của các chi đoàn và gửi {exports} gói lên tỉnh: {path}",
        "The district imported {imported} branch packets and sent {exports} packets up: {path}",
    ),
    "cli_demo_full_province": (
        "Cấp tỉnh: {path} (đã nhập {imported} gói của huyện đoàn)",
        "Province: {path} ({imported} district packets imported)",
    ),
    "cli_demo_full_reports": (
        "Báo cáo sơ kết 6 tháng đã ban hành: huyện {district}, tỉnh {province}, và mỗi chi đoàn.",
        "Six-month reports issued: district {district}, province {province}, and each branch.",
    ),
    "cli_demo_full_try": (
        "Thử xem: bamtrachnhiem-cli --db {upper} summary --year {year} --period h1",
        "Try: bamtrachnhiem-cli --db {upper} summary --year {year} --period h1",
    ),
}
