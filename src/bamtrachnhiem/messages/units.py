"""Messages about units of the tree."""

MESSAGES = {
    "unit_code_required": (
        "Hãy nhập mã đơn vị (ví dụ CD-UBND-PD).",
        "Enter the unit code (for example CD-UBND-PD).",
    ),
    "unit_code_spaces": (
        "Mã đơn vị “{code}” không được chứa khoảng trắng. Hãy dùng dấu gạch ngang thay thế.",
        "The unit code “{code}” must not contain spaces. Use dashes instead.",
    ),
    "unit_name_required": (
        "Hãy nhập tên đơn vị cho mã {code}.",
        "Enter the unit name for code {code}.",
    ),
    "unit_code_taken": (
        "Mã đơn vị {code} đã có. Hãy dùng mã khác.",
        "The unit code {code} already exists. Use another code.",
    ),
    "unit_not_found": (
        "Không có đơn vị mã {code} trong tệp dữ liệu này. Hãy thêm đơn vị trước.",
        "There is no unit with code {code} in this data file. Add the unit first.",
    ),
    "unit_parent_unknown": (
        "Đơn vị cấp trên “{parent}” của {code} chưa có trong tệp dữ liệu. "
        "Hãy chọn một đơn vị đã có làm cấp trên.",
        "The parent unit “{parent}” of {code} is not in this data file. "
        "Choose an existing unit as parent.",
    ),
    "own_unit_exists": (
        "Tệp dữ liệu này đã có đơn vị của mình ({code}).",
        "This data file already has its own unit ({code}).",
    ),
    "own_unit_missing": (
        "Tệp dữ liệu chưa có đơn vị của mình. Hãy tạo đơn vị trước (bamtrachnhiem-cli init).",
        "This data file has no own unit yet. Create it first (bamtrachnhiem-cli init).",
    ),
}

MESSAGES["data_file_exists"] = (
    "Đã có tệp dữ liệu {path}. Hãy chọn “Mở tệp dữ liệu đã có” hoặc đặt tên tệp khác.",
    "The data file {path} already exists. Choose “Open a data file I already have” or another name.",
)
