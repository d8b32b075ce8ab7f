"""Messages about peak campaigns, their targets, and activities."""

MESSAGES = {
    "campaign_name_required": (
        "Hãy nhập tên đợt thi đua.",
        "Enter the name of the campaign.",
    ),
    "campaign_start_required": (
        "Đợt thi đua “{name}” cần có ngày bắt đầu (ngày/tháng/năm); năm của đợt tính theo ngày này.",
        "The campaign “{name}” needs a start date (dd/mm/yyyy); its year is taken from it.",
    ),
    "campaign_start_invalid": (
        "Ngày bắt đầu “{value}” không đúng. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 01/03/2026.",
        "The start date “{value}” is not a date. Type it as dd/mm/yyyy, e.g. 01/03/2026.",
    ),
    "campaign_end_invalid": (
        "Ngày kết thúc “{value}” không đúng. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 30/06/2026.",
        "The end date “{value}” is not a date. Type it as dd/mm/yyyy, e.g. 30/06/2026.",
    ),
    "campaign_end_before_start": (
        "Đợt thi đua “{name}” kết thúc ngày {end}, trước ngày bắt đầu {start}. "
        "Ngày kết thúc phải từ ngày bắt đầu trở đi.",
        "The campaign “{name}” ends on {end}, before it starts on {start}. "
        "The end date must be on or after the start date.",
    ),
    "campaign_target_name_required": (
        "Chỉ tiêu ở dòng {row} chưa có tên. Hãy nhập tên chỉ tiêu hoặc xóa dòng đó.",
        "The target on row {row} has no name. Enter one or remove the row.",
    ),
    "campaign_target_value_invalid": (
        "Giá trị chỉ tiêu “{name}” phải là số lớn hơn 0 (đang là {value}).",
        "The target value of “{name}” must be a number above 0 (it is {value}).",
    ),
    "campaign_achieved_negative": (
        "Kết quả đạt được của chỉ tiêu “{name}” không được âm ({value}). Hãy nhập số từ 0 trở lên.",
        "The achieved value of “{name}” cannot be negative ({value}). Enter 0 or more.",
    ),
    "campaign_quantity_invalid": (
        "“{value}” không phải là số. Hãy nhập số, ví dụ 12 hoặc 12,5 (dấu phẩy cho phần lẻ).",
        "“{value}” is not a number. Type a number such as 12 or 12,5 (comma for decimals).",
    ),
    "campaign_from_upper": (
        "Đợt thi đua “{name}” do cấp trên phát động nên không sửa hoặc xóa được ở đây; "
        "chỉ cập nhật được kết quả đạt được của các chỉ tiêu.",
        "The campaign “{name}” was launched by the level above: it cannot be changed or "
        "deleted here; only the achieved values of its targets can be recorded.",
    ),
    "campaign_not_own": (
        "Đợt thi đua “{name}” thuộc đơn vị {unit}; chỉ đơn vị đó mới sửa được.",
        "The campaign “{name}” belongs to unit {unit}; only that unit can change it.",
    ),
    "campaign_not_found": (
        "Không tìm thấy đợt thi đua này (có thể đã bị xóa). Hãy tải lại danh sách.",
        "This campaign was not found (perhaps deleted). Reload the list.",
    ),
    "campaign_target_not_found": (
        "Không tìm thấy chỉ tiêu này (có thể đã bị xóa). Hãy tải lại danh sách.",
        "This target was not found (perhaps deleted). Reload the list.",
    ),
    "activity_title_required": (
        "Hãy nhập tên hoạt động.",
        "Enter the title of the activity.",
    ),
    "activity_date_required": (
        "Hoạt động “{title}” cần có ngày tổ chức (ngày/tháng/năm).",
        "The activity “{title}” needs the date it took place (dd/mm/yyyy).",
    ),
    "activity_date_invalid": (
        "Ngày tổ chức “{value}” không đúng. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 26/03/2026.",
        "The date “{value}” is not a date. Type it as dd/mm/yyyy, e.g. 26/03/2026.",
    ),
    "activity_kind_invalid": (
        "Loại hoạt động “{value}” không có. Hãy chọn hội thi, diễn đàn, hội thảo, tọa đàm, "
        "tập huấn, tình nguyện, câu lạc bộ hoặc khác.",
        "There is no activity type “{value}”. Choose contest, forum, seminar, talk, training, "
        "volunteer day, club or other.",
    ),
    "activity_citizens_invalid": (
        "Số người dân được hỗ trợ của hoạt động “{title}” phải là số nguyên từ 0 trở lên "
        "(đang là {value}).",
        "The number of citizens helped by “{title}” must be a whole number of 0 or more "
        "(it is {value}).",
    ),
    "activity_participant_not_found": (
        "Một người tham gia không có trong danh sách đoàn viên (có thể đã bị xóa). "
        "Hãy mở lại hoạt động và chọn lại người tham gia.",
        "A participant is not in the member list (perhaps deleted). Open the activity again "
        "and pick the participants again.",
    ),
    "activity_campaign_not_found": (
        "Đợt thi đua gắn với hoạt động “{title}” không còn. Hãy chọn đợt khác hoặc để trống.",
        "The campaign linked to “{title}” no longer exists. Pick another or leave it empty.",
    ),
    "activity_not_found": (
        "Không tìm thấy hoạt động này (có thể đã bị xóa). Hãy tải lại danh sách.",
        "This activity was not found (perhaps deleted). Reload the list.",
    ),
    "activity_not_own": (
        "Hoạt động “{title}” thuộc đơn vị {unit}; chỉ đơn vị đó mới sửa được.",
        "The activity “{title}” belongs to unit {unit}; only that unit can change it.",
    ),
    "activity_month_invalid": (
        "Tháng {month} không hợp lệ. Hãy chọn tháng từ 1 đến 12.",
        "Month {month} is not valid. Choose a month from 1 to 12.",
    ),
    "activity_kind_required": (
        "Hãy chọn loại hoạt động (hội thi, tập huấn, tình nguyện… hoặc “Khác”).",
        "Choose the type of the activity (contest, training, volunteer day… or “Other”).",
    ),
}
