"""Messages of packet exchange: exporting, reading, validating and merging packets."""

_RESEND_VI = "Hãy đề nghị đơn vị gửi xuất lại gói từ phần mềm và gửi lại tệp mới."
_RESEND_EN = "Ask the sending unit to export the packet again from the app and send the new file."
_CELL_VI = "Tệp {file}, trang “{sheet}”, ô {cell} (cột “{column}”)"
_CELL_EN = "File {file}, sheet “{sheet}”, cell {cell} (column “{column}”)"

MESSAGES: dict[str, tuple[str, str]] = {
    # --- writing ------------------------------------------------------------------------
    "packet_month_invalid": (
        "Tháng {month} không hợp lệ. Hãy chọn một tháng từ 1 đến 12.",
        "Month {month} is not valid. Choose a month from 1 to 12.",
    ),
    "packet_text_too_long": (
        "Trang “{sheet}”, bản ghi {record}, cột “{column}” dài {length} ký tự, vượt giới hạn "
        "{limit} ký tự của một ô Excel. Hãy rút gọn nội dung này rồi xuất lại gói.",
        "Sheet “{sheet}”, record {record}, column “{column}” is {length} characters long, "
        "over Excel's limit of {limit} characters per cell. Shorten it and export again.",
    ),
    "packet_control_character": (
        "Trang “{sheet}”, bản ghi {record}, cột “{column}” có ký tự điều khiển không in được "
        "(thường do sao chép từ phần mềm khác). Hãy sửa lại nội dung này rồi xuất lại gói.",
        "Sheet “{sheet}”, record {record}, column “{column}” holds an unprintable control "
        "character (usually pasted from another program). Correct it and export again.",
    ),
    "packet_write_failed": (
        "Không ghi được tệp {path} ({detail}). Hãy chọn thư mục khác hoặc giải phóng dung "
        "lượng đĩa rồi thử lại. Tệp cũ (nếu có) vẫn nguyên vẹn.",
        "Cannot write the file {path} ({detail}). Choose another folder or free disk space "
        "and try again. Any previous file is untouched.",
    ),
    # --- reading: the file as a whole -------------------------------------------------------
    "packet_file_missing": (
        "Không tìm thấy tệp {path}. Hãy kiểm tra lại đường dẫn.",
        "The file {path} was not found. Check the path.",
    ),
    "packet_not_packet": (
        "Tệp {file} không phải gói dữ liệu của phần mềm Ba trách nhiệm (không có trang thông "
        "tin gói). Hãy chọn đúng tệp gói mà đơn vị đã xuất từ phần mềm.",
        "{file} is not a data packet of the Ba trách nhiệm app (it has no packet information "
        "sheet). Choose the packet file the unit exported from the app.",
    ),
    "packet_is_config": (
        "Tệp {file} là gói cấu hình (từ cấp trên gửi xuống), không phải gói dữ liệu. Hãy nhập "
        "bằng lệnh “config import” hoặc mục nhập cấu hình.",
        "{file} is a configuration packet (sent down by the upper level), not a data packet. "
        "Import it with “config import” or the configuration import.",
    ),
    "packet_is_data": (
        "Tệp {file} là gói dữ liệu (đơn vị gửi lên), không phải gói cấu hình. Hãy nhập bằng "
        "lệnh “packet import” hoặc trang Trao đổi dữ liệu.",
        "{file} is a data packet (sent up by a unit), not a configuration packet. Import it "
        "with “packet import” or the data exchange page.",
    ),
    "packet_format_newer": (
        "Tệp {file} được tạo bằng phiên bản phần mềm mới hơn (định dạng {version}; phiên bản "
        "này đọc được định dạng {supported}). Hãy cập nhật phần mềm rồi nhập lại.",
        "{file} was made by a newer version of the app (format {version}; this version reads "
        "format {supported}). Update the app and import again.",
    ),
    "packet_format_older": (
        "Tệp {file} được tạo bằng phiên bản phần mềm quá cũ (định dạng {version}; phiên bản "
        "này đọc từ định dạng {supported} trở đi). Hãy đề nghị đơn vị cập nhật phần mềm và "
        "xuất lại gói.",
        "{file} was made by a version of the app too old to read (format {version}; this "
        "version reads format {supported} and later). Ask the unit to update the app and "
        "export the packet again.",
    ),
    "packet_meta_invalid": (
        "Thông tin kiểm tra của tệp {file} bị thiếu hoặc hỏng (mục “{key}”). " + _RESEND_VI,
        "The check information of {file} is missing or damaged (item “{key}”). " + _RESEND_EN,
    ),
    "packet_meta_mismatch": (
        "Thông tin kiểm tra của tệp {file} không khớp với thuộc tính của tệp (mục “{key}”): "
        "tệp đã bị sửa sau khi xuất. " + _RESEND_VI,
        "The check information of {file} does not match the file's properties (item “{key}”): "
        "the file was changed after export. " + _RESEND_EN,
    ),
    "packet_meta_edited": (
        "Thông tin kiểm tra của tệp {file} (mã đơn vị, kỳ, số thứ tự gói) đã bị sửa sau khi "
        "xuất nên không thể tin cậy. " + _RESEND_VI,
        "The check information of {file} (unit code, period, sequence number) was changed "
        "after export, so it cannot be trusted. " + _RESEND_EN,
    ),
    "packet_properties_missing": (
        "Tệp {file} không còn thuộc tính tài liệu của gói (có thể do lưu lại bằng phần mềm "
        "khác); phần mềm kiểm tra bằng trang thông tin ẩn.",
        "{file} has lost the packet's document properties (perhaps saved again by another "
        "program); the hidden information sheet is checked instead.",
    ),
    "packet_sheet_missing": (
        "Tệp {file} thiếu trang tính “{sheet}” (có thể đã bị xóa hoặc đổi tên). " + _RESEND_VI,
        "{file} lacks the sheet “{sheet}” (it may have been deleted or renamed). " + _RESEND_EN,
    ),
    "packet_extra_sheet": (
        "Tệp {file} có thêm trang tính “{sheet}” không thuộc gói; trang này được bỏ qua.",
        "{file} has an extra sheet “{sheet}” that is not part of the packet; it is ignored.",
    ),
    "packet_column_missing": (
        "Tệp {file}, trang “{sheet}” thiếu cột “{column}” (có thể đã bị xóa hoặc đổi tên). "
        + _RESEND_VI,
        "{file}, sheet “{sheet}” lacks the column “{column}” (it may have been deleted or "
        "renamed). " + _RESEND_EN,
    ),
    "packet_column_duplicate": (
        "Tệp {file}, trang “{sheet}” có hai cột cùng tên “{column}”. " + _RESEND_VI,
        "{file}, sheet “{sheet}” has two columns named “{column}”. " + _RESEND_EN,
    ),
    "packet_extra_column": (
        "Tệp {file}, trang “{sheet}” có thêm cột “{column}” không thuộc gói; cột này được bỏ qua.",
        "{file}, sheet “{sheet}” has an extra column “{column}” that is not part of the "
        "packet; it is ignored.",
    ),
    "packet_formula_cell": (
        "Tệp {file}, trang “{sheet}”, ô {cell} chứa công thức. Gói dữ liệu chỉ được chứa giá "
        "trị, không có công thức. " + _RESEND_VI,
        "{file}, sheet “{sheet}”, cell {cell} holds a formula. A data packet holds values "
        "only, never formulas. " + _RESEND_EN,
    ),
    "packet_error_cell": (
        "Tệp {file}, trang “{sheet}”, ô {cell} chứa giá trị lỗi của Excel (như #N/A) thay vì "
        "dữ liệu. " + _RESEND_VI,
        "{file}, sheet “{sheet}”, cell {cell} holds an Excel error value (such as #N/A) "
        "instead of data. " + _RESEND_EN,
    ),
    "packet_merged_cells": (
        "Tệp {file}, trang “{sheet}” có ô bị gộp ({range}) trong vùng dữ liệu nên không đọc "
        "chính xác được. " + _RESEND_VI,
        "{file}, sheet “{sheet}” has merged cells ({range}) in the data area, so it cannot "
        "be read exactly. " + _RESEND_EN,
    ),
    "packet_too_many_errors": (
        "Tệp {file} còn nhiều lỗi khác; chỉ hiện {shown} lỗi đầu tiên.",
        "{file} has more errors; only the first {shown} are shown.",
    ),
    # --- reading: cells -------------------------------------------------------------------
    "packet_required_value": (
        _CELL_VI + " đang để trống nhưng bắt buộc phải có. " + _RESEND_VI,
        _CELL_EN + " is empty but must have a value. " + _RESEND_EN,
    ),
    "packet_id_not_text": (
        _CELL_VI + " là mã định danh nhưng đang ở dạng số ({value}); mã phải là văn bản vì "
        "số lớn bị Excel làm tròn. " + _RESEND_VI,
        _CELL_EN + " is an identifier stored as a number ({value}); identifiers must be text "
        "because Excel rounds large numbers. " + _RESEND_EN,
    ),
    "packet_bad_text": (
        _CELL_VI + " phải là văn bản, đang là “{value}”.",
        _CELL_EN + " must be text, not “{value}”.",
    ),
    "packet_bad_integer": (
        _CELL_VI + " phải là số nguyên, đang là “{value}”.",
        _CELL_EN + " must be a whole number, not “{value}”.",
    ),
    "packet_bad_number": (
        _CELL_VI + " phải là số, đang là “{value}”.",
        _CELL_EN + " must be a number, not “{value}”.",
    ),
    "packet_bad_yes_no": (
        _CELL_VI + " phải là “Có” hoặc “Không”, đang là “{value}”.",
        _CELL_EN + " must be “Có” (yes) or “Không” (no), not “{value}”.",
    ),
    "packet_bad_date": (
        _CELL_VI + " phải là ngày (ngày/tháng/năm, ví dụ 05/03/2026), đang là “{value}”.",
        _CELL_EN + " must be a date (day/month/year, for example 05/03/2026), not “{value}”.",
    ),
    "packet_bad_timestamp": (
        _CELL_VI + " phải là thời điểm dạng ISO (ví dụ 2026-03-05T08:30:00+00:00), đang là "
        "“{value}”.",
        _CELL_EN + " must be an ISO date and time (for example 2026-03-05T08:30:00+00:00), "
        "not “{value}”.",
    ),
    "packet_cell_control_character": (
        _CELL_VI + " có ký tự điều khiển không in được, không ai gõ được từ bàn phím: gói đã "
        "bị sửa bằng công cụ khác. Hãy đề nghị đơn vị xuất lại gói.",
        _CELL_EN + " holds an unprintable control character no one can type: the packet was "
        "changed by another tool. Ask the unit to export the packet again.",
    ),
    "packet_cell_too_long": (
        _CELL_VI + " dài hơn {limit} ký tự, giới hạn của một ô Excel. Hãy đề nghị đơn vị "
        "xuất lại gói.",
        _CELL_EN + " is longer than {limit} characters, Excel's limit for a cell. Ask the "
        "unit to export the packet again.",
    ),
    "packet_too_many_rows": (
        "Tệp {file}, trang “{sheet}” có {found} dòng trong khi gói chỉ khai {declared} dòng: "
        "tệp đã bị thêm dữ liệu lạ nên không đọc tiếp. Hãy đề nghị đơn vị xuất lại gói.",
        "{file}, sheet “{sheet}” holds {found} rows where the packet declares {declared}: "
        "foreign data was added, so it is not read further. Ask the unit to export the "
        "packet again.",
    ),
    "packet_id_conflict": (
        "Tệp {file} mang cùng mã gói và số thứ tự {seq} của đơn vị {unit} với tệp {other} đã "
        "nhập ngày {date}, nhưng nội dung khác. Hai tệp khác nhau không thể cùng là một gói: "
        "chưa nhập gì. Hãy hỏi đơn vị tệp nào đúng và đề nghị xuất lại gói mới.",
        "{file} carries the same packet id and sequence number {seq} of unit {unit} as "
        "{other}, imported on {date}, but different content. Two different files cannot be "
        "one packet: nothing was imported. Ask the unit which is right and to export a new "
        "packet.",
    ),
    "packet_value_refused": (
        "Tệp {file}, trang “{sheet}”, dòng {row}, cột “{column}”: {reason} Phần mềm không "
        "nhận giá trị này khi nhập tay nên cũng không nhận từ gói, kể cả khi chấp nhận chỉnh "
        "sửa. Hãy đề nghị đơn vị sửa rồi xuất lại gói.",
        "File {file}, sheet “{sheet}”, row {row}, column “{column}”: {reason} The app refuses "
        "this value when typed, so it refuses it from a packet too, even when edits are "
        "accepted. Ask the unit to correct it and export the packet again.",
    ),
    "packet_bad_json": (
        _CELL_VI + " có nội dung không đúng cấu trúc (JSON) nên không đọc được: “{value}”.",
        _CELL_EN + " is not valid structured content (JSON): “{value}”.",
    ),
    "packet_bad_id_list": (
        _CELL_VI + " phải là danh sách mã đoàn viên (JSON), đang là “{value}”.",
        _CELL_EN + " must be a list of member identifiers (JSON), not “{value}”.",
    ),
    "packet_bad_choice": (
        _CELL_VI + " có giá trị “{value}” không hợp lệ; chỉ được là: {allowed}.",
        _CELL_EN + " holds “{value}”, which is not allowed; it must be one of: {allowed}.",
    ),
    "packet_duplicate_id": (
        "Tệp {file}, trang “{sheet}”, dòng {row} trùng mã {id} với dòng {first_row} (có thể "
        "do sao chép dòng). " + _RESEND_VI,
        "{file}, sheet “{sheet}”, row {row} repeats the identifier {id} of row {first_row} "
        "(perhaps a copied row). " + _RESEND_EN,
    ),
    "packet_row_foreign_unit": (
        "Tệp {file}, trang “{sheet}”, dòng {row} thuộc đơn vị {unit}, không có trong gói này "
        "(có thể do dán từ gói của đơn vị khác). " + _RESEND_VI,
        "{file}, sheet “{sheet}”, row {row} belongs to the unit {unit}, which this packet "
        "does not carry (perhaps pasted from another unit's packet). " + _RESEND_EN,
    ),
    "packet_legacy_text": (
        "Tệp {file}, trang “{sheet}”, dòng {row}, cột “{column}” có chữ mã cũ (TCVN3/VNI), "
        "có lẽ được dán vào sau khi xuất.",
        "{file}, sheet “{sheet}”, row {row}, column “{column}” holds legacy-encoded text "
        "(TCVN3/VNI), probably pasted in after export.",
    ),
    # --- merging ----------------------------------------------------------------------------
    "packet_own_unit": (
        "Tệp {file} là gói của chính đơn vị mình ({unit}). Gói này dùng để gửi lên cấp trên, "
        "không nhập vào tệp dữ liệu của mình.",
        "{file} is your own packet (unit {unit}). It is meant for the upper level, not for "
        "importing into your own data file.",
    ),
    "packet_unit_unknown": (
        "Tệp {file} là gói của đơn vị {name} ({unit}, cấp trên: {parent}), chưa có trong cây "
        "đơn vị của tệp dữ liệu này. Nếu đơn vị này trực thuộc mình, hãy thêm đơn vị vào cây "
        "rồi nhập lại.",
        "{file} is the packet of the unit {name} ({unit}, parent: {parent}), which is not in "
        "this data file's tree of units. If it is below you, add the unit and import again.",
    ),
    "packet_unit_outside": (
        "Tệp {file} mang số liệu của đơn vị {unit} không trực thuộc đơn vị gửi {top}. "
        + _RESEND_VI,
        "{file} carries data of the unit {unit}, which is not below the sending unit {top}. "
        + _RESEND_EN,
    ),
    "packet_contains_own_unit": (
        "Tệp {file} có số liệu ghi là của chính đơn vị mình ({unit}) nên không được nhập. "
        + _RESEND_VI,
        "{file} carries data marked as your own unit's ({unit}), so it is refused. " + _RESEND_EN,
    ),
    "packet_parent_differs": (
        "Gói {file} ghi đơn vị {unit} trực thuộc {parent}, còn tệp dữ liệu này ghi trực thuộc "
        "{known}. Số liệu vẫn được nhập; hãy kiểm tra lại cây đơn vị.",
        "{file} says the unit {unit} is below {parent}, while this data file has it below "
        "{known}. The data is imported anyway; check the tree of units.",
    ),
    "packet_record_other_unit": (
        "Tệp {file}, trang “{sheet}”, dòng {row}: bản ghi {id} đã có ở đây và thuộc đơn vị "
        "{owner}. Một đơn vị chỉ được gửi số liệu của chính mình. " + _RESEND_VI,
        "{file}, sheet “{sheet}”, row {row}: the record {id} is already here and belongs to "
        "the unit {owner}. A unit may only send its own records. " + _RESEND_EN,
    ),
    "packet_unknown_reference": (
        "Tệp {file}, trang “{sheet}”, dòng {row}, cột “{column}” nhắc tới mã {id} không có "
        "trong gói cũng như trong tệp dữ liệu này. " + _RESEND_VI,
        "{file}, sheet “{sheet}”, row {row}, column “{column}” names {id}, which is neither in "
        "the packet nor in this data file. " + _RESEND_EN,
    ),
    "packet_conflict": (
        "Không nhập được tệp {file} vì mâu thuẫn với dữ liệu đã có ({detail}). Chưa có gì "
        "thay đổi. Hãy gửi tệp này cho người hỗ trợ kỹ thuật.",
        "{file} could not be imported because it conflicts with the data already here "
        "({detail}). Nothing was changed. Please send the file to support.",
    ),
    "packet_stale": (
        "Tệp {file} (số thứ tự {seq}) cũ hơn gói đã nhập của đơn vị {unit} (số thứ tự {last}); "
        "không có gì thay đổi.",
        "{file} (sequence {seq}) is older than the packet already merged for the unit {unit} "
        "(sequence {last}); nothing was changed.",
    ),
    "packet_seq_gap": (
        "Gói {file} của đơn vị {unit} có số thứ tự {seq}, trong khi gói nhận trước đó là "
        "{last}: có gói ở giữa chưa nhận được. Số liệu mới nhất vẫn được nhập.",
        "The packet {file} of the unit {unit} has sequence {seq}, while the last one received "
        "was {last}: a packet in between never arrived. The newest data is imported anyway.",
    ),
    # --- the configuration packet and deadlines -------------------------------------------
    "config_own_unit": (
        "Không xuất gói cấu hình cho chính đơn vị mình ({unit}). Hãy chọn một đơn vị trực thuộc.",
        "A configuration packet is not made for your own unit ({unit}). Choose a unit below it.",
    ),
    "config_unit_unknown": (
        "Đơn vị {unit} chưa có trong cây đơn vị. Hãy thêm đơn vị trước khi xuất gói cấu hình.",
        "The unit {unit} is not in the tree of units. Add it before exporting its "
        "configuration packet.",
    ),
    "config_other_unit": (
        "Gói cấu hình {file} gửi cho đơn vị {unit}, không phải đơn vị của mình ({own}). Hãy "
        "đề nghị cấp trên gửi đúng gói cho đơn vị mình.",
        "The configuration packet {file} is addressed to the unit {unit}, not to your own "
        "unit ({own}). Ask the upper level for the packet made for your unit.",
    ),
    "config_edited": (
        "Gói cấu hình {file} đã bị sửa sau khi xuất ({rows} dòng khác với khi xuất) nên không "
        "được nhập. Hãy đề nghị cấp trên xuất lại và gửi tệp mới.",
        "The configuration packet {file} was changed after export ({rows} rows differ), so it "
        "is refused. Ask the upper level to export it again and send the new file.",
    ),
    "config_row_edited": (
        "Tệp {file}, trang “{sheet}”, dòng {row} đã bị sửa sau khi xuất.",
        "{file}, sheet “{sheet}”, row {row} was changed after export.",
    ),
    "config_criteria_replaced": (
        "Bộ tiêu chí năm {year} được thay bằng bộ của cấp trên trong khi đã có phiếu đánh giá; "
        "hãy kiểm tra lại điểm các tháng đã chấm.",
        "The criteria set of {year} was replaced by the upper level's while assessments "
        "already exist; check the months already scored.",
    ),
    "deadline_before_month": (
        "Hạn nộp số liệu tháng {month}/{year} không được trước ngày đầu của tháng đó.",
        "The deadline for {month}/{year} cannot be before the first day of that month.",
    ),
    "deadline_day_invalid": (
        "Ngày hạn nộp {day} không hợp lệ. Hãy chọn một ngày từ 1 đến 28 của tháng sau.",
        "The due day {day} is not valid. Choose a day from 1 to 28 of the following month.",
    ),
    # --- the command line -----------------------------------------------------------------
    "cli_help_packet": (
        "gói dữ liệu gửi lên cấp trên và nhận từ đơn vị trực thuộc",
        "data packets sent up and received from the units below",
    ),
    "cli_help_packet_export": (
        "xuất gói dữ liệu của đơn vị mình (kèm số liệu mới nhất của các đơn vị trực thuộc)",
        "export the own unit's data packet (with the latest data of the units below)",
    ),
    "cli_help_packet_import": (
        "nhập các gói dữ liệu của đơn vị trực thuộc (tệp hoặc thư mục)",
        "import data packets of units below (files or folders)",
    ),
    "cli_help_packet_paths": (
        "tệp .xlsx hoặc thư mục chứa các tệp .xlsx (nhập theo thứ tự tên tệp)",
        ".xlsx files, or folders holding them (imported in file name order)",
    ),
    "cli_help_packet_month": (
        "số liệu đến hết tháng này (1-12)",
        "data up to and including this month (1-12)",
    ),
    "cli_help_packet_output": ("tệp .xlsx cần tạo", "the .xlsx file to write"),
    "cli_help_accept_edited": (
        "vẫn nhập các gói đã bị sửa sau khi xuất (ghi nhận trong sổ nhận gói)",
        "import packets edited after export anyway (recorded in the import log)",
    ),
    "cli_help_year": ("năm phong trào, ví dụ 2026", "the movement year, for example 2026"),
    "cli_metavar_year": ("NĂM", "YEAR"),
    "cli_metavar_month": ("THÁNG", "MONTH"),
    "cli_metavar_path": ("ĐƯỜNG_DẪN", "PATH"),
    "cli_help_config": (
        "gói cấu hình cấp trên gửi xuống đơn vị trực thuộc",
        "configuration packets the upper level sends down",
    ),
    "cli_help_config_export": (
        "xuất gói cấu hình năm cho một đơn vị trực thuộc",
        "export a year's configuration packet for a unit below",
    ),
    "cli_help_config_unit": (
        "mã đơn vị trực thuộc nhận gói cấu hình",
        "the code of the unit below that receives the packet",
    ),
    "cli_help_config_output": ("tệp .xlsx cần tạo", "the .xlsx file to write"),
    "cli_help_config_import": (
        "nhập gói cấu hình do cấp trên gửi (bộ tiêu chí, đợt thi đua, hạn nộp)",
        "import the configuration packet sent from above (criteria, campaigns, deadlines)",
    ),
    "cli_help_config_file": ("tệp gói cấu hình (.xlsx)", "the configuration packet (.xlsx)"),
    "cli_packet_exported": (
        "Đã xuất gói dữ liệu tháng {month} của đơn vị {unit_code} vào {path} (số thứ tự gói "
        "{seq}).",
        "Exported the data packet of {month} for the unit {unit_code} to {path} (sequence {seq}).",
    ),
    "cli_packet_rollup": (
        "Gói kèm số liệu mới nhất của {count} đơn vị trực thuộc.",
        "The packet carries the latest data of {count} units below.",
    ),
    "cli_packet_file_line": (
        "{file}: {status} — {unit}, tháng {month}, số thứ tự {seq}",
        "{file}: {status} — {unit}, month {month}, sequence {seq}",
    ),
    "cli_packet_file_line_unknown": ("Tệp {file}: {status}", "File {file}: {status}"),
    "cli_packet_already_on": (
        "  Gói này đã được nhập ngày {date}; không có gì thay đổi.",
        "  This packet was already imported on {date}; nothing changed.",
    ),
    "cli_packet_edited_rows": (
        "  Gói đã bị sửa sau khi xuất: {count} dòng khác với khi xuất.",
        "  The packet was edited after export: {count} rows differ from the export.",
    ),
    "cli_packet_rows_missing": (
        "  Trang “{sheet}” thiếu {count} dòng so với khi xuất.",
        "  Sheet “{sheet}” has {count} rows fewer than exported.",
    ),
    "cli_packet_rows_extra": (
        "  Trang “{sheet}” thừa {count} dòng so với khi xuất.",
        "  Sheet “{sheet}” has {count} rows more than exported.",
    ),
    "cli_packet_accept_hint": (
        "  Gói chưa được nhập. Nếu chắc chắn các thay đổi là đúng, chạy lại với --accept-edited.",
        "  The packet was not imported. If the changes are right, run again with --accept-edited.",
    ),
    "cli_packet_summary": (
        "{files} tệp: {imported} đã nhập, {already} đã nhập trước đó, {stale} cũ hơn, "
        "{edited} bị sửa, {refused} bị từ chối.",
        "{files} files: {imported} imported, {already} already imported, {stale} stale, "
        "{edited} edited, {refused} refused.",
    ),
    "cli_packet_status_imported": ("nhập", "imported"),
    "cli_packet_status_already": ("đã nhập trước đó", "already imported"),
    "cli_packet_status_stale": ("cũ hơn gói đã nhập", "stale"),
    "cli_packet_status_edited": ("bị sửa sau khi xuất", "edited after export"),
    "cli_packet_status_refused": ("bị từ chối", "refused"),
    "cli_packet_status_cancelled": ("đã dừng", "cancelled"),
    "cli_word_row": ("dòng", "row"),
    "cli_col_kind": ("Loại dữ liệu", "Kind"),
    "cli_col_rows": ("Số dòng", "Rows"),
    "cli_col_created": ("Thêm mới", "Created"),
    "cli_col_updated": ("Cập nhật", "Updated"),
    "cli_col_unchanged": ("Không đổi", "Unchanged"),
    "cli_col_removed": ("Đã xóa", "Removed"),
    "cli_kind_members": ("Đoàn viên", "Members"),
    "cli_kind_pledges": ("Đăng ký", "Pledges"),
    "cli_kind_initiatives": ("Sáng kiến", "Initiatives"),
    "cli_kind_assessments": ("Phiếu đánh giá tháng", "Monthly assessments"),
    "cli_kind_campaigns": ("Đợt thi đua", "Campaigns"),
    "cli_kind_activities": ("Hoạt động", "Activities"),
    "cli_kind_commendations": ("Đề nghị khen thưởng", "Commendation proposals"),
    "cli_kind_campaign_targets": ("Chỉ tiêu thi đua", "Campaign targets"),
    "cli_kind_month_locks": ("Tháng đã chốt", "Locked months"),
    "cli_kind_criteria_sets": ("Bộ tiêu chí", "Criteria sets"),
    "cli_kind_units": ("Đơn vị", "Units"),
    "cli_kind_commendation_rounds": ("Đợt xét khen thưởng", "Commendation rounds"),
    "cli_kind_nomination_reviews": ("Ý kiến xét đề nghị", "Nomination reviews"),
    "cli_kind_commendation_decisions": ("Quyết định khen thưởng", "Commendation decisions"),
    "cli_kind_awards": ("Sổ khen thưởng", "Register entries"),
    "cli_config_exported": (
        "Đã xuất gói cấu hình năm {year} cho đơn vị {unit_code} vào {path}.",
        "Exported the {year} configuration packet for the unit {unit_code} to {path}.",
    ),
    "cli_config_imported": (
        "Đã nhập gói cấu hình năm {year} của {upper} từ {path} ({campaigns} đợt thi đua).",
        "Imported the {year} configuration packet of {upper} from {path} ({campaigns} campaigns).",
    ),
    "cli_config_criteria": (
        "Bộ tiêu chí năm {year} nay do cấp trên quy định và không sửa được tại đơn vị.",
        "The {year} criteria set now comes from the upper level and cannot be changed here.",
    ),
    "cli_config_already": (
        "Gói cấu hình {path} đã được nhập ngày {date}; không có gì thay đổi.",
        "The configuration packet {path} was already imported on {date}; nothing changed.",
    ),
    "packet_from_future": (
        "Gói ghi ngày xuất {date}, sau hôm nay: đồng hồ hoặc ngày của máy gửi có thể bị "
        "sai. Hãy nhắc đơn vị chỉnh lại ngày giờ máy rồi xuất lại.",
        "The packet says it was exported on {date}, after today: the sending computer's clock "
        "or date may be wrong. Ask the unit to set it right and export again.",
    ),
}
