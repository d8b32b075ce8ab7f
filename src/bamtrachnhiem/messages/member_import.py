"""Messages for reading workbooks safely and importing member lists from them."""

_EXPECTED_VI = (
    "“STT”, “Họ và tên” (hoặc “Họ đệm” và “Tên”), “Ngày sinh”, “Giới tính” (hoặc “Nam”/“Nữ”), "
    "“Chức vụ”, “Đơn vị công tác”, “Số điện thoại”"
)
_EXPECTED_EN = (
    "“STT”, “Họ và tên” (or “Họ đệm” and “Tên”), “Ngày sinh”, “Giới tính” (or “Nam”/“Nữ”), "
    "“Chức vụ”, “Đơn vị công tác”, “Số điện thoại”"
)
_FIX_VI = "Hãy sửa trong tệp Excel rồi nhập lại."
_FIX_EN = "Correct it in the Excel file and import again."

MESSAGES: dict[str, tuple[str, str]] = {
    # --- the file itself (exchange.workbook_safety) -----------------------------------------
    "xlsx_cannot_read": (
        "Không đọc được tệp {file} ({detail}). Kiểm tra tệp còn đó, không bị khóa, rồi thử lại.",
        "Cannot read the file {file} ({detail}). Check that it exists and is not locked, "
        "then try again.",
    ),
    "xlsx_not_workbook": (
        "Tệp {file} không phải là bảng tính Excel (.xlsx) hoặc đã bị hỏng. Hãy mở tệp bằng "
        "Excel và lưu lại dưới dạng “Excel Workbook (*.xlsx)”.",
        "{file} is not an Excel workbook (.xlsx), or it is damaged. Open it in Excel and save "
        "it as “Excel Workbook (*.xlsx)”.",
    ),
    "xlsx_is_ole2": (
        "Tệp {file} là bảng tính Excel cũ (.xls) hoặc đang đặt mật khẩu. Hãy mở bằng Excel, "
        "bỏ mật khẩu (nếu có) và lưu lại dưới dạng .xlsx không có mật khẩu.",
        "{file} is an old Excel workbook (.xls) or is password-protected. Open it in Excel, "
        "remove the password if any, and save it as .xlsx without a password.",
    ),
    "xlsx_macro": (
        "Tệp {file} có chứa macro nên không được mở, để tránh mã độc. Hãy lưu lại dưới dạng "
        "“Excel Workbook (*.xlsx)” (không có macro).",
        "{file} contains macros, so it is refused to keep malicious code out. Save it as "
        "“Excel Workbook (*.xlsx)” (without macros).",
    ),
    "xlsx_strict": (
        "Tệp {file} được lưu theo chuẩn “Strict Open XML”. Hãy mở bằng Excel và lưu lại dưới "
        "dạng “Excel Workbook (*.xlsx)” thông thường.",
        "{file} was saved as “Strict Open XML”. Open it in Excel and save it as an ordinary "
        "“Excel Workbook (*.xlsx)”.",
    ),
    "xlsx_binary": (
        "Tệp {file} là bảng tính nhị phân (.xlsb). Hãy mở bằng Excel và lưu lại dưới dạng "
        "“Excel Workbook (*.xlsx)”.",
        "{file} is a binary workbook (.xlsb). Open it in Excel and save it as "
        "“Excel Workbook (*.xlsx)”.",
    ),
    "xlsx_too_large": (
        "Tệp {file} quá lớn hoặc có cấu trúc nén bất thường (vượt giới hạn {limit_mb} MB) nên "
        "không được mở. Hãy kiểm tra lại nguồn gốc tệp; danh sách thật chỉ vài trăm KB.",
        "{file} is too large or abnormally compressed (over the {limit_mb} MB limit), so it is "
        "refused. Check where the file came from; a real list is a few hundred KB.",
    ),
    "xlsx_too_complex": (
        "Tệp {file}, trang tính “{sheet}” có quá nhiều ô gộp hoặc quá nhiều nội dung khác nhau "
        "so với một danh sách đoàn viên nên không được đọc. Hãy chép riêng bảng danh sách sang "
        "một tệp Excel mới rồi nhập tệp đó.",
        "{file}, sheet “{sheet}” holds far more merged cells or distinct texts than a member "
        "list does, so it is not read. Copy the list alone into a new Excel file and import "
        "that file.",
    ),
    "xlsx_xml_entities": (
        "Tệp {file} chứa khai báo XML không an toàn (DOCTYPE/ENTITY, trong phần {part}) nên "
        "không được mở. Hãy mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi thử lại.",
        "{file} contains unsafe XML declarations (DOCTYPE/ENTITY, in the part {part}), so it "
        "is refused. Open it in Excel, save it as .xlsx and try again.",
    ),
    "xlsx_unreadable": (
        "Không đọc được nội dung tệp {file} ({detail}). Hãy mở bằng Excel, lưu lại dưới dạng "
        "“Excel Workbook (*.xlsx)” rồi thử lại.",
        "The content of {file} cannot be read ({detail}). Open it in Excel, save it as "
        "“Excel Workbook (*.xlsx)” and try again.",
    ),
    # --- the member list as a whole ---------------------------------------------------------
    "member_import_sheet_not_found": (
        "Tệp {file} không có trang tính “{sheet}”. Các trang tính có trong tệp: {sheets}.",
        "{file} has no sheet named “{sheet}”. The sheets in the file are: {sheets}.",
    ),
    "member_import_no_header": (
        "Không tìm thấy dòng tiêu đề của danh sách trong tệp {file}, trang tính “{sheet}” "
        "(đã xem {rows} dòng đầu). Dòng tiêu đề cần có các cột như " + _EXPECTED_VI + ". "
        "Hãy sửa tên cột trong tệp Excel hoặc chọn đúng trang tính rồi nhập lại.",
        "No header row of a member list was found in {file}, sheet “{sheet}” (the first "
        "{rows} rows were searched). The header row needs columns such as "
        + _EXPECTED_EN
        + ". Rename the columns in the Excel file or choose the right sheet, then import again.",
    ),
    "member_import_bad_header_row": (
        "Tệp {file}, trang tính “{sheet}”: dòng tiêu đề {row} nằm ngoài bảng tính. "
        "Hãy chọn một dòng có trong trang tính.",
        "{file}, sheet “{sheet}”: header row {row} is outside the sheet. "
        "Choose a row the sheet has.",
    ),
    "member_import_too_many_rows": (
        "Tệp {file}, trang tính “{sheet}”: có hơn {limit} dòng bên dưới dòng tiêu đề, nhiều "
        "hơn bất kỳ danh sách đoàn viên nào, nên tệp không được nhập. Có thể bên dưới danh "
        "sách còn dữ liệu khác hoặc rất nhiều dòng thừa: hãy xóa chúng (hoặc chép riêng danh "
        "sách sang một tệp mới) rồi nhập lại.",
        "{file}, sheet “{sheet}”: there are more than {limit} rows below the header row, more "
        "than any member list has, so the file is not imported. Other data or a great many "
        "stray rows may follow the list: delete them (or copy the list alone into a new file) "
        "and import again.",
    ),
    "member_import_no_name_column": (
        "Tệp {file}, trang tính “{sheet}”: chưa chọn cột họ tên. Hãy ghép cột “Họ và tên”, "
        "hoặc cả hai cột “Họ đệm” và “Tên”, rồi xem trước lại.",
        "{file}, sheet “{sheet}”: no name column is chosen. Map the “Họ và tên” column, or "
        "both “Họ đệm” and “Tên”, then preview again.",
    ),
    "member_import_bad_mapping": (
        "Tệp {file}, trang tính “{sheet}”: cách ghép cột không hợp lệ (trường “{field}”, "
        "cột {column}). Hãy chọn lại cột trong bảng ghép cột.",
        "{file}, sheet “{sheet}”: the column mapping is not valid (field “{field}”, column "
        "{column}). Choose the column again in the mapping table.",
    ),
    "member_import_preview_stale": (
        "Dữ liệu đoàn viên đã thay đổi kể từ lúc xem trước tệp {file}, nên chưa nhập gì. "
        "Hãy xem trước lại rồi nhập.",
        "The member data changed after {file} was previewed, so nothing was imported. "
        "Preview it again, then import.",
    ),
    "member_import_legacy_not_converted": (
        "Tệp {file}, trang “{sheet}”: có chữ mã cũ {encoding} ở {count} ô, ô đầu tiên là {cell} "
        "(dòng {row}, cột “{column}”): “{value}”, có lẽ là “{converted}”. Chưa nhập gì, vì "
        "chữ sẽ bị lưu sai. Hãy chọn chuyển mã cũ sang Unicode rồi nhập lại.",
        "{file}, sheet “{sheet}”: legacy {encoding} text in {count} cell(s), the first at {cell} "
        "(row {row}, column “{column}”): “{value}”, probably “{converted}”. Nothing was "
        "imported, since the text would be stored garbled. Choose to convert the legacy text to "
        "Unicode and import again.",
    ),
    # --- one row: errors (the row is not imported) ------------------------------------------
    "member_import_name_missing": (
        "Dòng {row}, ô {cell}: thiếu họ tên đoàn viên. " + _FIX_VI,
        "Row {row}, cell {cell}: the member's name is missing. " + _FIX_EN,
    ),
    "member_import_invalid_date": (
        "Dòng {row}, ô {cell}: {column} “{value}” không hợp lệ. Hãy sửa trong tệp Excel theo "
        "dạng ngày/tháng/năm (ví dụ 05/03/1996) rồi nhập lại.",
        "Row {row}, cell {cell}: {column} “{value}” is not a valid date. Correct it in the "
        "Excel file as day/month/year (e.g. 05/03/1996) and import again.",
    ),
    "member_import_birth_out_of_range": (
        "Dòng {row}, ô {cell}: ngày sinh “{value}” không hợp lý (trước năm 1900 hoặc ở tương "
        "lai). " + _FIX_VI,
        "Row {row}, cell {cell}: the birth date “{value}” is not plausible (before 1900 or in "
        "the future). " + _FIX_EN,
    ),
    "member_import_joined_in_future": (
        "Dòng {row}, ô {cell}: ngày vào Đoàn “{value}” ở tương lai. " + _FIX_VI,
        "Row {row}, cell {cell}: the date joined “{value}” is in the future. " + _FIX_EN,
    ),
    "member_import_email_invalid": (
        "Dòng {row}, ô {cell}: địa chỉ thư “{value}” không hợp lệ. Hãy sửa theo dạng "
        "ten@coquan.gov.vn hoặc để trống, rồi nhập lại.",
        "Row {row}, cell {cell}: the e-mail address “{value}” is not valid. Use the form "
        "name@office.gov.vn or leave it empty, then import again.",
    ),
    "member_import_gender_unknown": (
        "Dòng {row}, ô {cell}: giới tính “{value}” không rõ. Hãy ghi “Nam” hoặc “Nữ” rồi nhập lại.",
        "Row {row}, cell {cell}: the gender “{value}” is not recognised. Write “Nam” or “Nữ” "
        "and import again.",
    ),
    "member_import_gender_both_marked": (
        "Dòng {row}: đánh dấu cả cột Nam (ô {cell}) và cột Nữ (ô {other_cell}). Hãy chỉ đánh "
        "dấu một cột rồi nhập lại.",
        "Row {row}: both the Nam column (cell {cell}) and the Nữ column (cell {other_cell}) "
        "are marked. Mark only one and import again.",
    ),
    # --- one row: warnings (the row is imported) --------------------------------------------
    "legacy_encoding_suspected": (
        "Dòng {row}, ô {cell}: chữ “{value}” có vẻ viết bằng mã cũ {encoding} (có thể là "
        "“{converted}”). Hãy chọn chuyển mã cũ sang Unicode khi nhập; chưa chuyển thì danh sách "
        "không được nhập, để chữ không bị lưu sai.",
        "Row {row}, cell {cell}: the text “{value}” looks like legacy {encoding} encoding "
        "(probably “{converted}”). Choose to convert legacy text to Unicode when importing; "
        "unconverted, the list is not imported, so that no garbled text is stored.",
    ),
    "possible_duplicate_in_file": (
        "Dòng {row}: “{name}” trùng tên với dòng {other_rows} trong tệp, nhưng ngày sinh khác "
        "nhau ({birth} và {other_birth}). Nếu là hai người thì không cần làm gì.",
        "Row {row}: “{name}” has the same name as row {other_rows} of the file, but the birth "
        "dates differ ({birth} and {other_birth}). If they are two people, nothing needs doing.",
    ),
    "possible_duplicate_in_file_same_birth": (
        "Dòng {row}: “{name}” trùng cả tên lẫn ngày sinh ({birth}) với dòng {other_rows} trong "
        "tệp. Có thể một người được ghi hai lần; hãy kiểm tra lại tệp Excel.",
        "Row {row}: “{name}” has the same name and birth date ({birth}) as row {other_rows} of "
        "the file. One person may be listed twice; check the Excel file.",
    ),
    "possible_duplicate_existing": (
        "Dòng {row}: “{name}” (sinh {birth}) trùng tên với đoàn viên đã có trong đơn vị (sinh "
        "{other_birth}) nhưng ngày sinh khác, nên sẽ được thêm mới. Nếu là cùng một người, hãy "
        "sửa ngày sinh cho khớp.",
        "Row {row}: “{name}” (born {birth}) has the same name as a member already in the unit "
        "(born {other_birth}) but a different birth date, so it will be added. If it is the "
        "same person, make the birth dates agree.",
    ),
    "possible_duplicate_existing_same_birth": (
        "Dòng {row}: “{name}” trùng cả tên lẫn ngày sinh ({birth}) với đoàn viên đã có trong "
        "đơn vị mà vẫn được thêm mới (tệp có nhiều dòng cùng người này). Hãy kiểm tra lại.",
        "Row {row}: “{name}” has the same name and birth date ({birth}) as a member already in "
        "the unit, yet will be added (the file lists this person more than once). Check it.",
    ),
    "member_import_phone_suspect": (
        "Dòng {row}, ô {cell}: số điện thoại “{value}” có vẻ không đúng (được hiểu là "
        "“{phone}”). Hãy kiểm tra lại.",
        "Row {row}, cell {cell}: the phone number “{value}” looks wrong (read as “{phone}”). "
        "Check it.",
    ),
    "member_import_employment_kind_unknown": (
        "Dòng {row}, ô {cell}: không rõ “{value}” là công chức, viên chức hay hợp đồng nên bỏ "
        "trống. Hãy ghi một trong ba loại đó nếu cần.",
        "Row {row}, cell {cell}: “{value}” is not recognised as công chức, viên chức or hợp "
        "đồng, so it is left empty. Write one of those if needed.",
    ),
    # --- why a row is skipped (no placeholders: shown as they are) --------------------------
    "member_import_skip_blank": ("Dòng trống.", "Blank row."),
    "member_import_skip_totals": ("Dòng tổng cộng.", "Totals row."),
    "member_import_skip_signature": ("Phần ký tên cuối danh sách.", "Signature block."),
    "member_import_skip_below_table": ("Nằm dưới bảng danh sách.", "Below the list."),
    "member_import_skip_no_name": (
        "Không có họ tên nên không phải dòng đoàn viên.",
        "No name, so not a member row.",
    ),
    "member_import_skip_section": (
        "Dòng tiêu đề nhóm (chỉ có tên nhóm, không có số thứ tự).",
        "Group heading (a name only, without a row number).",
    ),
    "member_import_skip_numbering": (
        "Dòng đánh số cột (1, 2, 3, …).",
        "Column numbering row (1, 2, 3, …).",
    ),
}
