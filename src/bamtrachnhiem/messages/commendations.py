"""Messages about commendations (khen thưởng), the register and certificates."""

MESSAGES = {
    "commendation_rule_invalid": (
        "Tiêu chuẩn xét khen thưởng không hợp lệ: cần ít nhất một cách đạt (có tên), điểm từ 0 "
        "đến 100, tỉ lệ chỉ tiêu trên 0 đến 100%, số tháng từ 1 đến 12.",
        "The commendation rule is not valid: it needs at least one named path, scores from 0 "
        "to 100, a quota share above 0 up to 100%, and 1 to 12 months.",
    ),
    "register_format_invalid": (
        "Mẫu số vào sổ “{format}” không dùng được. Hãy dùng {{n}} cho số thứ tự, ví dụ "
        "“{{n:04d}}” hoặc “{{n}}/{{year}}”.",
        "The register number format “{format}” cannot be used. Use {{n}} for the number, for "
        "example “{{n:04d}}” or “{{n}}/{{year}}”.",
    ),
    "reason_too_long": (
        "Lý do dài quá {limit} ký tự. Hãy viết gọn lại.",
        "The reason is longer than {limit} characters. Please shorten it.",
    ),
    "review_reason_required": (
        "Hãy ghi lý do trả lại (hoặc không khen thưởng) để đơn vị đề nghị biết cần bổ sung gì.",
        "Give the reason for returning (or not commending) it, so the proposing unit knows "
        "what to change.",
    ),
    "annul_reason_required": (
        "Hủy quyết định cần ghi lý do; lý do được lưu vào nhật ký.",
        "Annulling a decision needs a reason; it is kept in the log.",
    ),
    "round_not_found": (
        "Không tìm thấy đợt xét khen thưởng ({id}).",
        "The commendation round ({id}) was not found.",
    ),
    "round_name_required": (
        "Hãy đặt tên cho đợt xét khen thưởng.",
        "Give the commendation round a name.",
    ),
    "round_needs_recipients": (
        "Đợt xét phải xét cá nhân, tập thể, hoặc cả hai.",
        "A round considers individuals, collectives, or both.",
    ),
    "round_quota_invalid": (
        "Chỉ tiêu đề nghị của một đơn vị không được âm.",
        "A unit's quota cannot be negative.",
    ),
    "round_not_own": (
        "Đợt xét này do {unit} mở nên chỉ {unit} sửa được.",
        "This round was opened by {unit}; only {unit} can change it.",
    ),
    "round_closed": (
        "Đợt xét “{name}” đã kết thúc, không nhận thêm đề nghị.",
        "The round “{name}” is closed and takes no more nominations.",
    ),
    "round_no_individuals": (
        "Đợt xét “{name}” không xét cá nhân.",
        "The round “{name}” does not consider individuals.",
    ),
    "round_no_collectives": (
        "Đợt xét “{name}” không xét tập thể.",
        "The round “{name}” does not consider collectives.",
    ),
    "nomination_not_found": (
        "Không tìm thấy đề nghị khen thưởng ({id}).",
        "The nomination ({id}) was not found.",
    ),
    "nomination_not_own_member": (
        "Đơn vị chỉ đề nghị khen thưởng đoàn viên của chính mình.",
        "A unit nominates only its own members.",
    ),
    "nomination_not_unit_below": (
        "Đơn vị {unit} không trực thuộc đơn vị mình: chỉ đề nghị được tập thể cấp ngay dưới.",
        "Unit {unit} is not directly below this unit: only units directly below can be nominated.",
    ),
    "nomination_member_inactive": (
        "Không đề nghị được {name}: đoàn viên không còn sinh hoạt tại đơn vị "
        "(đã chuyển sinh hoạt hoặc đã trưởng thành).",
        "{name} cannot be nominated: the member is no longer active in the unit "
        "(transferred or aged out).",
    ),
    "nomination_member_vetoed": (
        "Không đề nghị được {name}: trong năm có tháng bị đánh giá vi phạm (không xét).",
        "{name} cannot be nominated: a month of the year carries a veto.",
    ),
    "nomination_duplicate": (
        "{name} đã có trong danh sách đề nghị của đợt này (mỗi người, mỗi tập thể một đề nghị).",
        "{name} is already nominated in this round (one nomination per nominee).",
    ),
    "nomination_not_own": (
        "Đề nghị này của đơn vị {unit}; chỉ đơn vị đó sửa được.",
        "This nomination belongs to {unit}; only that unit can change it.",
    ),
    "nomination_not_editable": (
        "Đề nghị của {name} đã gửi đi hoặc đã được xét nên không sửa được nữa.",
        "The nomination of {name} has been sent or reviewed and can no longer change.",
    ),
    "nomination_summary_too_long": (
        "Tóm tắt thành tích dài {length} ký tự; tối đa {limit} ký tự.",
        "The summary has {length} characters; at most {limit} are allowed.",
    ),
    "nomination_votes_invalid": (
        "Số phiếu không hợp lệ: nhập cả số phiếu đồng ý và số người dự họp, số phiếu đồng ý "
        "không lớn hơn số người dự.",
        "The votes are not valid: give both the votes for and the number present; the votes "
        "for cannot exceed those present.",
    ),
    "nomination_votes_missing": (
        "Chưa nhập kết quả biểu quyết của cuộc họp xét cho {name}.",
        "The review meeting's votes for {name} have not been entered.",
    ),
    "nomination_over_quota": (
        "Đơn vị đề nghị {count} trường hợp, vượt chỉ tiêu {quota}. Hãy ghi giải trình vượt "
        "chỉ tiêu cho từng đề nghị (còn thiếu: {name}).",
        "The unit nominates {count}, over its quota of {quota}. Give a note on each "
        "nomination saying why (missing for: {name}).",
    ),
    "review_not_round_owner": (
        "Chỉ đơn vị mở đợt xét mới cho ý kiến về đề nghị của {name}.",
        "Only the unit that opened the round can review the nomination of {name}.",
    ),
    "review_not_sent": (
        "Đề nghị của {name} chưa được gửi lên.",
        "The nomination of {name} has not been sent yet.",
    ),
    "review_already_commended": (
        "{name} đã có trong quyết định khen thưởng đã ban hành.",
        "{name} is already in an issued decision.",
    ),
    "decision_not_found": (
        "Không tìm thấy quyết định khen thưởng ({id}).",
        "The decision ({id}) was not found.",
    ),
    "decision_not_own": (
        "Quyết định này do {unit} ban hành; chỉ {unit} sửa được.",
        "This decision was issued by {unit}; only {unit} can change it.",
    ),
    "decision_no_recipients": (
        "Chưa có ai trong quyết định: hãy duyệt đề nghị trước khi lập quyết định.",
        "The decision has no recipients: approve nominations first.",
    ),
    "decision_nomination_not_approved": (
        "Đề nghị của {name} chưa được duyệt nên chưa đưa vào quyết định được.",
        "The nomination of {name} is not approved, so it cannot go into a decision.",
    ),
    "decision_not_draft": (
        "Quyết định {number} đã ban hành nên không sửa được. Nếu sai, hãy hủy và ban hành "
        "quyết định mới.",
        "Decision {number} is issued and cannot change. If it is wrong, annul it and issue "
        "a new one.",
    ),
    "decision_not_issued": (
        "Quyết định {number} chưa ban hành hoặc đã hủy.",
        "Decision {number} is not issued, or is already annulled.",
    ),
    "decision_number_invalid": (
        "Số quyết định phải là số nguyên dương.",
        "The decision number must be a positive whole number.",
    ),
    "decision_number_missing": (
        "Hãy nhập số quyết định trước khi ban hành.",
        "Enter the decision number before issuing it.",
    ),
    "decision_date_missing": (
        "Hãy nhập ngày ký quyết định {number} trước khi ban hành.",
        "Enter the date of decision {number} before issuing it.",
    ),
    "decision_signer_missing": (
        "Hãy nhập người ký quyết định {number} trước khi ban hành.",
        "Enter who signs decision {number} before issuing it.",
    ),
    "decision_number_taken": (
        "Số {number} đã dùng cho một quyết định khác năm {year}. Hãy chọn số khác.",
        "The number {number} is already used by another decision of {year}. Choose another.",
    ),
    "decision_issued_kept": (
        "Quyết định {number} đã ban hành nên không xóa được; nếu cần, hãy hủy quyết định "
        "(ghi lý do).",
        "Decision {number} is issued and is never deleted; annul it (with a reason) instead.",
    ),
    "award_name_required": (
        "Hãy nhập họ tên người (hoặc tên tập thể) được khen thưởng.",
        "Enter the name of the person (or collective) commended.",
    ),
    "award_name_too_long": (
        "Tên “{name}” dài quá {limit} ký tự, không in vừa giấy khen.",
        "The name “{name}” is longer than {limit} characters and does not fit a certificate.",
    ),
    "award_decision_required": (
        "Hãy nhập số và ngày của quyết định khen thưởng.",
        "Enter the number and date of the decision.",
    ),
    "award_not_found": (
        "Không tìm thấy người được khen thưởng ({id}) trong quyết định.",
        "The recipient ({id}) is not in the decision.",
    ),
    "template_not_found": (
        "Không có mẫu giấy khen “{name}”.",
        "There is no certificate template “{name}”.",
    ),
    "template_name_required": (
        "Hãy đặt tên cho mẫu giấy khen.",
        "Give the certificate template a name.",
    ),
    "template_invalid": (
        "Mẫu giấy khen “{name}” không đọc được hoặc có hai khối trùng tên.",
        "The certificate template “{name}” cannot be read or has two blocks of one name.",
    ),
    "template_block_invalid": (
        "Khối “{block}” của mẫu “{name}” không hợp lệ: phải nằm trong trang, cỡ chữ 4–120, "
        "cỡ nhỏ nhất không lớn hơn cỡ chữ, 1–10 dòng, màu dạng #RRGGBB.",
        "Block “{block}” of template “{name}” is not valid: it must lie on the page, size "
        "4–120, its floor no larger than its size, 1–10 lines, colour as #RRGGBB.",
    ),
    "template_offset_too_large": (
        "Độ lệch máy in tối đa {limit} mm. Nếu máy in lệch hơn, hãy chỉnh khay giấy.",
        "The printer offset is at most {limit} mm. A printer further off needs its tray adjusted.",
    ),
    "certificate_none": (
        "Không có giấy khen nào để in.",
        "There is no certificate to print.",
    ),
    "certificate_cancelled": (
        "Đã dừng in giấy khen; tệp chưa được tạo.",
        "Printing was stopped; no file was made.",
    ),
    "certificate_decision_draft": (
        "Quyết định {number} chưa ban hành: chưa có số vào sổ để in giấy khen.",
        "Decision {number} is not issued: there are no register numbers to print yet.",
    ),
    "certificate_decision_annulled": (
        "Quyết định {number} đã bị hủy nên không in giấy khen.",
        "Decision {number} is annulled; its certificates are not printed.",
    ),
    "certificate_field_missing": (
        "Giấy khen của {certificate} thiếu “{field}” (họ tên, số quyết định, số vào sổ và "
        "người ký là bắt buộc).",
        "The certificate of {certificate} lacks “{field}” (name, decision number, register "
        "number and signer are required).",
    ),
    "certificate_collective_salutation": (
        "Giấy khen của {certificate} là của tập thể: không ghi “Đồng chí”.",
        "The certificate of {certificate} is a collective's: it does not say “Đồng chí”.",
    ),
    "certificate_glyph_missing": (
        "Giấy khen của {certificate} có ký tự phông chữ không in được: {chars}. Hãy sửa lại "
        "tên hoặc nội dung.",
        "The certificate of {certificate} holds characters the font cannot print: {chars}. "
        "Correct the name or the text.",
    ),
    "certificate_text_too_long": (
        "Không in được giấy khen của {certificate}: nội dung khối “{block}” quá dài, đã thu "
        "nhỏ đến cỡ {floor} mà vẫn quá {lines} dòng. Hãy rút gọn nội dung.",
        "The certificate of {certificate} cannot be printed: the text of block “{block}” "
        "does not fit {lines} lines even at {floor} pt. Please shorten it.",
    ),
}

