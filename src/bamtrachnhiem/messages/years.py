"""Messages about movement years and criteria sets."""

MESSAGES = {
    "year_out_of_range": (
        "Năm {year} không hợp lệ. Hãy chọn một năm từ 2000 đến 2100.",
        "The year {year} is not valid. Choose a year from 2000 to 2100.",
    ),
    "criteria_from_upper": (
        "Bộ tiêu chí năm {year} do cấp trên ({unit}) ban hành nên không sửa được ở đây. "
        "Nếu cần thay đổi, hãy đề nghị cấp trên gửi gói cấu hình mới.",
        "The {year} criteria set came from the level above ({unit}) and cannot be changed "
        "here. Ask the level above for a new configuration packet.",
    ),
    "criteria_in_use": (
        "Bộ tiêu chí năm {year} đã được dùng để chấm điểm nên không sửa được nữa.",
        "The {year} criteria set has already been used for scoring and can no longer change.",
    ),
    "criteria_empty": (
        "Bộ tiêu chí năm {year} phải có ít nhất một trách nhiệm và một tiêu chí.",
        "The {year} criteria set needs at least one pillar and one criterion.",
    ),
    "criteria_duplicate_code": (
        "Mã “{code}” bị trùng trong bộ tiêu chí. Mỗi tiêu chí cần một mã riêng.",
        "The code “{code}” appears twice in the criteria set. Give each a code of its own.",
    ),
    "criteria_unknown_pillar": (
        "Tiêu chí {code} thuộc trách nhiệm “{pillar}” không có trong bộ tiêu chí. "
        "Hãy chọn A, B hoặc C (hoặc mã trách nhiệm đã khai báo).",
        "Criterion {code} belongs to pillar “{pillar}”, which the set does not have. "
        "Choose one of the declared pillars.",
    ),
    "criteria_bad_max": (
        "Điểm tối đa của tiêu chí {code} phải lớn hơn 0 (đang là {value}).",
        "The maximum of criterion {code} must be above 0 (it is {value}).",
    ),
    "criteria_bad_rules": (
        "Điểm cộng tối đa và tổng điểm tối đa của năm {year} phải là số dương.",
        "The bonus cap and total cap of {year} must be positive numbers.",
    ),
    "criteria_bad_bands": (
        "Các mức xếp loại năm {year} phải giảm dần và mức thấp nhất bắt đầu từ 0.",
        "The bands of {year} must go down in order, the lowest starting at 0.",
    ),
    "criteria_bad_title_rule": (
        "Quy tắc xếp loại năm và danh hiệu năm {year} chưa hợp lệ: số tháng tối thiểu từ 1 "
        "đến 12, tỉ lệ tối đa từ 0 đến 100%, các mức điểm từ 0 đến tổng điểm tối đa, số sáng "
        "kiến không âm.",
        "The yearly rating and title rule of {year} is not valid: minimum months 1 to 12, "
        "maximum share 0 to 100%, point thresholds between 0 and the total cap, and a "
        "non-negative number of initiatives.",
    ),
    "criteria_unknown_participation": (
        "Tiêu chí gợi ý theo số hoạt động tham gia (“{code}”) không có trong bộ tiêu chí. "
        "Hãy chọn một mã tiêu chí đã khai báo hoặc để trống.",
        "The criterion hinted by activity participation (“{code}”) is not in the set. "
        "Choose a declared criterion code or leave it empty.",
    ),
    "criteria_blank_pillar": (
        "Trách nhiệm thứ {position} chưa có mã hoặc tên. Hãy nhập cả mã (ví dụ A) và tên.",
        "Pillar {position} has no code or name. Enter both a code (e.g. A) and a name.",
    ),
    "criteria_blank_criterion": (
        "Tiêu chí thứ {position} chưa có mã hoặc nội dung. Hãy nhập cả mã (ví dụ A1) và "
        "nội dung tiêu chí.",
        "Criterion {position} has no code or wording. Enter both a code (e.g. A1) and the wording.",
    ),
    "criteria_definition_invalid": (
        "Nội dung bộ tiêu chí không đúng cấu trúc nên không đọc được.",
        "The criteria set's content is not in the expected structure.",
    ),
}
