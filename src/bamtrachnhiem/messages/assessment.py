"""Messages about scores, the monthly assessment grid, month locks and the audit log."""

MESSAGES = {
    # One cell, refused in place (the grid shows the row's member already).
    "score_not_a_number": (
        "“{text}” không phải là số điểm. Hãy nhập một số, ví dụ 7 hoặc 7,5.",
        "“{text}” is not a score. Type a number, e.g. 7 or 7.5.",
    ),
    "score_negative": (
        "{code}: điểm không được âm (đang nhập {value}). Hãy nhập từ 0 trở lên.",
        "{code}: a score cannot be negative (typed {value}). Type 0 or more.",
    ),
    "score_above_max": (
        "{code}: tối đa {max} điểm (đang nhập {value}).",
        "{code}: at most {max} points (typed {value}).",
    ),
    "score_too_precise": (
        "{code}: điểm chỉ lấy tối đa 2 chữ số thập phân (đang nhập {value}), ví dụ 7,25.",
        "{code}: scores take at most 2 decimal places (typed {value}), e.g. 7.25.",
    ),
    "bonus_negative": (
        "Điểm cộng không được âm (đang nhập {value}). Điểm bị trừ hãy nhập ở cột điểm trừ.",
        "The bonus cannot be negative (typed {value}). Put points taken off in the "
        "deduction column.",
    ),
    "bonus_above_cap": (
        "Điểm cộng: tối đa {max} điểm (đang nhập {value}).",
        "Bonus: at most {max} points (typed {value}).",
    ),
    "bonus_too_precise": (
        "Điểm cộng chỉ lấy tối đa 2 chữ số thập phân (đang nhập {value}).",
        "The bonus takes at most 2 decimal places (typed {value}).",
    ),
    "deduction_negative": (
        "Điểm trừ không được âm (đang nhập {value}). Hãy nhập số điểm bị trừ, ví dụ 5.",
        "The deduction cannot be negative (typed {value}). Type the points taken off, e.g. 5.",
    ),
    "deduction_above_max": (
        "Điểm trừ: tối đa {max} điểm (đang nhập {value}).",
        "Deduction: at most {max} points (typed {value}).",
    ),
    "deduction_too_precise": (
        "Điểm trừ chỉ lấy tối đa 2 chữ số thập phân (đang nhập {value}).",
        "The deduction takes at most 2 decimal places (typed {value}).",
    ),
    # A saved grid refused: the message names the member.
    "assessment_score_negative": (
        "Đoàn viên {member}, tiêu chí {code}: điểm không được âm (đang là {value}). "
        "Không có gì được lưu.",
        "Member {member}, criterion {code}: a score cannot be negative (it is {value}). "
        "Nothing was saved.",
    ),
    "assessment_score_above_max": (
        "Đoàn viên {member}, tiêu chí {code}: tối đa {max} điểm (đang là {value}). "
        "Không có gì được lưu.",
        "Member {member}, criterion {code}: at most {max} points (it is {value}). "
        "Nothing was saved.",
    ),
    "assessment_score_too_precise": (
        "Đoàn viên {member}, tiêu chí {code}: điểm chỉ lấy tối đa 2 chữ số thập phân "
        "(đang là {value}). Không có gì được lưu.",
        "Member {member}, criterion {code}: scores take at most 2 decimal places "
        "(it is {value}). Nothing was saved.",
    ),
    "assessment_bonus_negative": (
        "Đoàn viên {member}: điểm cộng không được âm (đang là {value}). Không có gì được lưu.",
        "Member {member}: the bonus cannot be negative (it is {value}). Nothing was saved.",
    ),
    "assessment_bonus_above_cap": (
        "Đoàn viên {member}: điểm cộng tối đa {max} điểm (đang là {value}). Không có gì được lưu.",
        "Member {member}: the bonus is at most {max} points (it is {value}). Nothing was saved.",
    ),
    "assessment_bonus_too_precise": (
        "Đoàn viên {member}: điểm cộng chỉ lấy tối đa 2 chữ số thập phân (đang là {value}). "
        "Không có gì được lưu.",
        "Member {member}: the bonus takes at most 2 decimal places (it is {value}). "
        "Nothing was saved.",
    ),
    "assessment_deduction_negative": (
        "Đoàn viên {member}: điểm trừ không được âm (đang là {value}). Không có gì được lưu.",
        "Member {member}: the deduction cannot be negative (it is {value}). Nothing was saved.",
    ),
    "assessment_deduction_above_max": (
        "Đoàn viên {member}: điểm trừ tối đa {max} điểm (đang là {value}). Không có gì được lưu.",
        "Member {member}: the deduction is at most {max} points (it is {value}). "
        "Nothing was saved.",
    ),
    "assessment_deduction_too_precise": (
        "Đoàn viên {member}: điểm trừ chỉ lấy tối đa 2 chữ số thập phân (đang là {value}). "
        "Không có gì được lưu.",
        "Member {member}: the deduction takes at most 2 decimal places (it is {value}). "
        "Nothing was saved.",
    ),
    "assessment_scores_invalid": (
        "Điểm chấm phải là danh sách điểm theo mã tiêu chí (ví dụ A1: 14).",
        "Scores must be points by criterion code (e.g. A1: 14).",
    ),
    "assessment_total_inconsistent": (
        "Tổng điểm {total} không khớp với điểm các tiêu chí, điểm cộng và điểm trừ "
        "(tính lại được {computed}).",
        "The total {total} does not match the criteria scores, bonus and deduction "
        "(they give {computed}).",
    ),
    "assessment_band_inconsistent": (
        "Xếp loại “{band}” không khớp với tổng điểm.",
        "The rating “{band}” does not match the total.",
    ),
    "assessment_unknown_criterion": (
        "Đoàn viên {member}: tiêu chí “{code}” không có trong bộ tiêu chí năm {year}. "
        "Không có gì được lưu.",
        "Member {member}: criterion “{code}” is not in the {year} criteria set. Nothing was saved.",
    ),
    "assessment_veto_reason_required": (
        "Đoàn viên {member}: khi đánh dấu vi phạm (xếp loại Chưa đạt) hãy ghi rõ lý do, "
        "ví dụ số quyết định kỷ luật.",
        "Member {member}: a veto (rated fail) needs a reason, e.g. the disciplinary "
        "decision number.",
    ),
    "assessment_member_not_in_grid": (
        "Đoàn viên {member} không sinh hoạt tại đơn vị trong tháng {month}/{year} "
        "(đã chuyển đi, trưởng thành hoặc thuộc đơn vị khác) nên không chấm điểm tháng này.",
        "Member {member} was not in the unit in {month}/{year} (transferred, aged out or in "
        "another unit), so that month cannot be scored.",
    ),
    "assessment_wrong_month": (
        "Đoàn viên {member}: dòng điểm thuộc tháng khác với tháng {month}/{year} đang lưu.",
        "Member {member}: the row belongs to a month other than {month}/{year} being saved.",
    ),
    "assessment_month_out_of_range": (
        "Tháng {month} không hợp lệ. Hãy chọn tháng từ 1 đến 12.",
        "Month {month} is not valid. Choose a month from 1 to 12.",
    ),
    "assessment_not_own_unit": (
        "Điểm của đơn vị {unit} do đơn vị đó chấm và gửi lên; ở đây chỉ xem được, "
        "không sửa hay chốt được.",
        "The scores of unit {unit} are kept by that unit and arrive in its packets; here they "
        "can be viewed, not edited or confirmed.",
    ),
    "month_locked": (
        "Tháng {month}/{year} đã được chốt ({by}, lúc {at}) nên không sửa được. "
        "Nếu thật sự cần sửa, hãy mở khóa tháng và ghi rõ lý do.",
        "{month}/{year} has been confirmed ({by}, at {at}) and cannot be changed. If a change "
        "is really needed, unlock the month and give the reason.",
    ),
    "month_not_locked": (
        "Tháng {month}/{year} chưa được chốt nên không cần mở khóa.",
        "{month}/{year} is not confirmed, so there is nothing to unlock.",
    ),
    "unlock_reason_required": (
        "Mở khóa tháng {month}/{year} cần ghi lý do (ví dụ: sửa điểm theo ý kiến "
        "của chi ủy). Lý do được lưu vào nhật ký.",
        "Unlocking {month}/{year} needs a reason (e.g. correcting a score as the party cell "
        "asked). The reason is kept in the audit log.",
    ),
}