# The command line (commendation_cmd, certificate_cmd).
MESSAGES.update(
    {
        "cli_help_commendation": (
            "khen thưởng: đợt xét, đề nghị, quyết định, sổ khen thưởng",
            "commendations: rounds, nominations, decisions, the register",
        ),
        "cli_help_commendation_list": (
            "Liệt kê đợt xét, đề nghị và quyết định của một năm.",
            "List a year's rounds, nominations and decisions.",
        ),
        "cli_help_commendation_export": (
            "Xuất sổ khen thưởng, danh sách đề nghị và quyết định của năm ra tệp .xlsx.",
            "Export the year's register, nominations and decisions to an .xlsx file.",
        ),
        "cli_help_commendation_output": ("Tệp .xlsx sẽ ghi.", "The .xlsx file to write."),
        "cli_commendation_title": (
            "Khen thưởng năm {year}: {rounds} đợt xét, {nominations} đề nghị, {decisions} "
            "quyết định.",
            "Commendations of {year}: {rounds} rounds, {nominations} nominations, {decisions} "
            "decisions.",
        ),
        "cli_commendation_round": ("Đợt xét: {name} ({unit})", "Round: {name} ({unit})"),
        "cli_commendation_col_unit": ("Đơn vị đề nghị", "Proposed by"),
        "cli_commendation_col_name": ("Họ và tên / Tập thể", "Name / collective"),
        "cli_commendation_col_state": ("Tình trạng", "State"),
        "cli_commendation_decision": (
            "Quyết định {number} ({state}): {count} người/tập thể",
            "Decision {number} ({state}): {count} recipients",
        ),
        "cli_commendation_exported": (
            "Đã xuất khen thưởng năm {year} ra {path}.",
            "Exported the commendations of {year} to {path}.",
        ),
        "cli_nomination_draft": ("Dự thảo", "Draft"),
        "cli_nomination_sent": ("Đã gửi", "Sent"),
        "cli_nomination_returned": ("Trả lại", "Returned"),
        "cli_nomination_approved": ("Đã duyệt", "Approved"),
        "cli_nomination_commended": ("Được khen thưởng", "Commended"),
        "cli_nomination_not_commended": ("Không khen thưởng", "Not commended"),
        "cli_decision_draft": ("dự thảo", "draft"),
        "cli_decision_issued": ("đã ban hành", "issued"),
        "cli_decision_annulled": ("đã hủy", "annulled"),
        "cli_help_certificate": (
            "giấy khen: in theo quyết định, trang căn chỉnh, xác thực mã",
            "certificates: print a decision's, the calibration page, verify a code",
        ),
        "cli_help_certificate_print": (
            "In giấy khen của một quyết định đã ban hành ra một tệp PDF (mỗi người một trang, "
            "theo thứ tự danh sách kèm theo).",
            "Print an issued decision's certificates to one PDF (one page per recipient, in "
            "the annex order).",
        ),
        "cli_help_certificate_decision": ("Mã quyết định.", "The decision's id."),
        "cli_help_certificate_output": ("Tệp PDF sẽ ghi.", "The PDF file to write."),
        "cli_metavar_template": ("MẪU", "TEMPLATE"),
        "cli_metavar_register": ("SỐ_VÀO_SỔ", "REGISTER"),
        "cli_help_certificate_template": (
            "Mẫu giấy khen (tên hoặc mã; mặc định “full”, hoặc “overlay” khi in trên phôi).",
            "The template (name or id; default “full”, or “overlay” on pre-printed stock).",
        ),
        "cli_help_certificate_overlay": (
            "In trên phôi in sẵn: chỉ in các trường thay đổi.",
            "Print onto pre-printed stock: only the variable fields.",
        ),
        "cli_help_certificate_register": (
            "In lại riêng giấy khen có số vào sổ này (lặp lại được).",
            "Reprint only the certificate with this register number (repeatable).",
        ),
        "cli_help_certificate_calibrate": (
            "In trang căn chỉnh (lưới milimét, dấu chữ thập tại từng khối) của một mẫu.",
            "Print a template's calibration page (millimetre grid, a cross at each block).",
        ),
        "cli_help_certificate_verify": (
            "Xác thực giấy khen theo mã ngắn hoặc nội dung mã QR. Trả về 0 khi hợp lệ.",
            "Verify a certificate by its short code or the text of its QR code. Exit 0 when "
            "genuine.",
        ),
        "cli_help_certificate_code": (
            "Mã xác thực in trên giấy khen (hoặc nội dung mã QR).",
            "The code printed on the certificate (or the QR code's text).",
        ),
        "cli_certificate_printed": (
            "Đã in {count} giấy khen theo Quyết định {number} ra {path}.",
            "Printed {count} certificates of decision {number} to {path}.",
        ),
        "cli_certificate_calibration": (
            "Đã ghi trang căn chỉnh ra {path}. In trên phôi, đo độ lệch rồi đặt dx/dy của mẫu.",
            "Wrote the calibration page to {path}. Print it on the stock, measure, then set "
            "the template's dx/dy.",
        ),
        "cli_verify_genuine": (
            "HỢP LỆ: mã {code} — {name}, Quyết định {number} ngày {date}, số vào sổ {register} "
            "({issuer}).",
            "GENUINE: code {code} — {name}, decision {number} of {date}, register {register} "
            "({issuer}).",
        ),
        "cli_verify_annulled": (
            "ĐÃ HỦY: mã {code} — {name}, Quyết định {number} đã bị hủy.",
            "ANNULLED: code {code} — {name}, decision {number} was annulled.",
        ),
        "cli_verify_unknown": (
            "KHÔNG XÁC THỰC ĐƯỢC: mã {code} không có trong sổ khen thưởng mà cơ sở dữ liệu này "
            "đang giữ.",
            "UNKNOWN: code {code} is not in any register this database holds.",
        ),
        "cli_verify_fields_differ": (
            "Nội dung in trên giấy (họ tên, số quyết định, số vào sổ hoặc ngày) khác với sổ "
            "khen thưởng: giấy khen có thể đã bị sửa.",
            "What the certificate says (name, decision, register number or date) differs from "
            "the register: it may have been altered.",
        ),
    }
)

MESSAGES.update(
    {
        "cli_help_demo_full": (
            "làm tiếp năm của cấp trên: huyện đoàn nhập gói từng tháng của các chi đoàn và gửi "
            "gói lên một tỉnh đoàn (province.db), mỗi cấp ban hành báo cáo sơ kết 6 tháng; rồi "
            "xét khen thưởng, ban hành quyết định và in giấy khen (kèm --all-months)",
            "go on with the upper levels' year: the district imports each month's branch "
            "packets and sends its own to a province (province.db), every level issues its "
            "six-month report; then a commendation round, a decision and its certificates "
            "(implies --all-months)",
        ),
        "cli_demo_commendations": (
            "Khen thưởng: Quyết định {number} tặng Giấy khen cho {count} đoàn viên; giấy khen "
            "in tại {path}.",
            "Commendations: decision {number} commends {count} members; certificates in {path}.",
        ),
    }
)
