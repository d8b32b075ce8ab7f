"""Messages about printed documents (PDF and workbook) in the Đoàn layout."""

MESSAGES = {
    "document_too_long": (
        "“{title}” quá dài để in trong {pages} trang A4, kể cả khi đã thu nhỏ chữ. Hãy rút "
        "gọn nội dung rồi in lại.",
        "“{title}” is too long for {pages} A4 page(s), even in smaller type. Shorten the "
        "content and print again.",
    ),
    "document_layout_failed": (
        "Không dàn trang được “{title}”: có một ô hoặc một đoạn lớn hơn cả trang giấy. Hãy "
        "rút gọn đoạn văn hoặc ô quá dài rồi in lại.",
        "“{title}” could not be laid out: a cell or paragraph is larger than a whole page. "
        "Shorten the overlong text and print again.",
    ),
    "pdf_read_failed": (
        "Không đọc được tệp PDF {path} ({reason}) để in. Hãy tạo lại tệp (in hoặc lưu lại từ "
        "phần mềm) rồi thử lại.",
        "Could not read the PDF file {path} ({reason}) to print it. Make the file again "
        "(print or save it again from the app) and try again.",
    ),
    "xlsx_write_failed": (
        "Không ghi được tệp {path} ({reason}). Nếu tệp đang mở trong Excel hay LibreOffice, "
        "hãy đóng lại; hoặc chọn thư mục khác rồi thử lại.",
        "Could not write {path} ({reason}). If the file is open in Excel or LibreOffice, "
        "close it; or choose another folder and try again.",
    ),
}
