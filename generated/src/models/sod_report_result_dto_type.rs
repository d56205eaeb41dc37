//! `SodReportResultDtoType`, from `v3/schemas/SodReportResultDto.yaml`.
crate::string_enum! {
    #[doc = " SOD policy violation report result DTO type."] pub enum
    SodReportResultDtoType { #[doc = " `REPORT_RESULT`"] ReportResult = "REPORT_RESULT",
    }
}
