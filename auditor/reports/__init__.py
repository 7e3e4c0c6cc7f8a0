"""Reports: PDF (ReportLab), Excel (openpyxl) and CSV, in five languages, headless."""
