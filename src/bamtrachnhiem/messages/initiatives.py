"""Messages about initiatives (sáng kiến) and their states."""

_ORDER_VI = (
    "Thứ tự là: Đăng ký → Áp dụng thử → Đã áp dụng → Được công nhận; từ ba bước đầu có thể "
    "chuyển sang Không công nhận."
)
_ORDER_EN = (
    "The order is registered → trial → applied → recognised; from the first three it may "
    "instead be rejected."
)

MESSAGES = {
    "initiative_not_found": (
        "Không tìm thấy sáng kiến này (có thể đã bị xóa). Hãy tải lại danh sách.",
        "This initiative was not found (perhaps deleted). Reload the list.",
    ),
    "initiative_title_required": (
        "Hãy nhập tên sáng kiến.",
        "Enter the title of the initiative.",
    ),
    "initiative_author_required": (
        "Sáng kiến “{title}” chưa có tác giả. Hãy chọn ít nhất một đoàn viên là tác giả.",
        "The initiative “{title}” has no author. Pick at least one member as author.",
    ),
    "initiative_author_unknown": (
        "Một tác giả của sáng kiến “{title}” không có trong danh sách đoàn viên (có thể đã bị "
        "xóa). Hãy chọn lại tác giả.",
        "An author of “{title}” is not in the member list (perhaps deleted). Pick the authors "
        "again.",
    ),
    "initiative_year_invalid": (
        "Năm {year} không hợp lệ. Hãy chọn một năm từ 2000 đến 2100.",
        "The year {year} is not valid. Choose a year from 2000 to 2100.",
    ),
    "initiative_measure_invalid": (
        "Số đo trước/sau của sáng kiến “{title}” ({value}) phải là số không âm, nhỏ hơn "
        "1.000.000, hoặc để trống nếu chưa đo.",
        "The before/after figure of “{title}” ({value}) must be a non-negative number below "
        "1,000,000, or empty if not measured.",
    ),
    "initiative_dossiers_invalid": (
        "Số hồ sơ áp dụng của sáng kiến “{title}” ({value}) phải là số nguyên không âm, "
        "hoặc để trống.",
        "The dossiers affected by “{title}” ({value}) must be a whole number of at least 0, "
        "or empty.",
    ),
    "initiative_text_too_long": (
        "Nội dung của sáng kiến “{title}” quá dài (tối đa {limit} ký tự mỗi mục). Hãy viết "
        "ngắn gọn hơn.",
        "A text of “{title}” is too long (at most {limit} characters each). Shorten it.",
    ),
    "initiative_value_not_number": (
        "“{value}” không phải là số. Hãy nhập số, dùng dấu phẩy cho phần thập phân "
        "(ví dụ 1,5), hoặc để trống.",
        "“{value}” is not a number. Enter a number, with a comma for decimals (e.g. 1,5), "
        "or leave it empty.",
    ),
    "initiative_date_invalid": (
        "Ngày “{value}” không hợp lệ. Hãy nhập ngày/tháng/năm, ví dụ 15/06/2026.",
        "The date “{value}” is not valid. Enter day/month/year, e.g. 15/06/2026.",
    ),
    "initiative_already_in_state": (
        "Sáng kiến “{title}” đã ở trạng thái này rồi.",
        "The initiative “{title}” is already in this state.",
    ),
    "initiative_state_final": (
        "Sáng kiến “{title}” đã được công nhận hoặc không được công nhận, nên không chuyển "
        "trạng thái được nữa.",
        "The initiative “{title}” has been recognised or rejected; its state can no longer change.",
    ),
    "initiative_transition_refused": (
        "Sáng kiến “{title}” không chuyển thẳng sang bước này được. " + _ORDER_VI,
        "The initiative “{title}” cannot go straight to this step. " + _ORDER_EN,
    ),
    "initiative_level_required": (
        "Để ghi nhận sáng kiến “{title}” được công nhận, hãy nhập cấp công nhận "
        "(ví dụ Cấp cơ sở, Cấp tỉnh).",
        "To record “{title}” as recognised, enter the recognising level (e.g. provincial).",
    ),
    "initiative_decision_number_required": (
        "Để ghi nhận sáng kiến “{title}” được công nhận, hãy nhập số quyết định công nhận "
        "(ví dụ 125-QĐ/ĐTN).",
        "To record “{title}” as recognised, enter the decision number (e.g. 125-QĐ/ĐTN).",
    ),
    "initiative_decision_date_required": (
        "Để ghi nhận sáng kiến “{title}” được công nhận, hãy nhập ngày ký quyết định "
        "(ngày/tháng/năm).",
        "To record “{title}” as recognised, enter the date of the decision (day/month/year).",
    ),
    "initiative_reason_required": (
        "Hãy ghi lý do không công nhận sáng kiến “{title}”.",
        "Give the reason why “{title}” is rejected.",
    ),
    "initiative_state_invalid": (
        "Tình trạng sáng kiến “{value}” không có trong phần mềm.",
        "The initiative state “{value}” is not one the app knows.",
    ),
}
