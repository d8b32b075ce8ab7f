"""Messages about members."""

MESSAGES = {
    "member_given_name_required": (
        "Hãy nhập tên của đoàn viên.",
        "Enter the member's given name.",
    ),
    "member_email_invalid": (
        "Địa chỉ thư “{email}” không hợp lệ. Hãy nhập dạng ten@coquan.gov.vn hoặc để trống.",
        "The e-mail address “{email}” is not valid. Use the form name@office.gov.vn or leave it empty.",
    ),
    "member_birth_date_out_of_range": (
        "Ngày sinh {value} không hợp lý. Hãy nhập ngày dạng ngày/tháng/năm, ví dụ 05/03/1996.",
        "The birth date {value} is not plausible. Enter it as day/month/year, e.g. 05/03/1996.",
    ),
    "member_joined_in_future": (
        "Ngày vào Đoàn {value} ở tương lai. Hãy kiểm tra lại.",
        "The date joined {value} is in the future. Check it.",
    ),
    "member_not_found": (
        "Không tìm thấy đoàn viên này (có thể đã bị xóa). Hãy tải lại danh sách.",
        "This member was not found (perhaps deleted). Reload the list.",
    ),
    "invalid_date": (
        "“{value}” không phải là ngày hợp lệ. Hãy nhập dạng ngày/tháng/năm, ví dụ 05/03/1996.",
        "“{value}” is not a valid date. Enter day/month/year, for example 05/03/1996.",
    ),
}

MESSAGES.update(
    {
        "member_birth_invalid": (
            "Ngày sinh “{value}” không hợp lệ. Hãy nhập ngày/tháng/năm (ví dụ 05/03/1996) "
            "hoặc chỉ năm sinh (ví dụ 1996).",
            "The birth date “{value}” is not valid. Enter day/month/year (e.g. 05/03/1996) "
            "or just the year (e.g. 1996).",
        ),
        "member_joined_invalid": (
            "Ngày vào Đoàn “{value}” không hợp lệ. Hãy nhập ngày/tháng/năm, ví dụ 26/03/2012.",
            "The date joined “{value}” is not valid. Enter day/month/year, e.g. 26/03/2012.",
        ),
    }
)

MESSAGES["status_date_invalid"] = (
    "Ngày “{value}” không hợp lệ. Hãy nhập ngày/tháng/năm, ví dụ 01/07/2026.",
    "The date “{value}” is not valid. Enter day/month/year, e.g. 01/07/2026.",
)

MESSAGES["member_has_history"] = (
    "Không xóa được đoàn viên này vì đã có kết quả đánh giá hoặc sáng kiến. "
    "Hãy đánh dấu “Chuyển sinh hoạt” hoặc “Trưởng thành” thay vì xóa.",
    "This member cannot be deleted: they have assessments or initiatives. "
    "Mark them transferred or aged out instead.",
)
