"""Messages about pledges (đăng ký) and the printed pledge form."""

_ORDER_VI = (
    "Thứ tự là: Nháp → Đã nộp → Đã duyệt; bản đã nộp có thể trả lại để sửa, "
    "bản đã duyệt chỉ thay đổi được sau khi mở lại."
)
_ORDER_EN = (
    "The order is draft → submitted → approved; a submitted pledge can be returned for "
    "changes, an approved one changes only after it is reopened."
)

MESSAGES = {
    "pledge_not_found": (
        "Không tìm thấy bản đăng ký này (có thể đã bị xóa). Hãy tải lại danh sách.",
        "This pledge was not found (perhaps deleted). Reload the list.",
    ),
    "pledge_exists": (
        "Đoàn viên {name} đã có bản đăng ký năm {year}. Hãy mở bản đó để sửa thay vì tạo mới.",
        "{name} already has a pledge for {year}. Open it to make changes instead.",
    ),
    "pledge_locked": (
        "Bản đăng ký năm {year} của {name} đã được duyệt nên không sửa hay xóa được. "
        "Nếu cần thay đổi, hãy bấm “Mở lại” trước.",
        "The {year} pledge of {name} is approved and cannot be changed or deleted. "
        "Reopen it first if it must change.",
    ),
    "pledge_already_in_state": (
        "Bản đăng ký đã ở trạng thái này rồi.",
        "The pledge is already in this state.",
    ),
    "pledge_not_submitted": (
        "Bản đăng ký còn là bản nháp nên chưa duyệt được. Hãy nộp bản đăng ký trước, "
        "rồi mới duyệt.",
        "The pledge is still a draft and cannot be approved yet. Submit it first, then approve.",
    ),
    "pledge_transition_refused": (
        "Không thể chuyển bản đăng ký sang trạng thái này. " + _ORDER_VI,
        "The pledge cannot move to this state. " + _ORDER_EN,
    ),
    "pledge_empty": (
        "Bản đăng ký chưa có nội dung nào. Hãy chọn hoặc nhập ít nhất một nội dung đăng ký "
        "dưới một trách nhiệm rồi mới nộp.",
        "The pledge has no commitment yet. Pick or type at least one commitment under a "
        "responsibility before submitting.",
    ),
    "pledge_unknown_pillar": (
        "Nội dung đăng ký thuộc trách nhiệm “{pillar}” không có trong bộ tiêu chí của năm. "
        "Các trách nhiệm của năm là: {allowed}.",
        "A commitment is under pillar “{pillar}”, which the year's criteria set does not "
        "have. The year's pillars are: {allowed}.",
    ),
    "pledge_commitment_too_long": (
        "Một nội dung đăng ký dài {length} ký tự, quá giới hạn {limit} ký tự. Hãy viết ngắn "
        "gọn hoặc tách thành nhiều dòng.",
        "A commitment is {length} characters long, over the limit of {limit}. Shorten it or "
        "split it into several lines.",
    ),
    "pledge_target_kind_unknown": (
        "Chỉ tiêu dòng {row} có loại “{kind}” không hợp lệ. Hãy chọn: sáng kiến, khóa học, "
        "ngày tình nguyện hoặc khác.",
        "Target row {row} has an unknown kind “{kind}”. Choose initiatives, courses, "
        "volunteer days or other.",
    ),
    "pledge_target_name_required": (
        "Chỉ tiêu dòng {row} chưa có tên. Hãy nhập tên chỉ tiêu, ví dụ “Hiến máu tình nguyện”.",
        "Target row {row} has no name. Enter one, e.g. “Blood donation”.",
    ),
    "pledge_target_quantity_invalid": (
        "Số lượng của chỉ tiêu “{name}” (dòng {row}) phải là số lớn hơn 0 và không quá {limit}.",
        "The quantity of target “{name}” (row {row}) must be a number above 0 and at most {limit}.",
    ),
    "pledge_target_achieved_invalid": (
        "Kết quả đạt được của chỉ tiêu “{name}” (dòng {row}) phải là số từ 0 đến {limit}, "
        "hoặc để trống.",
        "The achieved value of target “{name}” (row {row}) must be a number from 0 to "
        "{limit}, or empty.",
    ),
    "pledge_targets_changed": (
        "Danh sách chỉ tiêu đã thay đổi ở nơi khác (có {expected} chỉ tiêu, nhận được "
        "{given} kết quả). Hãy đóng và mở lại bản đăng ký.",
        "The targets changed elsewhere ({expected} targets, {given} values given). Close "
        "and reopen the pledge.",
    ),
    "pledge_form_too_long": (
        "Bản đăng ký năm {year} của {name} quá dài để in trên một trang A4, kể cả khi đã "
        "thu nhỏ chữ. Hãy rút gọn các nội dung đăng ký hoặc ghi chú rồi in lại.",
        "The {year} pledge of {name} is too long for one A4 page, even in smaller type. "
        "Shorten the commitments or notes and print again.",
    ),
    "pdf_font_missing_chars": (
        "Phông chữ của tài liệu không in được các ký tự: {chars}. Hãy thay các ký tự này "
        "(thường do dán từ nơi khác) rồi in lại.",
        "The document font cannot print these characters: {chars}. Replace them (usually "
        "pasted from elsewhere) and print again.",
    ),
    "pdf_write_failed": (
        "Không ghi được tệp {path} ({reason}). Nếu tệp đang mở trong trình xem PDF, hãy đóng "
        "lại; hoặc chọn thư mục khác rồi thử lại.",
        "Could not write {path} ({reason}). If the file is open in a PDF viewer, close it; "
        "or choose another folder and try again.",
    ),
    "pledge_state_invalid": (
        "Tình trạng đăng ký “{value}” không có trong phần mềm (nháp, đã nộp, đã duyệt).",
        "The pledge state “{value}” is not one the app knows (draft, submitted, approved).",
    ),
    "pledge_content_invalid": (
        "Nội dung cam kết hoặc chỉ tiêu của bản đăng ký không đúng cấu trúc.",
        "The commitments or targets of the pledge are not in the expected structure.",
    ),
}
